package org.xueji.ui.admission;

import static org.xueji.ui.admission.AdmissionUiText.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.xueji.admission.api.AdmissionService;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.Evidence;
import org.xueji.admission.api.EvidenceFile;
import org.xueji.admission.api.Season;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.kit.ContentKind;
import org.xueji.ui.shell.kit.Notify;
import org.xueji.ui.shell.kit.UploadField;
import org.xueji.ui.shell.kit.UploadRules;

/**
 * The proofs of one application (issue 12, item 2): a kit upload field per proof its category asks
 * for (and the residence permit's scan for a migrant child), each file handed to the service at
 * once — the server judges it again by content (type, size, image dimensions) and stores it —
 * and, for the school, the stored files with a link that reads them through the service (scope
 * checked and audited on every reading). Element ids: {@code <prefix>-proof-<CODE>},
 * {@code <prefix>-evidence-<id>}.
 */
final class ProofUploads extends Div {

    private static final long serialVersionUID = 1L;

    /** What the browser may pick; the service's {@code EvidenceRules.DOCUMENTS} is the judge. */
    static final UploadRules RULES = UploadRules.of(10L * 1024 * 1024, ContentKind.PDF, ContentKind.PNG,
            ContentKind.JPEG);

    /** Stores one received file (the school's upload or the family's). */
    interface Store extends Serializable {
        Evidence store(String proof, String fileName, byte[] content);
    }

    private final String prefix;
    private final Div stored = new Div();

    ProofUploads(String prefix) {
        this.prefix = prefix;
        setId(prefix + "-proofs-panel");
        stored.setId(prefix + "-evidence");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    }

    /** The codes a category's application may upload: its short list, plus the permit for a migrant child. */
    static List<String> proofsOf(Season season, Category category) {
        List<String> codes = new ArrayList<>();
        if (category == Category.MIGRANT) {
            codes.add(AdmissionService.RESIDENCE_PERMIT);
        }
        codes.addAll(season.rule(category).proofs());
        return codes;
    }

    /**
     * The proofs the district picks from (codes as the service stores them). A code outside this list
     * (set through the API) still works and shows as its code.
     */
    static final List<String> KNOWN = List.of("HOUSEHOLD_BOOK", "PROPERTY_DEED", "SOCIAL_INSURANCE", "EMPLOYMENT",
            "BIRTH_CERTIFICATE", "LEASE");

    /** A proof's name in the user's language. */
    static String label(String proof) {
        if (AdmissionService.RESIDENCE_PERMIT.equals(proof)) {
            return t(AdmissionUiText.PROOF_RESIDENCE_PERMIT);
        }
        return KNOWN.contains(proof) ? t(AdmissionUiText.valueOf("PROOF_" + proof)) : proof;
    }

    /** Shows an upload field per proof; an empty list clears the panel. */
    void show(List<String> proofs, Store store, Runnable afterUpload) {
        removeAll();
        for (String proof : proofs) {
            add(new UploadField(prefix + "-proof-" + proof, t(AdmissionUiText.EVIDENCE_FOR, label(proof)), RULES,
                    file -> {
                        if (file == null) {
                            return;
                        }
                        try {
                            Evidence e = store.store(proof, file.fileName(), file.content());
                            Notify.success(t(AdmissionUiText.EVIDENCE_UPLOADED, label(e.proof())));
                            afterUpload.run();
                        } catch (DomainException ex) {
                            Notify.error(ex);
                        }
                    }));
        }
        add(stored);
    }

    /** The school's list of stored files, each opened through {@link AdmissionService#evidenceFile}. */
    void list(AdmissionService admission, Actor actor, Application application) {
        stored.removeAll();
        List<Evidence> files = admission.evidence(actor, application.id());
        if (files.isEmpty()) {
            stored.add(new Span(t(AdmissionUiText.EVIDENCE_NONE)));
        }
        for (Evidence e : files) {
            Anchor open = new Anchor();
            open.setText(label(e.proof()) + " · " + e.fileName() + " (" + UploadRules.sizeText(e.bytes()) + ") · "
                    + t(AdmissionUiText.EVIDENCE_OPEN));
            open.setId(prefix + "-evidence-" + e.id());
            long id = e.id();
            // served outside the UI's request: the actor is taken now, the service checks scope and audits
            DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
                try {
                    EvidenceFile f = admission.evidenceFile(actor, id);
                    return new DownloadResponse(new ByteArrayInputStream(f.content()), f.evidence().fileName(),
                            f.mediaType(), f.content().length);
                } catch (AccessDeniedException ex) {
                    return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
                } catch (DomainException ex) {
                    return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
                }
            });
            open.setHref(handler, AttachmentType.INLINE);
            open.setTarget("_blank");
            stored.add(new Div(open));
        }
    }
}

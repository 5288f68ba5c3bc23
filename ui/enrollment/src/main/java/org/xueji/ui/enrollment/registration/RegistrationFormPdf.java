package org.xueji.ui.enrollment.registration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.xueji.enrollment.api.RegistrationFormService;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;

/**
 * The download of a student's 学籍登记表 (D3). The PDF is made when the link is clicked, not
 * when it is shown: the service audits every print (R7), so only real prints are recorded.
 */
final class RegistrationFormPdf {

    static final String CONTENT_TYPE = "application/pdf";
    private static final String PREFIX = "学籍登记表-";

    /** {@code 学籍登记表-G110105201503040012.pdf}; the student id stands in for a missing number. */
    static String fileName(String registryNumber, long studentId) {
        String safe = registryNumber == null ? "" : registryNumber.replaceAll("[^A-Za-z0-9]", "");
        return PREFIX + (safe.isEmpty() ? String.valueOf(studentId) : safe) + ".pdf";
    }

    /** Points a link at the form of this student, printed by the logged-in user. */
    static void point(Anchor anchor, long studentId, String registryNumber) {
        String fileName = fileName(registryNumber, studentId);
        // the actor is taken now: downloads are served outside the UI's request
        Actor actor = UiContext.actor();
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> pdf(event, actor, studentId, fileName));
        anchor.setHref(handler, AttachmentType.DOWNLOAD);
        anchor.getElement().setAttribute("download", fileName);
    }

    private static DownloadResponse pdf(DownloadEvent event, Actor actor, long studentId, String fileName) {
        try {
            byte[] bytes = UiContext.service(RegistrationFormPdf.class, RegistrationFormService.class)
                    .registrationForm(actor, studentId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, CONTENT_TYPE, bytes.length);
        } catch (DomainException e) {
            notify(event.getUI(), e);
            return DownloadResponse.error(e instanceof AccessDeniedException
                    ? HttpStatusCode.FORBIDDEN : HttpStatusCode.BAD_REQUEST);
        } catch (ModuleUnavailableException e) {
            return DownloadResponse.error(HttpStatusCode.SERVICE_UNAVAILABLE);
        }
    }

    /** Tells the user why there is no file (shown with the next round trip; no push). */
    private static void notify(UI ui, DomainException e) {
        if (ui != null) {
            ui.access(() -> UiContext.showError(e));
        }
    }

    private RegistrationFormPdf() {
    }
}

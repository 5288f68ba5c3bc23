package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.EvidenceUpload;
import org.xueji.ui.shell.kit.UploadField;

/** One kit upload field per evidence category; the service judges every file again by content. */
final class EvidenceUploads extends Div {

    private static final long serialVersionUID = 1L;

    private final Map<EvidenceCategory, UploadField.Received> files = new EnumMap<>(EvidenceCategory.class);

    EvidenceUploads(String idPrefix, Map<EvidenceCategory, TransferUiText> categories) {
        categories.forEach((category, label) -> add(new UploadField(idPrefix + "-" + category.name().toLowerCase(),
                t(label), TransferSupport.EVIDENCE, file -> {
                    if (file == null) {
                        files.remove(category);
                    } else {
                        files.put(category, file);
                    }
                })));
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    }

    List<EvidenceUpload> uploads() {
        List<EvidenceUpload> list = new ArrayList<>();
        files.forEach((c, f) -> list.add(new EvidenceUpload(c, f.fileName(), f.content())));
        return list;
    }
}

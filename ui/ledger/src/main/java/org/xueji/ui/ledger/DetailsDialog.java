package org.xueji.ui.ledger;

import static org.xueji.ui.ledger.LedgerSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.xueji.ledger.api.FollowUp;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.LedgerDocument;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.ui.shell.api.UiContext;

/** One incident with its follow-ups (self-reviews to download) and its closing. */
final class DetailsDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    DetailsDialog(Actor actor, LedgerService ledger, Incident i, Map<Long, String> names) {
        Locale locale = UiContext.locale();
        setId("ledger-details-dialog");
        setHeaderTitle(t(LedgerUiText.DETAILS_TITLE, String.valueOf(i.id())));
        setWidth("min(40em, 96vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(i.occurredOn() + "　" + LedgerSupport.schoolName(names, i.schoolId(), locale) + "　"
                + i.type().format(locale) + "　" + i.status().format(locale)));
        body.add(new Paragraph(i.description(locale)));
        for (FollowUp f : i.followUps()) {
            Div line = new Div();
            line.addClassName("ledger-follow-up");
            line.setText(t(LedgerUiText.FOLLOW_UP_LINE, MINUTES.format(f.recordedAt()), f.kind().format(locale),
                    Objects.toString(f.noticeNumber(), "") + " " + Objects.toString(f.note(), "")));
            if (f.documentBytes() > 0) {
                long followUpId = f.id();
                Anchor download = new Anchor((DownloadHandler) event -> {
                    // read (and audited) only when the file is asked for
                    LedgerDocument doc = ledger.document(actor, followUpId);
                    event.setFileName(doc.name());
                    event.setContentType("application/pdf");
                    event.getOutputStream().write(doc.content());
                }, AttachmentType.DOWNLOAD, t(LedgerUiText.DOCUMENT_LINK));
                download.setId("ledger-document-" + f.id());
                download.getStyle().set("margin-left", "var(--lumo-space-m)");
                line.add(download);
            }
            body.add(line);
        }
        if (i.closedAt() != null) {
            body.add(new Paragraph(t(LedgerUiText.CLOSED_LINE, MINUTES.format(i.closedAt()), i.closedBy(),
                    Objects.toString(i.closingNote(), ""))));
        }
        add(body);
        Button ok = new Button(t(LedgerUiText.CANCEL), e -> close());
        ok.setId("ledger-details-close");
        getFooter().add(ok);
    }
}

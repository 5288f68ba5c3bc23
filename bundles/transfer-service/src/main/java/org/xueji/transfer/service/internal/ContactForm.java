package org.xueji.transfer.service.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowStep;
import org.xueji.platform.documents.pdf.PageWriter;
import org.xueji.platform.documents.pdf.PdfDocument;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.TransferSteps;

/**
 * The 转学联系表: one A4 page with the change's facts, each decision so far and a seal box for
 * both schools and the bureau. Schools by code and name, the 学籍号 masked: nothing else personal.
 */
final class ContactForm {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** The 学籍号 of a transfer in not yet approved: the registry gives it with the district's approval. */
    static final String NUMBER_ON_APPROVAL = t(ContactFormText.NUMBER_ON_APPROVAL);

    /**
     * What the form shows, already looked up.
     *
     * @param maskedIdNumber the entered record's ID number, masked, for a transfer in not yet decided (it has
     *                       no 学籍号 yet); {@code null} otherwise
     */
    record Facts(long changeId, ChangeType type, String maskedRegistryNumber, String maskedIdNumber,
                 String fromSchool, String toSchool,
                 String toClass, Integer grade, java.time.LocalDate effectiveDate, String reason,
                 WorkflowRequest request) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));

    static byte[] render(Facts f) {
        try (PdfDocument pdf = new PdfDocument(t(ContactFormText.TITLE) + " " + f.changeId(), null)) {
            try (PageWriter w = pdf.writer()) {
                w.newPage();
                float left = PageWriter.left();
                float center = left + PageWriter.contentWidth() / 2;
                w.textCentered(t(ContactFormText.TITLE), center, w.y() - 18, 18);
                w.down(40);
                List<String[]> rows = new java.util.ArrayList<>();
                rows.add(new String[] {t(ContactFormText.ROW_NUMBER), String.valueOf(f.changeId())});
                rows.add(new String[] {t(ContactFormText.ROW_TYPE), f.type().format(ZH)});
                rows.add(new String[] {t(ContactFormText.ROW_REGISTRY_NUMBER), f.maskedRegistryNumber()});
                if (f.maskedIdNumber() != null) {
                    rows.add(new String[] {t(ContactFormText.ROW_ID_NUMBER), f.maskedIdNumber()});
                }
                rows.addAll(List.of(
                        new String[] {t(ContactFormText.ROW_FROM), f.fromSchool()},
                        new String[] {t(ContactFormText.ROW_TO), f.toSchool()},
                        new String[] {t(ContactFormText.ROW_GRADE_CLASS), (f.grade() == null ? "-"
                                : t(ContactFormText.GRADE, f.grade())) + " / " + f.toClass()},
                        new String[] {t(ContactFormText.ROW_DATE), String.valueOf(f.effectiveDate())},
                        new String[] {t(ContactFormText.ROW_REASON), f.reason()}));
                for (String[] row : rows) {
                    w.box(left, w.y() - 22, 110, 22);
                    w.box(left + 110, w.y() - 22, PageWriter.contentWidth() - 110, 22);
                    w.text(row[0], left + 6, w.y() - 15, 10.5f);
                    w.text(cut(row[1], 60), left + 116, w.y() - 15, 10.5f);
                    w.down(22);
                }
                w.down(16);
                w.text(t(ContactFormText.DECISIONS), left, w.y() - 12, 12);
                w.down(20);
                if (f.request() != null) {
                    for (WorkflowStep s : f.request().steps()) {
                        String label = TransferSteps.Label.valueOf(s.name().toUpperCase(Locale.ROOT).replace('-', '_'))
                                .format(ZH);
                        String status = t(ContactFormText.of(s.status()));
                        String decided = s.decidedAt() == null ? status
                                : status + "  " + s.decidedBy() + "  " + TIME.format(s.decidedAt());
                        w.text(label + "：" + decided, left + 6, w.y() - 12, 10.5f);
                        w.down(18);
                    }
                }
                w.down(24);
                float boxWidth = (PageWriter.contentWidth() - 20) / 3;
                String[] seals = {t(ContactFormText.SEAL_FROM), t(ContactFormText.SEAL_TO),
                        t(ContactFormText.SEAL_DISTRICT)};
                for (int i = 0; i < 3; i++) {
                    float x = left + i * (boxWidth + 10);
                    w.box(x, w.y() - 110, boxWidth, 110);
                    w.text(seals[i], x + 8, w.y() - 16, 10.5f);
                    w.text(t(ContactFormText.SEAL_DATE), x + 8, w.y() - 100, 10.5f);
                }
            }
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The district's form is printed in Chinese (the language of its seals); the words have English too. */
    private static String t(ContactFormText text, Object... args) {
        return text.format(ZH, args);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "-";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private ContactForm() {
    }
}

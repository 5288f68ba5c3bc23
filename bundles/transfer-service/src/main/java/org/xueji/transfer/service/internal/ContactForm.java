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

    /** What the form shows, already looked up. */
    /** The 学籍号 of a transfer in not yet approved: the registry gives it with the district's approval. */
    static final String NUMBER_ON_APPROVAL = "（批准后生成）";

    /**
     * @param maskedIdNumber the entered record's ID number, masked, for a transfer in not yet decided (it has
     *                       no 学籍号 yet); {@code null} otherwise
     */
    record Facts(long changeId, ChangeType type, String maskedRegistryNumber, String maskedIdNumber,
                 String fromSchool, String toSchool,
                 String toClass, Integer grade, java.time.LocalDate effectiveDate, String reason,
                 WorkflowRequest request) {
    }

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));

    static byte[] render(Facts f) {
        try (PdfDocument pdf = new PdfDocument("转学联系表 " + f.changeId(), null)) {
            try (PageWriter w = pdf.writer()) {
                w.newPage();
                float left = PageWriter.left();
                float center = left + PageWriter.contentWidth() / 2;
                w.textCentered("转学联系表", center, w.y() - 18, 18);
                w.down(40);
                List<String[]> rows = new java.util.ArrayList<>();
                rows.add(new String[] {"编号", String.valueOf(f.changeId())});
                rows.add(new String[] {"异动类型", f.type().format(ZH)});
                rows.add(new String[] {"学籍号", f.maskedRegistryNumber()});
                if (f.maskedIdNumber() != null) {
                    rows.add(new String[] {"身份证件号", f.maskedIdNumber()});
                }
                rows.addAll(List.of(
                        new String[] {"转出学校", f.fromSchool()},
                        new String[] {"转入学校", f.toSchool()},
                        new String[] {"转入年级 / 班级", (f.grade() == null ? "-" : f.grade() + " 年级") + " / " + f.toClass()},
                        new String[] {"转学日期", String.valueOf(f.effectiveDate())},
                        new String[] {"转学原因", f.reason()}));
                for (String[] row : rows) {
                    w.box(left, w.y() - 22, 110, 22);
                    w.box(left + 110, w.y() - 22, PageWriter.contentWidth() - 110, 22);
                    w.text(row[0], left + 6, w.y() - 15, 10.5f);
                    w.text(cut(row[1], 60), left + 116, w.y() - 15, 10.5f);
                    w.down(22);
                }
                w.down(16);
                w.text("审批记录", left, w.y() - 12, 12);
                w.down(20);
                if (f.request() != null) {
                    for (WorkflowStep s : f.request().steps()) {
                        String label = TransferSteps.Label.valueOf(s.name().toUpperCase(Locale.ROOT).replace('-', '_'))
                                .format(ZH);
                        String decided = s.decidedAt() == null ? s.status().name()
                                : s.status().name() + "  " + s.decidedBy() + "  " + TIME.format(s.decidedAt());
                        w.text(label + "：" + decided, left + 6, w.y() - 12, 10.5f);
                        w.down(18);
                    }
                }
                w.down(24);
                float boxWidth = (PageWriter.contentWidth() - 20) / 3;
                String[] seals = {"转出学校（盖章）", "转入学校（盖章）", "区教育局（盖章）"};
                for (int i = 0; i < 3; i++) {
                    float x = left + i * (boxWidth + 10);
                    w.box(x, w.y() - 110, boxWidth, 110);
                    w.text(seals[i], x + 8, w.y() - 16, 10.5f);
                    w.text("年    月    日", x + 8, w.y() - 100, 10.5f);
                }
            }
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

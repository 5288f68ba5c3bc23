package org.xueji.specialneeds.service.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.xueji.platform.documents.pdf.PageWriter;
import org.xueji.platform.documents.pdf.PdfDocument;
import org.xueji.platform.documents.pdf.TextWrapper;
import org.xueji.registry.api.Semester;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.Plan;
import org.xueji.specialneeds.api.PlacementText;

/** 送教上门一人一案 as an A4 PDF (Chinese), with the approval status and signature lines. */
final class PlanPdf {

    private static final float SIZE = 10.5f;
    private static final float LINE = 16f;

    private PlanPdf() {
    }

    static byte[] print(Child child, Plan plan, Instant printedAt) {
        GregorianCalendar created = GregorianCalendar.from(printedAt.atZone(ZoneId.of("Asia/Shanghai")));
        try (PdfDocument pdf = new PdfDocument("送教上门一人一案 #" + plan.childId() + " v" + plan.version(), created);
             PageWriter w = pdf.writer()) {
            w.newPage();
            w.textCentered("送教上门个别化教育方案（一人一案）", PageWriter.PAGE_WIDTH / 2, w.y(), 16);
            w.down(28);
            Semester semester = new Semester(plan.data().schoolYear(), plan.data().semester(), null, null);
            line(w, "学期", semester.label() + "    版本 v" + plan.version() + "    状态 "
                    + plan.status().format(Locale.SIMPLIFIED_CHINESE));
            line(w, "儿童", child.data().name() + "    编号 " + child.id() + "    安置 "
                    + (child.placement() == null ? "—" : new PlacementText(child.placement())
                    .format(Locale.SIMPLIFIED_CHINESE)));
            line(w, "残疾类型", child.data().disability().label() + (child.data().degree() > 0
                    ? "（" + child.data().degree() + " 级）" : ""));
            line(w, "乡镇/村", child.data().town() + (child.data().village() == null ? "" : " " + child.data().village()));
            w.down(6);
            line(w, "目标：生活自理", plan.data().lifeSkills());
            line(w, "目标：沟通交往", plan.data().communication());
            line(w, "目标：运动康复", plan.data().motor());
            line(w, "目标：文化学习", plan.data().academic());
            line(w, "送教内容", plan.data().content());
            line(w, "送教教师", String.join("、", plan.data().teachers()));
            line(w, "医疗/康复合作", plan.data().partners());
            line(w, "送教安排", plan.data().schedule());
            w.down(24);
            w.ensure(LINE * 2);
            w.text("学校分管领导（签字）：____________    日期：__________", PageWriter.left(), w.y(), SIZE);
            w.down(LINE * 1.5f);
            w.text("监护人（签字）：____________    日期：__________", PageWriter.left(), w.y(), SIZE);
            w.close();
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PageWriter w, String label, String value) throws IOException {
        float labelWidth = 90;
        List<String> lines = TextWrapper.wrap(value == null || value.isBlank() ? "—" : value,
                PageWriter.contentWidth() - labelWidth, 40, t -> w.textWidth(t, SIZE));
        if (lines.isEmpty()) {
            lines = List.of("—");
        }
        w.ensure(LINE);
        w.text(label + "：", PageWriter.left(), w.y(), SIZE);
        for (String l : lines) {
            w.ensure(LINE);
            w.text(l, PageWriter.left() + labelWidth, w.y(), SIZE);
            w.down(LINE);
        }
    }
}

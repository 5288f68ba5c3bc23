package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.service.internal.history.ChangeLine;
import org.xueji.enrollment.service.internal.history.ChangeText;
import org.xueji.enrollment.service.internal.pdf.HistoryEntry;
import org.xueji.enrollment.service.internal.pdf.RegistrationForm;
import org.xueji.enrollment.service.internal.pdf.RegistrationFormPdf;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.RegistrationDetails;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentHistoryEntry;
import org.xueji.registry.api.StudyMode;
import org.xueji.registry.api.transfer.RecordStatus;

/** Issue 14: the 学籍登记表 lists the record's registry changes (kind, date, from → to, took effect). */
@DisplayName("学籍登记表: the change history of registry changes")
class RegistryChangeLinesTest {

    private static final ChineseIdNumber ID = ChineseIdNumber.of("110105", LocalDate.of(2015, 3, 8), 12);
    private static final Map<Long, String> SCHOOLS = Map.of(1L, "示范小学", 2L, "实验小学");
    private static final Map<Long, String> CLASSES = Map.of(11L, "三年级(1)班", 21L, "三年级(2)班");

    private static StudentHistoryEntry h(long audit, String field, String from, String to, String day) {
        return new StudentHistoryEntry(7, field, from, to, "principal-b", Instant.parse(day + "T02:00:00Z"), audit);
    }

    /** A transfer from school 1 to 2, then a suspension, then a resumption; an ordinary edit in between. */
    private static final List<StudentHistoryEntry> HISTORY = List.of(
            h(5, "currentAddress", "甲路 1 号", "乙路 2 号", "2026-09-20"),
            h(8, "change", null, "transfer:12", "2026-10-21"),
            h(8, "schoolId", "1", "2", "2026-10-21"),
            h(8, "classId", "11", "21", "2026-10-21"),
            h(9, "change", null, "transfer:13", "2026-11-02"),
            h(9, "recordStatus", "ACTIVE", "SUSPENDED", "2026-11-02"),
            h(9, "classId", "21", null, "2026-11-02"),
            h(10, "change", null, "transfer:14", "2026-12-01"),
            h(10, "recordStatus", "SUSPENDED", "ACTIVE", "2026-12-01"),
            h(10, "classId", null, "21", "2026-12-01"),
            h(11, "change", null, "transfer:15", "2026-12-02"),
            h(11, "name", "李明", "李明轩", "2026-12-02"));

    @Test
    void eachDecidedChangeIsOneLineOfMessageKeysNotASentence() {
        List<ChangeLine> lines = RegistryChangeLines.of(HISTORY, SCHOOLS::get, CLASSES::get);

        // the service side hands on keys and values; no Chinese word is built there (review finding)
        assertThat(lines).extracting(ChangeLine::kind).containsExactly(ChangeText.KIND_TRANSFER,
                ChangeText.KIND_STATUS, ChangeText.KIND_RESUMPTION, ChangeText.KIND_CORRECTION);
        assertThat(lines.get(1).status()).isEqualTo(RecordStatus.SUSPENDED);
        assertThat(lines).extracting(ChangeLine::reference)
                .containsExactly("transfer:12", "transfer:13", "transfer:14", "transfer:15");
        assertThat(lines.get(0).time()).isEqualTo(Instant.parse("2026-10-21T02:00:00Z"));
        assertThat(lines.get(3).parts()).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo(ChangeText.PART_CORRECTED);
            assertThat(p.fields()).containsExactly("name");
        });
    }

    @Test
    void theLinesReadInChineseOnTheFormAndInEnglish() {
        List<ChangeLine> lines = RegistryChangeLines.of(HISTORY, SCHOOLS::get, CLASSES::get);

        assertThat(RegistryChangeLines.entries(lines, Locale.SIMPLIFIED_CHINESE)).extracting(HistoryEntry::what)
                .containsExactly(
                "学籍异动：转学（已生效，依据 transfer:12）：学校 示范小学 → 实验小学；班级 三年级(1)班 → 三年级(2)班",
                "学籍异动：休学（已生效，依据 transfer:13）：学籍状态 在读 → 休学；班级 三年级(2)班 → 无",
                "学籍异动：复学（已生效，依据 transfer:14）：学籍状态 休学 → 在读；班级 无 → 三年级(2)班",
                "学籍异动：关键信息更正（已生效，依据 transfer:15）：更正 姓名");
        assertThat(RegistryChangeLines.entries(lines, Locale.ENGLISH)).extracting(HistoryEntry::what)
                .containsExactly(
                "Registry change: transfer (in effect, reference transfer:12): school 示范小学 → 实验小学; "
                        + "class 三年级(1)班 → 三年级(2)班",
                "Registry change: Suspended (in effect, reference transfer:13): status Studying → Suspended; "
                        + "class 三年级(2)班 → none",
                "Registry change: resumption (in effect, reference transfer:14): status Suspended → Studying; "
                        + "class none → 三年级(2)班",
                "Registry change: key-field correction (in effect, reference transfer:15): corrected name");
        // an ordinary edit is not a registry change (the audit trail's lines print it)
        assertThat(RegistryChangeLines.entries(lines, Locale.SIMPLIFIED_CHINESE)).extracting(HistoryEntry::what)
                .noneMatch(w -> w.contains("乙路"));
    }

    @Test
    void thePrintedFormListsTheChanges() throws IOException {
        StudentData data = new StudentData("李明轩", Sex.MALE, ID.birthDate(), IdDocumentType.RESIDENT_ID, ID.value(),
                "北京市朝阳区", "山东省济南市", "01", "中国", "北京市朝阳区建国路88号", HouseholdType.NON_AGRICULTURAL,
                "北京市朝阳区光华路甲10号院", YearMonth.of(2021, 9), EntryWay.NEARBY, StudyMode.DAY, true, true,
                LeftBehindStatus.NONE, false, false, false, false, DisabilityType.NONE, 2L, 21L, List.of());
        Student student = new Student(7, 3, StudentRegistryNumber.forIdNumber(ID).value(), data,
                new RegistrationDetails(1, LocalDate.of(2021, 10, 15), false, null, null),
                Instant.parse("2021-09-01T02:00:00Z"), Instant.parse("2026-12-02T02:00:00Z"));
        byte[] pdf = new RegistrationFormPdf().render(new RegistrationForm("实验小学", "三年级(2)班", student,
                RegistryChangeLines.entries(RegistryChangeLines.of(HISTORY, SCHOOLS::get, CLASSES::get),
                        Locale.SIMPLIFIED_CHINESE), LocalDateTime.of(2026, 12, 6, 10, 0),
                "张老师"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("学籍异动：转学", "学校示范小学→实验小学", "班级三年级(1)班→三年级(2)班",
                    "学籍异动：休学", "学籍状态在读→休学", "学籍异动：复学", "已生效", "2026");
        }
    }

    @Test
    @DisplayName("A transfer in from outside and a local change type: each one line of its own kind; the entered values are not a line")
    void transferInAndLocalTypeLines() {
        List<StudentHistoryEntry> history = List.of(
                // the record created by an approved transfer in: the entered values (no change line) …
                h(20, "name", null, "王小", "2026-10-21"),
                h(20, "idNumber", null, ID.value(), "2026-10-21"),
                // … and the arrival in the school and class, naming the change
                h(21, "change", null, "transfer:30", "2026-10-21"),
                h(21, "schoolId", null, "2", "2026-10-21"),
                h(21, "classId", null, "21", "2026-10-21"),
                h(22, "change", null, "transfer:31", "2026-11-05"),
                h(22, "localType", null, "study-abroad", "2026-11-05"));
        List<ChangeLine> lines = RegistryChangeLines.of(history, SCHOOLS::get, CLASSES::get);
        assertThat(lines).extracting(ChangeLine::kind).containsExactly(ChangeText.KIND_TRANSFER, ChangeText.KIND_LOCAL);
        String transferIn = org.xueji.enrollment.service.internal.history.ChangeLineText.render(lines.get(0),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(transferIn).contains("转学").contains("学校 无 → 实验小学").doesNotContain("更正")
                .doesNotContain(ID.value());
        assertThat(org.xueji.enrollment.service.internal.history.ChangeLineText.render(lines.get(1),
                Locale.SIMPLIFIED_CHINESE)).contains("地方异动类型").contains("类型 study-abroad").contains("transfer:31");
        assertThat(org.xueji.enrollment.service.internal.history.ChangeLineText.render(lines.get(1), Locale.ENGLISH))
                .contains("Local change type").contains("type study-abroad");
    }
}

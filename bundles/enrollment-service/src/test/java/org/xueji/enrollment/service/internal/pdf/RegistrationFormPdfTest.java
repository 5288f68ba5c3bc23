package org.xueji.enrollment.service.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.documents.pdf.PageWriter;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.identity.StudentRegistryNumber;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.RegistrationDetails;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudyMode;

@DisplayName("D3 学生学籍登记表 as PDF")
class RegistrationFormPdfTest {

    // synthetic data only: valid GB 11643 check characters, invented people and places
    private static final ChineseIdNumber STUDENT_ID = ChineseIdNumber.of("110105", LocalDate.of(2015, 3, 8), 12);
    private static final String REGISTRY_NUMBER = StudentRegistryNumber.forIdNumber(STUDENT_ID).value();
    private static final String FATHER_ID = ChineseIdNumber.of("110105", LocalDate.of(1985, 6, 20), 31).value();
    private static final String MOTHER_ID = ChineseIdNumber.of("370102", LocalDate.of(1987, 11, 2), 44).value();
    private static final LocalDateTime PRINTED_AT = LocalDateTime.of(2024, 9, 2, 10, 30);

    private final RegistrationFormPdf pdf = new RegistrationFormPdf();

    @Test
    void aFullStudentIsPrintedOnOnePageWithAllItsParts() throws IOException {
        RegistrationForm form = form(fullStudent(), history(4));

        byte[] bytes = pdf.render(form);

        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("registration-form-sample.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", target.resolve("registration-form-sample.png").toFile());

            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("学生学籍登记表", "学校：北京市朝阳区示范小学", "李明轩",
                    "学籍号", REGISTRY_NUMBER, STUDENT_ID.value(), "居民身份证", "汉族", "2015年03月08日",
                    "李建国", FATHER_ID, "13800000000", "王秀英", "照片", "盖章", "学籍管理员（签字）",
                    "三年级(2)班", "就近入学", "非留守儿童", "视力残疾", "2021年09月", "转入本校", "打印人：张老师");
            assertThat(text).containsPattern("第\\s*1\\s*页\\s*/\\s*共\\s*1\\s*页");
        }
        assertThat(bytes.length).isLessThan(500 * 1024);
    }

    @Test
    void theChineseFontIsAnEmbeddedSubset() throws IOException {
        byte[] bytes = pdf.render(form(fullStudent(), history(2)));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            // the CJK font, and Liberation Sans for the Latin letters and digits it lacks
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f).isInstanceOf(PDType0Font.class);
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+.+");
            });
            assertThat(fonts).anySatisfy(f -> assertThat(f.getName()).contains("DroidSansFallback"));
        }
    }

    @Test
    void aStudentWithoutGuardiansAndOptionalValuesIsPrinted() throws IOException {
        StudentData data = new StudentData("赵小雨", Sex.FEMALE, LocalDate.of(2016, 1, 5), null, null, null, null,
                null, null, null, null, null, null, null, null, false, false, null, false, false, false, false,
                null, null, null, null);
        Student student = new Student(7, 0, null, data, RegistrationDetails.NONE, null, null);

        byte[] bytes = pdf.render(new RegistrationForm(null, null, student, null, null, null));
        save("registration-form-empty.pdf", bytes);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("学生学籍登记表", "赵小雨", "女", "家庭成员或监护人", "关系", "身份证件号",
                    "照片", "盖章");
        }
    }

    @Test
    void aLongHistoryContinuesOnFurtherPagesWithItsHeaderRepeated() throws IOException {
        byte[] bytes = pdf.render(form(fullStudent(), history(80)));

        save("registration-form-long-history.pdf", bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int p = 1; p <= pages; p++) {
                String text = pageText(document, p);
                assertThat(text).containsPattern("第\\s*" + p + "\\s*页\\s*/\\s*共\\s*" + pages + "\\s*页");
                assertThat(text).contains("打印人：张老师");
                if (p > 1) {
                    assertThat(text).contains("学生学籍登记表（续）", "时间", "变动内容", "经办人");
                }
            }
            // the seal and signatures never stand alone: the last history row comes with them
            assertThat(pageText(document, pages)).contains("第80次变动", "盖章");
            assertThat(pageText(document, 1)).doesNotContain("盖章");
            assertThat(new PDFTextStripper().getText(document)).contains("新生注册，建立学籍", "第40次变动");
        }
    }

    @Test
    void aLongAddressWrapsInsideItsCell() throws IOException {
        String longAddress = "北京市朝阳区" + "幸福大街幸福小区十二号楼三单元".repeat(12) + "1201室 (Building 12, Unit 3)";
        StudentData data = withAddress(fullStudent().data(), longAddress);
        Student student = new Student(1, 3, REGISTRY_NUMBER, data, RegistrationDetails.NONE, Instant.now(), null);

        byte[] bytes = pdf.render(form(student, history(3)));
        save("registration-form-long-address.pdf", bytes);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            Positions positions = new Positions();
            positions.getText(document);
            float right = PageWriter.PAGE_WIDTH - PageWriter.MARGIN_RIGHT;
            assertThat(positions.maxRight).isLessThanOrEqualTo(right + 0.5f);
            assertThat(positions.minLeft).isGreaterThanOrEqualTo(PageWriter.MARGIN_LEFT - 0.5f);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("北京市朝阳区幸福大街", "1201室", "盖章");
        }
    }

    @Test
    void theHomeTeachingFlagOfAPlacementIsPrintedBesideInclusion() throws IOException {
        Student s = fullStudent();
        Student taughtAtHome = new Student(s.id(), s.version(), s.registryNumber(), s.data(), s.registration(),
                s.createdAt(), s.updatedAt(), true);
        try (PDDocument document = Loader.loadPDF(pdf.render(form(taughtAtHome, history(1))))) {
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\t]", "");
            assertThat(text).containsPattern("送教上门\\s*是");
        }
        try (PDDocument document = Loader.loadPDF(pdf.render(form(s, history(1))))) {
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\t]", "");
            assertThat(text).containsPattern("送教上门\\s*否");
        }
    }

    @Test
    void charactersNoFontHasAreReplacedInsteadOfFailing() throws IOException {
        StudentData d = fullStudent().data();
        StudentData data = new StudentData("阿依·木拉提\u0007😀", d.sex(), d.birthDate(), d.idType(), d.idNumber(),
                "Ürümqi 乌鲁木齐\t市", d.nativePlace(), "05", d.nationality(), d.householdAddress(),
                d.householdType(), "第一行\n第二行", d.entryYearMonth(), d.entryWay(), d.studyMode(), d.onlyChild(),
                d.preschool(), d.leftBehind(), d.migrant(), d.orphan(), d.martyrChild(), d.inclusion(),
                d.disability(), d.schoolId(), d.classId(), d.guardians());
        Student student = new Student(2, 0, REGISTRY_NUMBER, data, RegistrationDetails.NONE, null, null);

        byte[] bytes = pdf.render(form(student, List.of(new HistoryEntry(null, null, null))));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("阿依·木拉提", "Ürümqi", "维吾尔族", "第一行");
        }
    }

    @Test
    void rendersConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> pdf.render(form(fullStudent(), history(5)))));
            }
            for (Future<byte[]> result : results) {
                try (PDDocument document = Loader.loadPDF(result.get())) {
                    assertThat(new PDFTextStripper().getText(document)).contains("李明轩");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- synthetic data ----------------------------------------------------------------

    private static RegistrationForm form(Student student, List<HistoryEntry> history) {
        return new RegistrationForm("北京市朝阳区示范小学", "三年级(2)班", student, history, PRINTED_AT, "张老师");
    }

    private static Student fullStudent() {
        List<Guardian> guardians = List.of(
                new Guardian("李建国", "父亲", "13800000000", FATHER_ID),
                new Guardian("王秀英", "母亲", "13900000001", MOTHER_ID));
        StudentData data = new StudentData("李明轩", Sex.MALE, STUDENT_ID.birthDate(), IdDocumentType.RESIDENT_ID,
                STUDENT_ID.value(), "北京市朝阳区", "山东省济南市", "01", "中国", "北京市朝阳区建国路88号",
                HouseholdType.NON_AGRICULTURAL, "北京市朝阳区光华路甲10号院3号楼2单元501室", YearMonth.of(2021, 9),
                EntryWay.NEARBY, StudyMode.DAY, true, true, LeftBehindStatus.NONE, false, false, false, false,
                DisabilityType.VISUAL, 1L, 12L, guardians);
        return new Student(1, 3, REGISTRY_NUMBER, data, new RegistrationDetails(1, LocalDate.of(2021, 10, 15),
                false, null, null), Instant.parse("2021-09-01T02:00:00Z"), Instant.parse("2024-09-01T02:00:00Z"));
    }

    private static List<HistoryEntry> history(int count) {
        List<HistoryEntry> entries = new ArrayList<>();
        Instant start = Instant.parse("2021-09-01T01:00:00Z");
        for (int i = 1; i <= count; i++) {
            String what = i == 1 ? "新生注册，建立学籍"
                    : i == 2 ? "转入本校（自北京市海淀区实验小学），班级调整为三年级(2)班，现住址变更为北京市朝阳区光华路甲10号院"
                    : "第" + i + "次变动：修改联系电话";
            entries.add(new HistoryEntry(start.plusSeconds(86_400L * 7 * i), what, i % 2 == 0 ? "张老师" : "王主任"));
        }
        return entries;
    }

    private static StudentData withAddress(StudentData d, String address) {
        return new StudentData(d.name(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), address, d.nativePlace(),
                d.ethnicityCode(), d.nationality(), address, d.householdType(), address, d.entryYearMonth(),
                d.entryWay(), d.studyMode(), d.onlyChild(), d.preschool(), d.leftBehind(), d.migrant(), d.orphan(),
                d.martyrChild(), d.inclusion(), d.disability(), d.schoolId(), d.classId(), d.guardians());
    }

    /** Keeps the PDF in target/ for a person to look at. */
    private static void save(String name, byte[] bytes) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve(name), bytes);
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** Collects how far left and right any glyph reaches. */
    private static final class Positions extends PDFTextStripper {
        float minLeft = Float.MAX_VALUE;
        float maxRight = 0;

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            minLeft = Math.min(minLeft, text.getXDirAdj());
            maxRight = Math.max(maxRight, text.getXDirAdj() + text.getWidthDirAdj());
        }
    }
}

package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * 学籍导入导出 (R19, D1): registrar1 imports a generated .xlsx in the national 学生基础信息
 * layout with two valid rows and one whose ID number has a wrong check character. With
 * 「全部正确才导入」 the whole file is refused and nothing is stored; with 「仅导入正确的行」 the
 * two valid students are stored and the bad row is reported by its row number. A PNG picture
 * renamed .xlsx is refused, saying what it is. The new students get no class (the demo
 * classes stay as they are).
 */
@Order(22)
@DisplayName("Enrollment: student import (R19, D1)")
class EnrollmentImportE2E extends BrowsersTest {

    private static final String DISTRICT_AREA = "430104";
    private static final String MODE_ALL = "全部正确才导入";
    static final String MODE_VALID = "仅导入正确的行";
    /** The national template's columns the import requires (any order), plus 监护人1. */
    static final List<String> HEADERS = List.of("姓名", "性别", "出生日期", "民族", "国籍/地区", "身份证件类型",
            "身份证件号", "户口所在地", "户口性质", "现住址", "入学年月", "入学方式", "就读方式", "年级", "班级",
            "监护人1姓名", "监护人1关系", "监护人1联系电话");

    private static Path workDir;
    private static Path spreadsheet;
    private static Path picture;
    /** The two valid rows' ID numbers (rows 2 and 4), and the bad one (row 3). */
    private static final List<String> validIds = new ArrayList<>();
    private static String badId;
    /** The bad row's ID number with the right check character: nobody has it, before or after. */
    private static String badRowRightId;
    private static char rightCheck;
    private static Console registrar;
    private static String ownSchool;
    private static int schoolYear;

    @BeforeAll
    static void files() throws IOException {
        ownSchool = displayName("registrar1").replace("学籍管理员（演示）", "");
        LocalDate today = karaf.platformNow().toLocalDate();
        schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        workDir = Files.createTempDirectory("xueji-e2e-import-");

        // three fresh ID numbers nobody has (different sequence ranges from the registration test)
        long now = System.currentTimeMillis();
        List<String> ids = new ArrayList<>();
        List<LocalDate> births = new ArrayList<>();
        for (int attempt = 0; ids.size() < 3; attempt++) {
            long n = now / 11 + attempt * 104729L;
            LocalDate birth = today.minusYears(6).minusDays(20 + n % 330);
            String id = TestIdNumbers.resident(DISTRICT_AREA, birth, (int) ((n / 330) % 1000));
            if (!ids.contains(id) && karaf.shell("xueji:students --id-number " + id).contains("共 0 人")) {
                ids.add(id);
                births.add(birth);
            }
            assertThat(attempt).as("attempts to find free ID numbers").isLessThan(30);
        }
        validIds.add(ids.get(0));
        validIds.add(ids.get(2));
        String good = ids.get(1);
        rightCheck = good.charAt(17);
        badId = good.substring(0, 17) + (rightCheck == '0' ? '1' : '0');
        badRowRightId = good;

        spreadsheet = workDir.resolve("新生名单.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(spreadsheet)) {
            Sheet sheet = wb.createSheet("学生基础信息");
            row(sheet, 0, HEADERS);
            String[] names = {"导入测甲", "导入测乙", "导入测丙"};
            String[] idNumbers = {ids.get(0), badId, ids.get(2)};
            for (int i = 0; i < 3; i++) {
                String sex = (idNumbers[i].charAt(16) - '0') % 2 == 1 ? "男" : "女";
                row(sheet, i + 1, List.of(names[i], sex, births.get(i).toString(), "汉族", "CHN", "居民身份证",
                        idNumbers[i], "湖南省长沙市岳麓区望岳街道", "非农业", "湖南省长沙市岳麓区望岳街道导入测试小区" + (i + 1) + "栋",
                        schoolYear + "-09", "就近入学", "走读", "1", "", names[i].substring(0, 1) + "家长", "母亲",
                        "1390000000" + i));
            }
            wb.write(out);
        }

        picture = workDir.resolve("学生名单.xlsx");
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(8, 8, 48, 48);
        g.dispose();
        ImageIO.write(image, "png", picture.toFile());
        assertThat(Files.readAllBytes(picture)).startsWith(0x89, 'P', 'N', 'G');
    }

    private static void row(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            // text cells: an ID number must not become a number
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    @AfterAll
    static void cleanUp() {
        registrar = null;
        try {
            if (workDir != null) {
                Karaf.deleteRecursively(workDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Console registrar() {
        if (registrar == null) {
            registrar = loggedIn("registrar1");
        }
        return registrar;
    }

    /** Opens the page, uploads the file, chooses the mode, starts; waits for the report. */
    private static void importFile(Console c, Path file, String mode) {
        c.open("enrollment/import");
        assertThat(c.value("imp-school")).isEqualTo(ownSchool);
        assertThat(c.isEnabled("imp-start")).as("imp-start before a file and a mode").isFalse();
        assertThat(c.text("imp-start-reason")).isEqualTo("请先选择导入方式");

        chooseMode(c, mode);
        assertThat(c.waitForText("imp-start-reason", "上传")).isEqualTo("请先上传文件");
        c.upload("imp-upload", file);
        assertThat(c.waitForText("imp-file", "已接收")).startsWith("已接收：" + file.getFileName());
        c.until(d -> c.isEnabled("imp-start") ? Boolean.TRUE : null, "imp-start to be enabled");

        c.click("imp-start");
        c.until(d -> c.isPresent("imp-status") && c.byId("imp-status").isDisplayed()
                && !"RUNNING".equals(c.byId("imp-status").getDomAttribute("data-status")) ? Boolean.TRUE : null,
                "the import's report");
        c.waitForVaadin();
    }

    static void chooseMode(Console c, String mode) {
        WebElement radio = c.until(d -> {
            Object found = c.js("""
                    return Array.from(document.querySelectorAll('#imp-mode vaadin-radio-button'))
                        .find(r => r.textContent.trim().startsWith(arguments[0])) || null;
                    """, mode);
            return found instanceof WebElement e ? e : null;
        }, "the mode " + mode);
        c.scrollIntoView(radio);
        radio.click();
        c.waitForVaadin();
        c.until(d -> Boolean.TRUE.equals(c.js("""
                return Array.from(document.querySelectorAll('#imp-mode vaadin-radio-button'))
                    .some(r => r.checked && r.textContent.trim().startsWith(arguments[0]));
                """, mode)) ? Boolean.TRUE : null, "the mode " + mode + " to be chosen");
    }

    private static String status(Console c) {
        return c.byId("imp-status").getDomAttribute("data-status");
    }

    private static int count(String idNumber) {
        String out = karaf.shell("xueji:students --id-number " + idNumber);
        return out.contains("共 0 人") ? 0 : DemoStudent.parse(out).size();
    }

    /** The issue of the bad row: row 3, column 身份证件号, the check character it should have. */
    private static List<String> badRowIssue() {
        return List.of("3", "身份证件号", "身份证号校验位错误：应为 " + rightCheck + "，实际为 " + badId.charAt(17) + "。");
    }

    @Test
    @Order(1)
    @DisplayName("「全部正确才导入」: one bad row refuses the whole file (已拒绝), nothing is stored")
    void allOrNothingRefusesTheFile() {
        Console c = registrar();
        importFile(c, spreadsheet, MODE_ALL);

        assertThat(status(c)).isEqualTo("REJECTED");
        assertThat(c.text("imp-status")).isEqualTo("已拒绝，未导入");
        assertThat(c.text("imp-counts")).isEqualTo("共 3 行，正确 2 行，已导入 0 行");
        assertThat(c.gridRows("imp-issues")).containsExactly(badRowIssue());
        assertThat(c.waitForNotification("未导入任何数据")).contains("已拒绝");
        for (String id : validIds) {
            assertThat(count(id)).as("students with the valid row's ID " + id).isZero();
        }
        assertThat(count(badRowRightId)).isZero();
    }

    @Test
    @Order(2)
    @DisplayName("「仅导入正确的行」: the two valid rows are stored, row 3 is listed with its problem")
    void validRowsOnlyStoresTheGoodRows() {
        Console c = registrar();
        importFile(c, spreadsheet, MODE_VALID);

        assertThat(status(c)).isEqualTo("COMPLETED");
        assertThat(c.text("imp-status")).isEqualTo("已完成");
        assertThat(c.text("imp-counts")).isEqualTo("共 3 行，正确 2 行，已导入 2 行");
        assertThat(c.gridRows("imp-issues")).containsExactly(badRowIssue());
        assertThat(c.waitForNotification("导入完成")).contains("已导入 2 名学生");
        assertThat(c.byId("imp-issues-csv").isDisplayed()).as("the issue list as CSV").isTrue();

        String[] names = {"导入测甲", "导入测丙"};
        for (int i = 0; i < validIds.size(); i++) {
            List<DemoStudent> found = DemoStudent.parse(karaf.shell("xueji:students --id-number " + validIds.get(i)));
            assertThat(found).as("students with ID " + validIds.get(i)).singleElement().satisfies(s -> {
                assertThat(s.school()).isEqualTo(ownSchool);
            });
            assertThat(found.get(0).registryNumber()).isEqualTo("G" + validIds.get(i));
            assertThat(found.get(0).name()).isEqualTo(names[i]);
        }
        assertThat(count(badRowRightId)).isZero();
    }

    @Test
    @Order(3)
    @DisplayName("a PNG picture renamed .xlsx is refused: the report says it is a picture, nothing is stored")
    void pictureIsRefused() {
        Console c = registrar();
        importFile(c, picture, MODE_VALID);

        assertThat(status(c)).isEqualTo("REJECTED");
        assertThat(c.text("imp-status")).isEqualTo("已拒绝，未导入");
        assertThat(c.text("imp-counts")).isEqualTo("共 0 行，正确 0 行，已导入 0 行");
        List<List<String>> issues = c.gridRows("imp-issues");
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).get(0)).isEqualTo("文件");
        assertThat(issues.get(0).get(2)).isEqualTo("文件「学生名单.xlsx」不是可导入的表格：从内容看它是PNG 图片。"
                + "请上传 Excel 文件（.xlsx 或 .xls）或 CSV 文件。");
        close(c);
        registrar = null;
    }
}

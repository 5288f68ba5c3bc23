package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * 新生注册 (R19, D1, D3): registrar1 registers a new grade-1 student with a fresh resident ID
 * number, gets the G 学籍号, prints the 学籍登记表 (a PDF) and finds the student in 学生查询;
 * registrar2 of another school is blocked from registering the same ID number (一人一籍) without
 * learning which school holds it (R1); a
 * student without an ID card who looks like an existing student is registered only with a
 * written justification and gets a J 学籍号 — the look-alike of another school is only counted,
 * never shown (R1); a student placed in a grade-1 class that holds as many students as the
 * configured cap is refused on the class field and not saved (R14). Accounts: registrar1,
 * registrar2, district-admin (shell). Only new students are added; the demo students are left as
 * they are, and the cap is set back to 55.
 */
@Order(20)
@DisplayName("Enrollment: registration of new students (R19, D1, D3)")
class EnrollmentRegistrationE2E extends BrowsersTest {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    /** RegistrationUiText.CHECK_BLOCKED_ELSEWHERE: what a school user sees of another school's record (R1). */
    private static final String BLOCKED_ELSEWHERE = "该身份证号已在本区其他学校登记学籍，不能重复注册（一人一籍）。如需核实，请联系区教育局处理。";
    private static final String DISTRICT_AREA = "430104";
    private static final String ROUTE = "enrollment/register";
    /** Karaf configuration of the registry core (RegistryConfig); its classCap is R14's cap. */
    private static final String REGISTRY_PID = "org.xueji.registry";
    /** The shipped cap (etc/org.xueji.registry.cfg), restored after the R14 test. */
    private static final int SHIPPED_CAP = 55;
    /** xueji:class-sizes ends with "超过 <cap> 人的班级：<n>", the cap SchoolService uses now. */
    private static final Pattern CAP_LINE = Pattern.compile("超过 (\\d+) 人的班级");

    private static String ownSchool;
    private static String otherSchool;
    private static LocalDate today;
    /** The school year that has begun: new students enter in its September. */
    private static int schoolYear;
    /** The grade-1 due date of registrar1's school, as xueji:deadlines shows it. */
    private static String gradeOneDueDate;

    private static String idNumber;
    private static LocalDate birthDate;
    private static String studentName;
    private static String sex;
    /** registrar1's browser, kept from the registration to the print. */
    private static Console registrar;

    @BeforeAll
    static void freshIdNumber() {
        // the demo accounts' names are "<school>学籍管理员（演示）"
        ownSchool = displayName("registrar1").replace("学籍管理员（演示）", "");
        otherSchool = displayName("registrar2").replace("学籍管理员（演示）", "");
        assertThat(ownSchool).isEqualTo("岳麓区第一小学");
        assertThat(otherSchool).isNotBlank().isNotEqualTo(ownSchool);

        today = karaf.platformNow().toLocalDate();
        schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        gradeOneDueDate = Karaf.tableRows(karaf.shell("xueji:deadlines")).stream()
                .filter(r -> r.size() > 6 && r.get(0).equals(ownSchool) && r.get(1).equals("一年级"))
                .map(r -> r.get(6)).findFirst()
                .orElseThrow(() -> new IllegalStateException("xueji:deadlines lists no 一年级 row of " + ownSchool));

        // a resident ID number nobody has (D1): district area code, born about six years ago, unique per run
        long now = System.currentTimeMillis();
        for (int attempt = 0; ; attempt++) {
            long n = now / 7 + attempt * 7919L;
            birthDate = today.minusYears(6).minusDays(30 + n % 300);
            int sequence = (int) ((n / 300) % 1000);
            idNumber = TestIdNumbers.resident(DISTRICT_AREA, birthDate, sequence);
            if (karaf.shell("xueji:students --id-number " + idNumber).contains("共 0 人")) {
                break;
            }
            assertThat(attempt).as("attempts to find a free ID number").isLessThan(20);
        }
        // the 17th character: odd for a boy, even for a girl
        sex = (idNumber.charAt(16) - '0') % 2 == 1 ? "男" : "女";
        studentName = "注册测" + "甲乙丙丁戊己庚辛壬癸".charAt((int) (now % 10)) + "一二三四五六七八九十".charAt((int) (now / 10 % 10));
        Karaf.log("New student %s, ID %s (%s, born %s)", studentName, idNumber, sex, birthDate);
    }

    @AfterAll
    static void forgetBrowser() {
        registrar = null;
    }

    /** The rest of the record: ethnicity, addresses, household type, entry month, guardian 1. */
    private static void fillRecord(Console c, String guardianIdNumber) {
        c.chooseComboItem("reg-ethnicity", "汉族");
        c.type("reg-household-address", "湖南省长沙市岳麓区望岳街道端到端测试社区1号");
        c.choose("reg-household-type", "非农业");
        c.type("reg-current-address", "湖南省长沙市岳麓区望岳街道端到端测试社区1号");
        c.type("reg-entry-year-month", schoolYear + "-09");
        c.type("reg-g1-name", "注册测家长");
        c.type("reg-g1-relation", "父亲");
        c.type("reg-g1-phone", "13800138000");
        if (guardianIdNumber != null) {
            c.type("reg-g1-id-number", guardianIdNumber);
        }
    }

    /** Opens 新生注册 and waits for the form of the own school, entry grade 一年级. */
    private static void openForm(Console c, String school) {
        c.open(ROUTE);
        c.byId("reg-save");
        c.until(d -> school.equals(c.shownValue("reg-school")) ? Boolean.TRUE : null,
                "reg-school to show " + school);
        assertThat(c.shownValue("reg-entry-grade")).isEqualTo("一年级");
    }

    private static boolean shown(Console c, String id) {
        return c.isPresent(id) && c.byId(id).isDisplayed();
    }

    @Test
    @Order(1)
    @DisplayName("R19/D1: registrar1 registers a grade-1 student: birth date and sex come from the ID, the 学籍号 is G + ID")
    void registrarRegistersANewStudent() {
        registrar = loggedIn("registrar1");
        openForm(registrar, ownSchool);

        registrar.type("reg-id-number", idNumber);
        // D1: birth date and sex derive from the ID number
        registrar.waitForValue("reg-birth-date", birthDate.toString());
        registrar.until(d -> sex.equals(registrar.shownValue("reg-sex")) ? Boolean.TRUE : null, "reg-sex " + sex);
        registrar.type("reg-name", studentName);
        fillRecord(registrar, null);

        // the live check: a G number, the school's due date, lateness after it
        assertThat(registrar.waitForText("reg-check-kind", "G")).isEqualTo("将分配：G 正式学籍号");
        assertThat(registrar.text("reg-check-due")).isEqualTo("注册截止日期：" + gradeOneDueDate);
        boolean late = today.isAfter(LocalDate.parse(gradeOneDueDate));
        assertThat(shown(registrar, "reg-check-late")).as("逾期注册 badge before saving").isEqualTo(late);
        assertThat(shown(registrar, "reg-check-blocked")).as("blocked message").isFalse();
        assertThat(registrar.isEnabled("reg-save")).isTrue();

        registrar.click("reg-save");
        assertThat(registrar.waitForText("reg-result-number", "G")).isEqualTo("G" + idNumber);
        assertThat(registrar.text("reg-result-message")).isEqualTo("已为「" + studentName + "」注册学籍。");
        assertThat(registrar.waitForNotification("已注册学籍")).contains("G" + idNumber);
        assertThat(shown(registrar, "reg-result-late")).as("逾期注册 badge of the result").isEqualTo(late);
        // the form is put away: nothing to save twice
        assertThat(shown(registrar, "reg-save")).isFalse();

        // and the registry has exactly this student, in the own school
        List<DemoStudent> found = DemoStudent.parse(karaf.shell("xueji:students --id-number " + idNumber));
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).isEqualTo(new DemoStudent("G" + idNumber, studentName, sex, birthDate.toString(),
                ownSchool, found.get(0).className()));
    }

    @Test
    @Order(2)
    @DisplayName("D3: 打印学籍登记表 delivers a PDF in registrar1's session")
    void registrationFormIsAPdf() {
        assertThat(registrar).as("registrar1's browser of the previous test").isNotNull();
        assertThat(registrar.byId("reg-print").isDisplayed()).as("reg-print shown").isTrue();
        assertThat(registrar.byId("reg-print").getDomAttribute("download"))
                .isEqualTo("学籍登记表-G" + idNumber + ".pdf");

        Console.Download pdf = registrar.fetchLinkBytes("reg-print");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.head(5)).isEqualTo("%PDF-");
        assertThat(pdf.bytes().length).as("PDF size").isGreaterThan(5 * 1024);
        // a whole PDF: it ends with its end-of-file marker
        String tail = new String(pdf.bytes(), Math.max(0, pdf.bytes().length - 32), Math.min(32, pdf.bytes().length),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(tail).contains("%%EOF");
    }

    @Test
    @Order(3)
    @DisplayName("the new student is found in 学生查询 by ID number")
    void newStudentIsInTheRegistrySearch() {
        assertThat(registrar).as("registrar1's browser of the first test").isNotNull();
        registrar.open("students");
        registrar.byId("student-grid");
        registrar.type("search-id-number", idNumber);
        registrar.click("search-button");
        assertThat(registrar.waitForText("search-count", "共 1 人")).isEqualTo("共 1 人");
        List<List<String>> rows = registrar.gridRows("student-grid");
        assertThat(rows).hasSize(1);
        // D1: lists mask the G 学籍号 like the ID number it contains (first 6, last 4)
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        assertThat(rows.get(0)).contains("G" + masked, masked, studentName, sex, birthDate.toString(), ownSchool)
                .doesNotContain("G" + idNumber, idNumber);
        close(registrar);
        registrar = null;
    }

    @Test
    @Order(4)
    @DisplayName("D1 一人一籍, R1: registrar2 entering the same ID number is blocked without 岳麓区第一小学's name; nothing is saved")
    void r1_sameIdNumberInAnotherSchoolIsBlockedWithoutNamingTheSchool() {
        assertThat(DemoStudent.parse(karaf.shell("xueji:students --id-number " + idNumber)))
                .as("the student of the first test").hasSize(1);
        Console other = loggedIn("registrar2");
        openForm(other, otherSchool);

        other.type("reg-id-number", idNumber);
        other.waitForValue("reg-birth-date", birthDate.toString());
        other.type("reg-name", studentName);
        fillRecord(other, null);

        assertThat(other.waitForText("reg-check-blocked", "一人一籍")).isEqualTo(BLOCKED_ELSEWHERE)
                .doesNotContain(ownSchool);
        assertThat(other.byId("reg-check-blocked").getCssValue("color")).as("the message is red")
                .matches("rgba?\\((\\d+), (\\d+), (\\d+).*").satisfies(c -> {
                    String[] rgb = c.replaceAll("[^0-9,]", "").split(",");
                    assertThat(Integer.parseInt(rgb[0])).isGreaterThan(150);
                    assertThat(Integer.parseInt(rgb[1])).isLessThan(100);
                });
        other.until(d -> other.isEnabled("reg-save") ? null : Boolean.TRUE, "reg-save to be disabled");

        // forced: the button enabled in the page and clicked; the server still refuses
        other.js("const b = document.getElementById('reg-save'); b.removeAttribute('disabled'); b.disabled = false;"
                + " b.click();");
        other.waitForVaadin();
        assertThat(shown(other, "reg-result")).as("a registration result").isFalse();
        assertThat(other.text("reg-check-blocked")).isEqualTo(BLOCKED_ELSEWHERE);
        assertThat(other.text("reg-check")).doesNotContain(ownSchool);

        // still one student with this ID number, in the first school
        String shell = karaf.shell("xueji:students --id-number " + idNumber);
        assertThat(shell).contains("共 1 人");
        assertThat(DemoStudent.parse(shell)).singleElement().satisfies(s -> {
            assertThat(s.registryNumber()).isEqualTo("G" + idNumber);
            assertThat(s.school()).isEqualTo(ownSchool);
        });
        close(other);
        // the district's view of the same check (the school named) is covered by EnrollmentServiceIT
    }

    @Test
    @Order(5)
    @DisplayName("D1, R1: a student without ID like another school's one needs a justification (the other record only counted), then gets a J 学籍号")
    void lookAlikeWithoutIdNeedsAJustification() {
        // an existing student of the other school: same name, sex and birth date
        String code = Karaf.tableRows(karaf.shell("xueji:schools")).stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(otherSchool)).map(r -> r.get(0)).findFirst()
                .orElseThrow(() -> new IllegalStateException("xueji:schools does not list " + otherSchool));
        DemoStudent twin = DemoStudent.parse(karaf.shell("xueji:students --school " + code + " --limit 20")).stream()
                .filter(s -> s.school().equals(otherSchool)).skip(5).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo student of " + otherSchool));
        LocalDate twinBirth = LocalDate.parse(twin.birthDate());
        // the guardian's ID stands in for the student's (a student without ID needs one)
        String guardianId = TestIdNumbers.resident(DISTRICT_AREA, twinBirth.minusYears(30), 123);

        Console c = loggedIn("registrar1");
        openForm(c, ownSchool);
        c.choose("reg-id-type", "其他");
        assertThat(c.value("reg-id-number")).isEmpty();
        c.type("reg-name", twin.name());
        c.choose("reg-sex", twin.sex());
        c.typeDate("reg-birth-date", twin.birthDate());
        c.waitForValue("reg-birth-date", twin.birthDate());
        fillRecord(c, guardianId);

        assertThat(c.waitForText("reg-check-kind", "J")).isEqualTo("将分配：J 无身份证学籍号");
        c.until(d -> shown(c, "reg-check-similar") ? Boolean.TRUE : null, "the similar-student warning");
        assertThat(c.text("reg-check-similar")).contains("可能是同一人");
        // R1: the other school's child is counted, not shown — no name, birth date or school
        assertThat(c.waitForText("reg-similar-elsewhere", "区教育局")).contains("本区其他学校有", "详细信息仅区教育局可见");
        assertThat(c.text("reg-check-similar")).doesNotContain(twin.school(), twin.name(), twin.birthDate());
        assertThat(shown(c, "reg-similar-grid")).as("no grid of another school's children").isFalse();
        assertThat(shown(c, "reg-check-blocked")).isFalse();

        // without a justification: refused on the field, nothing saved
        c.click("reg-save");
        assertThat(c.waitForFieldError("reg-justification")).contains("重复说明");
        assertThat(shown(c, "reg-result")).as("a registration result").isFalse();

        c.type("reg-justification", "父母姓名、户籍地均不同，已电话核实不是同一人。");
        c.click("reg-save");
        String number = c.waitForText("reg-result-number", "J");
        // J + district area + birth date + sequence + check character
        assertThat(number).hasSize(19).startsWith("J" + DISTRICT_AREA + twinBirth.format(COMPACT))
                .matches("J\\d{17}[\\dX]");
        assertThat(c.text("reg-result-message")).isEqualTo("已为「" + twin.name() + "」注册学籍。");

        String shell = karaf.shell("xueji:students --registry-number " + number);
        assertThat(shell).contains("共 1 人").contains(twin.name()).contains(ownSchool);
        close(c);
    }

    @Test
    @Order(6)
    @DisplayName("R14: with the cap set to a grade-1 class's size, registrar1's next student for that class is "
            + "refused on the class field (CLASS_FULL) and not saved; the cap is set back to 55")
    void r14_theStudentBeyondTheCapIsRefusedThroughTheForm() {
        String code = schoolCode(ownSchool);
        String sizesCommand = "xueji:class-sizes --school " + code + " --grade 1";
        // columns of xueji:class-sizes: 学校, 编号, 班级, 人数, 额定, 班主任, 状态; a grade-1 class with students
        List<String> row = Karaf.tableRows(karaf.shell(sizesCommand)).stream()
                .filter(r -> r.size() > 3 && r.get(0).equals(ownSchool) && r.get(2).startsWith("一年级(")
                        && r.get(3).matches("\\d+") && Integer.parseInt(r.get(3)) > 0
                        && Integer.parseInt(r.get(3)) <= SHIPPED_CAP)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("xueji:class-sizes lists no grade-1 class of " + ownSchool));
        String className = row.get(2);
        int size = Integer.parseInt(row.get(3));
        Karaf.log("R14: %s of %s holds %d students; cap set to %d", className, ownSchool, size, size);

        LocalDate birth = today.minusYears(6).minusDays(40);
        String id = unusedIdNumber(birth, (int) (System.currentTimeMillis() / 1000 % 1000));
        String name = "班额测" + "甲乙丙丁戊己庚辛壬癸".charAt((int) (System.currentTimeMillis() % 10)) + "生";
        try {
            // the district administrator sets the cap in the shell, with the account's password
            Karaf.Result set = karaf.sshWithPassword("district-admin", Console.DEMO_PASSWORD,
                    "config:property-set -p " + REGISTRY_PID + " classCap " + size);
            assertThat(set.exitCode()).as("config:property-set as district-admin, %s", set).isZero();
            assertThat(set.stdout() + set.stderr()).as("config:property-set output").doesNotContain("Error");
            awaitCap(sizesCommand, size);
            // the class now holds exactly as many students as the cap allows
            assertThat(Karaf.tableRows(karaf.shell(sizesCommand))).anySatisfy(r -> {
                assertThat(r.get(2)).isEqualTo(className);
                assertThat(r.get(3)).isEqualTo(String.valueOf(size));
            });

            Console c = loggedIn("registrar1");
            openForm(c, ownSchool);
            // the placement section is at the top of the form: the class first, as a registrar does
            c.scrollIntoView(c.byId("reg-class"));
            c.chooseComboItem("reg-class", className);
            c.type("reg-id-number", id);
            c.waitForValue("reg-birth-date", birth.toString());
            c.type("reg-name", name);
            fillRecord(c, null);
            // a valid new student: the live check offers a G number and nothing blocks saving
            assertThat(c.waitForText("reg-check-kind", "G")).isEqualTo("将分配：G 正式学籍号");
            assertThat(shown(c, "reg-check-blocked")).as("blocked message").isFalse();
            assertThat(c.isEnabled("reg-save")).isTrue();

            c.click("reg-save");
            // RegistryMessages.CLASS_FULL (registry-api messages.properties): class, present, arriving, limit
            assertThat(c.waitForFieldError("reg-class")).isEqualTo(className + "已有 " + size + " 人，再编入 1 人将超过起始年级 "
                    + size + " 人的班额上限（R14）。请选择其他班级，或由区教育局书面批准增加名额。");
            assertThat(shown(c, "reg-result")).as("a registration result").isFalse();
            assertThat(shown(c, "reg-save")).as("the form stays open to choose another class").isTrue();

            // nothing was saved: the ID number is unknown in the district, the class keeps its size
            assertThat(karaf.shell("xueji:students --id-number " + id)).contains("共 0 人");
            assertThat(Karaf.tableRows(karaf.shell(sizesCommand))).anySatisfy(r -> {
                assertThat(r.get(2)).isEqualTo(className);
                assertThat(r.get(3)).isEqualTo(String.valueOf(size));
            });
            // and registrar1's 学生查询 finds nobody with it
            c.open("students");
            c.byId("student-grid");
            c.type("search-id-number", id);
            c.click("search-button");
            assertThat(c.waitForText("search-count", "共 0 人")).isEqualTo("共 0 人");
            close(c);
        } finally {
            // all test classes share this Karaf: the shipped cap again (the operator key, so this
            // works even if the district administrator's shell login was what failed)
            karaf.shell("config:property-set -p " + REGISTRY_PID + " classCap " + SHIPPED_CAP);
            awaitCap(sizesCommand, SHIPPED_CAP);
        }
    }

    /** The code of a school, from {@code xueji:schools} (columns: 代码, 名称, ...). */
    private static String schoolCode(String schoolName) {
        return Karaf.tableRows(karaf.shell("xueji:schools")).stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(schoolName)).map(r -> r.get(0)).findFirst()
                .orElseThrow(() -> new IllegalStateException("xueji:schools does not list " + schoolName));
    }

    /** A resident ID number of the district, born on {@code birth}, that no student has yet. */
    private static String unusedIdNumber(LocalDate birth, int firstSequence) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = TestIdNumbers.resident(DISTRICT_AREA, birth, (firstSequence + attempt * 37) % 1000);
            if (karaf.shell("xueji:students --id-number " + candidate).contains("共 0 人")) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free ID number born " + birth + " after 20 attempts");
    }

    /**
     * Waits until the registry core uses the given cap: Configuration Admin delivers the change
     * to the registry services' @Modified methods asynchronously; xueji:class-sizes prints the
     * cap SchoolService holds.
     */
    private static void awaitCap(String sizesCommand, int cap) {
        Karaf.await("xueji:class-sizes to name the cap " + cap, Duration.ofSeconds(60), () -> {
            Matcher m = CAP_LINE.matcher(karaf.shell(sizesCommand));
            return m.find() && Integer.parseInt(m.group(1)) == cap;
        });
    }
}

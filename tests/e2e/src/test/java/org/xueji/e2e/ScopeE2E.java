package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * R1/R7: a school registrar who types another school's student record into the address is
 * refused ("本校"), sees none of the record, and the refusal is in the audit trail for the
 * auditor. Accounts: district-admin (finds the record's address), registrar1, auditor.
 */
@Order(7)
@DisplayName("School scope of student records (R1, R7)")
class ScopeE2E extends BrowsersTest {

    /** PlatformMessages.OTHER_SCHOOL */
    private static final String OTHER_SCHOOL = "您只能查看和修改本校的数据。";

    private static String ownSchool;
    private static String otherSchool;
    private static DemoStudent student;
    private static String recordPath;

    @BeforeAll
    static void findAStudentOfTheOtherSchool() {
        // the demo accounts' names are "<school>学籍管理员（演示）"
        ownSchool = displayName("registrar1").replace("学籍管理员（演示）", "");
        otherSchool = displayName("registrar2").replace("学籍管理员（演示）", "");
        assertThat(otherSchool).isNotBlank().isNotEqualTo(ownSchool);
        String code = Karaf.tableRows(karaf.shell("xueji:schools")).stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(otherSchool)).map(r -> r.get(0)).findFirst()
                .orElseThrow(() -> new IllegalStateException("xueji:schools does not list " + otherSchool));
        student = DemoStudent.parse(karaf.shell("xueji:students --school " + code + " --limit 50")).get(0);
        assertThat(student.school()).isEqualTo(otherSchool);

        // the record's address, as the district administrator opens it
        Console admin = loggedIn("district-admin");
        admin.open("students");
        admin.byId("student-grid");
        admin.type("search-id-number", student.idNumber());
        admin.click("search-button");
        admin.waitForText("search-count", "共 1 人");
        admin.clickGridCell("student-grid", student.name());
        recordPath = admin.waitForPath("students/\\d+");
        admin.waitForValue("student-id-number", student.idNumber());
        close(admin);
    }

    @Test
    @Order(1)
    @DisplayName("R1: registrar1 opening a school-2 student's /students/<id> is refused (本校) and sees nothing of it")
    void otherSchoolsRecordIsRefused() {
        Console registrar = loggedIn("registrar1");
        registrar.open(recordPath);

        // the refusal: the access-denied page, or the record page's own notice
        String refusal = registrar.until(d -> {
            for (String id : List.of("access-denied-text", "student-notice")) {
                if (registrar.isPresent(id) && registrar.byId(id).isDisplayed()) {
                    String t = registrar.byId(id).getText().strip();
                    if (!t.isEmpty()) {
                        Karaf.log("%s refused with #%s: %s", recordPath, id, t);
                        return t;
                    }
                }
            }
            return null;
        }, "the refusal of " + recordPath);
        assertThat(refusal).contains("本校").isEqualTo(OTHER_SCHOOL);

        // nothing of the record reaches the browser
        String page = registrar.driver().getPageSource();
        assertThat(page).doesNotContain(student.idNumber()).doesNotContain(student.registryNumber());
        if (registrar.isPresent("student-id-number")) {
            assertThat(registrar.value("student-id-number")).as("the ID number field").isEmpty();
        }
        close(registrar);
    }

    @Test
    @Order(2)
    @DisplayName("R7: the auditor finds registrar1's access.denied row for that student")
    void refusalIsAudited() {
        String studentId = recordPath.substring(recordPath.lastIndexOf('/') + 1);
        Console auditor = loggedIn("auditor");
        List<List<String>> rows = auditRows(auditor, "registrar1", "access.denied");
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .contains("access.denied")
                .anySatisfy(cell -> assertThat(cell).contains("registrar1"))
                .anySatisfy(cell -> assertThat(cell).isEqualTo("学生 " + studentId))
                .anySatisfy(cell -> assertThat(cell).contains("OTHER_SCHOOL")));
    }
}

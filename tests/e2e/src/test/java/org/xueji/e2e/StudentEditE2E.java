package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * 学生学籍信息: edit a record; the key fields of an existing record are read-only (R3, issue 14: they
 * change through a key-field correction; the D1 checks of a typed ID number are on the registration
 * page, EnrollmentRegistrationE2E, and in the correction's decision).
 */
@Order(3)
@DisplayName("Student record editing")
class StudentEditE2E extends ConsoleTest {

    private static final String ID_NUMBER = "student-id-number";
    private static final String CURRENT_ADDRESS = "student-current-address";

    private static DemoStudent addressStudent;
    private static DemoStudent checkStudent;
    private static DemoStudent classStudent;

    @BeforeAll
    static void pickStudents() {
        List<DemoStudent> students = DemoStudent.list(karaf, 2000);
        // index 0 belongs to the search test; each test here opens a record of its own
        addressStudent = students.get(1);
        checkStudent = students.get(2);
        classStudent = students.get(3);
    }

    /** Opens a student's record the way a user does: search by ID number, click the row. */
    private static void openRecord(DemoStudent student) {
        console.open("students");
        console.type("search-id-number", student.idNumber());
        console.click("search-button");
        console.waitForText("search-count", "共 1 人");
        console.clickGridCell("student-grid", student.name());
        console.until(d -> console.path().matches("students/\\d+") ? Boolean.TRUE : null, "the record's address");
        console.waitForValue(ID_NUMBER, student.idNumber());
    }

    @Test
    @Order(1)
    @DisplayName("a changed 现住址 is saved and still there after a reload")
    void changedAddressIsSaved() {
        openRecord(addressStudent);
        String recordPath = console.path();
        String address = "长沙市岳麓区端到端测试路" + (System.currentTimeMillis() % 100000) + "号";
        assertThat(console.value(CURRENT_ADDRESS)).isNotEqualTo(address);

        console.type(CURRENT_ADDRESS, address);
        console.click("student-save");
        assertThat(console.waitForNotification("已保存")).contains("已保存");
        assertThat(console.isInvalid(CURRENT_ADDRESS)).isFalse();

        console.reload();
        assertThat(console.path()).isEqualTo(recordPath);
        console.waitForValue(CURRENT_ADDRESS, address);
        assertThat(console.value(ID_NUMBER)).isEqualTo(addressStudent.idNumber());
        assertThat(console.value("student-name")).isEqualTo(addressStudent.name());
    }

    /** Whether the Vaadin field is read-only (its {@code readonly} property, set by the server). */
    private static boolean readOnly(String fieldId) {
        console.byId(fieldId);
        return Boolean.TRUE.equals(console.js("return document.getElementById(arguments[0]).readonly === true;",
                fieldId));
    }

    @Test
    @Order(2)
    @DisplayName("R3: on an existing record 姓名, 性别, 出生日期, 身份证件 and 民族 are read-only; 更正关键信息 opens the correction")
    void keyFieldsAreReadOnlyAndLeadToTheCorrection() {
        openRecord(checkStudent);
        for (String key : List.of("student-name", "student-sex", "student-birth-date", "student-id-type", ID_NUMBER,
                "student-ethnicity")) {
            assertThat(readOnly(key)).as(key + " is read-only").isTrue();
        }
        // the other fields stay directly editable (test 1 saves one)
        assertThat(readOnly(CURRENT_ADDRESS)).isFalse();
        assertThat(readOnly("student-class")).isFalse();
        assertThat(console.text("student-key-fields-hint")).contains("更正关键信息");

        // the way to change them: the transfer module's correction dialog, reached from the page's action
        console.click("student-correct-key-fields");
        console.waitForPath("student-changes.*");
        console.byId("change-id-number");
        console.byId("change-submit");
        // nothing was changed on the way
        assertThat(karaf.shell("xueji:students --id-number " + checkStudent.idNumber()))
                .contains(checkStudent.registryNumber()).contains("共 1 人");
    }

    @Test
    @Order(3)
    @DisplayName("R3: a class of another grade is not offered on an existing record (a grade change is a registry change)")
    void onlyClassesOfTheRecordsGradeAreOffered() {
        openRecord(classStudent);
        String current = console.shownValue("student-class");
        assertThat(current).as("the demo student has a class").isNotBlank();
        String grade = current.substring(0, current.indexOf('('));
        console.js("document.getElementById(arguments[0]).opened = true;", "student-class");
        List<String> offered = console.until(d -> {
            Object shown = console.js("""
                    return Array.from(document.querySelectorAll('vaadin-combo-box-item'))
                        .filter(i => i.getBoundingClientRect().height > 0).map(i => i.textContent.trim());
                    """);
            // the items get their text once the renderer ran: wait for it
            return shown instanceof List<?> l && !l.isEmpty() && l.stream().noneMatch(x -> String.valueOf(x).isBlank())
                    ? l.stream().map(String::valueOf).toList() : null;
        }, "the classes the record's class field offers");
        assertThat(offered).contains(current).allSatisfy(label -> assertThat(label).startsWith(grade));
    }
}

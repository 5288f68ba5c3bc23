package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** 学生学籍信息: edit a record, and the D1 rules that refuse a bad or taken ID number. */
@Order(3)
@DisplayName("Student record editing")
class StudentEditE2E extends ConsoleTest {

    private static final String ID_NUMBER = "student-id-number";
    private static final String CURRENT_ADDRESS = "student-current-address";

    private static DemoStudent addressStudent;
    private static DemoStudent checkStudent;
    /** Two students of the same birth date and sex: the ID of one passes the form's own checks for the other. */
    private static DemoStudent duplicateEditor;
    private static DemoStudent duplicateHolder;

    @BeforeAll
    static void pickStudents() {
        List<DemoStudent> students = DemoStudent.list(karaf, 2000);
        // index 0 belongs to the search test; each test here edits a record of its own
        addressStudent = students.get(1);
        checkStudent = students.get(2);
        Map<String, DemoStudent> byBirthAndSex = new HashMap<>();
        for (DemoStudent s : students.subList(3, students.size())) {
            DemoStudent twin = byBirthAndSex.putIfAbsent(s.birthDate() + "/" + s.sex(), s);
            if (twin != null && !twin.school().equals(s.school())) {
                duplicateEditor = twin;
                duplicateHolder = s;
                break;
            }
        }
        assertThat(duplicateHolder).as("two demo students of different schools with the same birth date and sex")
                .isNotNull();
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

    @Test
    @Order(2)
    @DisplayName("D1: an ID number with a wrong check character is refused on the field (校验位), nothing saved")
    void wrongCheckCharacterIsRefused() {
        openRecord(checkStudent);
        String wrong = checkStudent.idNumberWithWrongCheckCharacter();

        console.type(ID_NUMBER, wrong);
        console.click("student-save");
        String error = console.waitForFieldError(ID_NUMBER);
        assertThat(error).contains("校验").contains("身份证号");
        assertThat(console.isInvalid(ID_NUMBER)).isTrue();

        console.reload();
        console.waitForValue(ID_NUMBER, checkStudent.idNumber());
        assertThat(console.isInvalid(ID_NUMBER)).isFalse();
        // and through the shell: the record still has its number, the wrong one belongs to nobody
        assertThat(karaf.shell("xueji:students --id-number " + checkStudent.idNumber()))
                .contains(checkStudent.registryNumber()).contains("共 1 人");
    }

    @Test
    @Order(3)
    @DisplayName("D1 一人一籍: another student's ID number is refused, naming the school that holds it")
    void duplicateIdNumberIsRefused() {
        openRecord(duplicateEditor);

        console.type(ID_NUMBER, duplicateHolder.idNumber());
        console.click("student-save");
        String error = console.waitForFieldError(ID_NUMBER);
        assertThat(error).contains("已有学籍").contains(duplicateHolder.school());

        console.reload();
        console.waitForValue(ID_NUMBER, duplicateEditor.idNumber());
        assertThat(console.isInvalid(ID_NUMBER)).isFalse();
        assertThat(karaf.shell("xueji:students --id-number " + duplicateHolder.idNumber()))
                .contains(duplicateHolder.registryNumber()).contains("共 1 人");
    }
}

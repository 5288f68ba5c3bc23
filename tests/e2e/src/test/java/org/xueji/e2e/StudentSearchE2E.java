package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** 学生查询: find a demo student by ID number and open the record. */
@Order(2)
@DisplayName("Student search")
class StudentSearchE2E extends ConsoleTest {

    private static DemoStudent student;

    @BeforeAll
    static void pickStudent() {
        // through the Karaf shell: the 学籍号 G + 18-character ID number gives the ID number
        student = DemoStudent.list(karaf, 5).get(0);
    }

    @Test
    @Order(1)
    @DisplayName("D1: searching an ID number shows exactly that student, ID masked, and opens the record")
    void searchByIdNumberAndOpenTheRecord() {
        console.open("students");
        console.byId("student-grid");
        console.type("search-id-number", student.idNumber());
        console.click("search-button");

        assertThat(console.waitForText("search-count", "共 1 人")).isEqualTo("共 1 人");
        // R1 (issue 16): the ID number never travels in the address (history, logs, Referer)
        assertThat(console.path()).doesNotContain(student.idNumber()).doesNotContain("idNumber");
        assertThat(console.gridSize("student-grid")).isEqualTo(1);
        List<List<String>> rows = console.gridRows("student-grid");
        assertThat(rows).hasSize(1);
        List<String> row = rows.get(0);
        // D1: the G 学籍号 is G + the ID number, so the list masks it like the ID number
        assertThat(row).contains("G" + student.maskedIdNumber(), student.name(), student.sex(), student.birthDate(),
                student.school(), student.maskedIdNumber());
        // the list never shows the full ID number, neither alone nor inside the 学籍号
        assertThat(row).doesNotContain(student.idNumber(), student.registryNumber());

        console.clickGridCell("student-grid", student.name());
        console.until(d -> console.path().matches("students/\\d+") ? Boolean.TRUE : null, "the record's address");
        console.waitForValue("student-id-number", student.idNumber());
        assertThat(console.value("student-name")).isEqualTo(student.name());
        assertThat(console.value("student-birth-date")).isEqualTo(student.birthDate());
        assertThat(console.text("student-registry-number")).isEqualTo(student.registryNumber());
        assertThat(console.text("student-school")).isEqualTo(student.school());
    }

    @Test
    @Order(2)
    @DisplayName("an ID number nobody has gives an empty result")
    void unknownIdNumberFindsNobody() {
        console.open("students");
        console.type("search-id-number", student.idNumberWithWrongCheckCharacter());
        console.click("search-button");
        assertThat(console.waitForText("search-count", "共 0 人")).isEqualTo("共 0 人");
        assertThat(console.gridSize("student-grid")).isZero();
    }
}

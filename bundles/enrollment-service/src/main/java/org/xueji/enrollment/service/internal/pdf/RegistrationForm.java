package org.xueji.enrollment.service.internal.pdf;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.xueji.registry.api.Student;

/**
 * What the printable 学生学籍登记表 (D3) shows: one student record with its school and class
 * names, its change history and who printed it when.
 *
 * @param schoolName the school's name, shown in the heading; blank when null
 * @param className  e.g. {@code 三年级(2)班}; blank when null
 * @param student    the record, with its {@link Student#data() data}; required
 * @param history    the change history (学籍变动记录) in the order to print; null means none
 * @param printedAt  local date and time of printing; blank when null
 * @param printedBy  the person printing; blank when null
 */
public record RegistrationForm(String schoolName, String className, Student student, List<HistoryEntry> history,
                               LocalDateTime printedAt, String printedBy) {

    public RegistrationForm {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(student.data(), "student.data");
        history = history == null ? List.of() : List.copyOf(history);
    }
}

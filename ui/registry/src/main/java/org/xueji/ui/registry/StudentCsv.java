package org.xueji.ui.registry;

import java.util.Arrays;
import java.util.List;
import org.xueji.registry.api.StudentSummary;
import org.xueji.ui.shell.api.CsvExport;

/** The CSV of a student list; its last line names the data-release request (R4). */
final class StudentCsv {

    static final List<String> HEADER = List.of("学籍号", "姓名", "性别", "出生日期", "身份证号", "学校", "班级");

    static byte[] write(List<StudentSummary> rows, String watermark) {
        return CsvExport.write(HEADER, rows.stream().map(s -> Arrays.<Object>asList(s.registryNumber(), s.name(),
                s.sex() == null ? null : s.sex().label(), s.birthDate(), s.idNumber(), s.schoolName(),
                s.className())).toList(), watermark);
    }

    private StudentCsv() {
    }
}

package org.xueji.ui.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.xueji.registry.api.StudentSummary;

/**
 * The CSV of a student list (UTF-8 with BOM so that Excel shows Chinese). Its last line is
 * the watermark of the data-release request that allowed it (R4).
 */
final class StudentCsv {

    static final String[] HEADER = {"学籍号", "姓名", "性别", "出生日期", "身份证号", "学校", "班级"};

    static byte[] write(List<StudentSummary> rows, String watermark) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // the byte-order mark must come before the header the printer writes on creation
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADER).get())) {
            for (StudentSummary s : rows) {
                csv.printRecord(s.registryNumber(), s.name(), s.sex() == null ? "" : s.sex().label(), s.birthDate(),
                        s.idNumber(), s.schoolName(), s.className());
            }
            csv.printRecord(watermark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private StudentCsv() {
    }
}

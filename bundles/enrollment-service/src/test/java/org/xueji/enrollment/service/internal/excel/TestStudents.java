package org.xueji.enrollment.service.internal.excel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xueji.platform.api.identity.ChineseIdNumber;

/** Made-up students (no real person): ID numbers built with valid check characters. */
final class TestStudents {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final long SCHOOL_ID = 7L;

    private TestStudents() {
    }

    /** A valid resident ID number; odd sequence = male, even = female. */
    static String id(LocalDate birthDate, int sequence) {
        return ChineseIdNumber.of("430104", birthDate, sequence).value();
    }

    /** The cells of a complete, valid row of the national template (labels where people use them). */
    static Map<String, String> row(int n) {
        LocalDate birth = LocalDate.of(2019, 1, 1).plusDays(n % 300);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("姓名", "测试学生" + n);
        row.put("性别", "男");
        row.put("出生日期", birth.toString().replace("-", ""));
        row.put("民族", "汉族");
        row.put("国籍/地区", "CHN");
        row.put("身份证件类型", "居民身份证");
        row.put("身份证件号", id(birth, (n % 400) * 2 + 1));
        row.put("户口所在地", "湖南省长沙市测试区");
        row.put("户口性质", "非农业");
        row.put("现住址", "湖南省长沙市测试区样例路" + n + "号");
        row.put("入学年月", "202509");
        row.put("入学方式", "就近入学");
        row.put("就读方式", "走读");
        row.put("年级", "1");
        row.put("班级", "2");
        row.put("监护人1姓名", "测试家长" + n);
        row.put("监护人1关系", "父亲");
        row.put("监护人1联系电话", "13800000000");
        return row;
    }

    /** Header row then the rows' values, in the header's order. */
    static List<List<Object>> table(List<String> headers, List<Map<String, String>> rows) {
        List<List<Object>> table = new ArrayList<>();
        table.add(new ArrayList<>(headers));
        for (Map<String, String> row : rows) {
            List<Object> values = new ArrayList<>();
            headers.forEach(h -> values.add(row.get(h)));
            table.add(values);
        }
        return table;
    }

    static List<String> headers() {
        return new ArrayList<>(row(0).keySet());
    }

    /** Classes of the test school: 一年级(1)–(4)班 are ids 101–104, 七年级(1)班 is 701. */
    static Long classId(int grade, int number) {
        if (grade == 1 && number >= 1 && number <= 4) {
            return 100L + number;
        }
        return grade == 7 && number == 1 ? 701L : null;
    }
}

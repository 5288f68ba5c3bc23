package org.xueji.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row of the shell command {@code xueji:students}: 学籍号 | 姓名 | 性别 | 出生日期 | 学校 | 班级.
 * A permanent 学籍号 is {@code G} + the student's 18-character resident ID number (D1), so the
 * ID number is read from it.
 */
public record DemoStudent(String registryNumber, String name, String sex, String birthDate, String school,
                          String className) {

    private static final Pattern G_NUMBER = Pattern.compile("G\\d{17}[\\dX]");

    /** The resident ID number inside a {@code G} registry number. */
    public String idNumber() {
        return registryNumber.substring(1);
    }

    /** The ID number as lists show it (D1): first 6 and last 4 characters, 8 stars between. */
    public String maskedIdNumber() {
        String id = idNumber();
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    /** The same ID number with a wrong check character (the last one). */
    public String idNumberWithWrongCheckCharacter() {
        String id = idNumber();
        char last = id.charAt(17);
        char wrong = last == '0' ? '1' : '0';
        return id.substring(0, 17) + wrong;
    }

    /** The students with a G number in the output of {@code xueji:students}. */
    public static List<DemoStudent> parse(String shellOutput) {
        List<DemoStudent> result = new ArrayList<>();
        for (String line : shellOutput.split("\\R")) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < 6) {
                continue;
            }
            String number = cells[0].strip();
            if (!G_NUMBER.matcher(number).matches()) {
                continue;
            }
            result.add(new DemoStudent(number, cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip(),
                    cells[5].strip()));
        }
        return result;
    }

    /** Demo students through the Karaf shell (at most {@code limit} rows). */
    public static List<DemoStudent> list(Karaf karaf, int limit) {
        List<DemoStudent> students = parse(karaf.shell("xueji:students --limit " + limit));
        if (students.isEmpty()) {
            throw new IllegalStateException("xueji:students listed no student with a G number");
        }
        return students;
    }
}

package org.xueji.demo.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.xueji.demo.internal.BenchDistrict.Person;
import org.xueji.enrollment.api.RosterEntry;
import org.xueji.platform.documents.spreadsheet.CsvWriter;
import org.xueji.platform.documents.spreadsheet.XlsxWriter;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.StudentData;

/**
 * The files {@code xueji:bench-enrollment} hands to the system: the import file in the national
 * template's layout (CSV as Excel writes it, or .xlsx with shared or inline strings, written by
 * platform-documents) and the school's roster for the 人籍一致 check with deliberate differences.
 */
final class BenchFiles {

    /** The national template's columns in export order (学籍号 omitted: new students). */
    static final String[] HEADERS = {
        "姓名", "性别", "出生日期", "出生地", "籍贯", "民族", "国籍/地区", "身份证件类型", "身份证件号", "户口所在地",
        "户口性质", "现住址", "入学年月", "入学方式", "就读方式", "是否独生子女", "是否受过学前教育", "是否留守儿童",
        "是否进城务工人员随迁子女", "是否孤儿", "是否烈士或优抚子女", "是否随班就读", "残疾类型", "年级", "班级",
        "监护人1姓名", "监护人1关系", "监护人1联系电话", "监护人1身份证件号",
        "监护人2姓名", "监护人2关系", "监护人2联系电话", "监护人2身份证件号"};

    static final String[] ROSTER_HEADERS = {"姓名", "身份证件号", "年级", "班级"};

    /** The file format: {@code csv}, or {@code xlsx} with a shared strings table unless {@code inlineStrings}. */
    record Format(boolean csv, boolean inlineStrings) {

        String describe() {
            return csv ? "CSV，UTF-8 带 BOM" : inlineStrings ? "xlsx，内联字符串" : "xlsx，共享字符串表";
        }
    }

    /** The roster handed in, with how many of each deliberate difference it holds. */
    record Roster(List<RosterEntry> entries, int missing, int extra, int wrongClass) {
    }

    private BenchFiles() {
    }

    /** Writes the import file; returns every generated person (extras included) for the roster. */
    static List<Person> writeImportFile(BenchDistrict district, Format format, Path file) throws IOException {
        List<Person> people = new ArrayList<>(district.rows + district.extras);
        try (SheetOut sheet = format.csv() ? new CsvOut(file) : new XlsxOut(file, !format.inlineStrings())) {
            sheet.row(HEADERS);
            district.forEach((person, data) -> {
                people.add(person);
                if (!person.extra()) {
                    sheet.row(cells(data, person.grade(), person.classNumber(), district.schoolYear));
                }
            });
        }
        return people;
    }

    /** A student as the national template's export writes it: codes, yyyyMMdd, yyyyMM, 1/0. */
    static String[] cells(StudentData d, int grade, int classNumber, int schoolYear) {
        String[] c = new String[HEADERS.length];
        c[0] = d.name();
        c[1] = d.sex().code();
        c[2] = d.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        c[3] = d.birthPlace();
        c[4] = d.nativePlace();
        c[5] = d.ethnicityCode();
        c[6] = d.nationality();
        c[7] = code(d.idType());
        c[8] = d.idNumber();
        c[9] = d.householdAddress();
        c[10] = code(d.householdType());
        c[11] = d.currentAddress();
        // entered grade 1 of this nine-year school in September
        c[12] = (schoolYear - (grade - 1)) + "09";
        c[13] = code(d.entryWay());
        c[14] = code(d.studyMode());
        c[15] = flag(d.onlyChild());
        c[16] = flag(d.preschool());
        c[17] = code(d.leftBehind());
        c[18] = flag(d.migrant());
        c[19] = flag(d.orphan());
        c[20] = flag(d.martyrChild());
        c[21] = flag(d.inclusion());
        c[22] = code(d.disability());
        c[23] = String.valueOf(grade);
        c[24] = classNumber == BenchDistrict.NO_CLASS ? "" : String.valueOf(classNumber);
        List<Guardian> guardians = d.guardians();
        for (int i = 0; i < Math.min(2, guardians.size()); i++) {
            Guardian g = guardians.get(i);
            c[25 + 4 * i] = g.name();
            c[26 + 4 * i] = g.relation();
            c[27 + 4 * i] = g.phone();
            c[28 + 4 * i] = g.idNumber();
        }
        return c;
    }

    private static String code(CodedValue value) {
        return value == null ? null : value.code();
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    /** Writes {@link #roster} as a CSV file. */
    static Roster writeRoster(BenchDistrict district, List<Person> people, Set<Integer> notStored, Path file)
            throws IOException {
        Roster roster = roster(district, people, notStored);
        try (CsvOut csv = new CsvOut(file)) {
            csv.row(ROSTER_HEADERS);
            for (RosterEntry e : roster.entries()) {
                csv.row(new String[] {e.name(), e.idNumber(), String.valueOf(e.gradeLevel()),
                    e.classNumber() == null ? "" : String.valueOf(e.classNumber())});
            }
        }
        return roster;
    }

    /**
     * The roster of the school as people at school would hand it in: every stored student
     * except {@code missing} ones, some with the wrong class, plus the extras (not recorded).
     */
    static Roster roster(BenchDistrict district, List<Person> people, Set<Integer> notStored) {
        int stored = (int) people.stream().filter(p -> !p.extra() && !notStored.contains(p.row())).count();
        int wanted = district.extras;
        int step = wanted == 0 ? Integer.MAX_VALUE : Math.max(3, stored / wanted);
        List<RosterEntry> entries = new ArrayList<>(people.size());
        int missing = 0;
        int wrongClass = 0;
        int extra = 0;
        int index = 0;
        for (Person p : people) {
            if (p.extra()) {
                entries.add(new RosterEntry(entries.size() + 2, p.name(), p.idNumber(), p.grade(), p.rosterClass(),
                        null));
                extra++;
                continue;
            }
            if (notStored.contains(p.row())) {
                continue;
            }
            int k = index++ % step;
            if (k == 0 && missing < wanted) {
                missing++;
                continue;
            }
            Integer classNumber = p.rosterClass();
            // a student with an ID number and a class, so that the ID matches and the class shows as different
            if (k == step / 2 && wrongClass < wanted && p.idNumber() != null && classNumber != null) {
                classNumber = classNumber + 1;
                wrongClass++;
            }
            entries.add(new RosterEntry(entries.size() + 2, p.name(), p.idNumber(), p.grade(), classNumber, null));
        }
        return new Roster(entries, missing, extra, wrongClass);
    }

    private interface SheetOut extends AutoCloseable {
        void row(String[] cells);

        @Override
        void close() throws IOException;
    }

    /** CSV as Excel reads it (platform-documents: UTF-8 with BOM, RFC 4180, CRLF). */
    private static final class CsvOut implements SheetOut {
        private final CsvWriter csv;

        CsvOut(Path file) throws IOException {
            csv = new CsvWriter(Files.newOutputStream(file));
        }

        @Override
        public void row(String[] cells) {
            csv.row(Arrays.asList(cells));
        }

        @Override
        public void close() {
            csv.close();
        }
    }

    /**
     * An .xlsx (platform-documents, every cell text): with a shared strings table as Excel and
     * WPS save files, or inline strings as this system's export writes them.
     */
    private static final class XlsxOut implements SheetOut {
        private final OutputStream out;
        private final XlsxWriter xlsx;
        private final XlsxWriter.Sheet sheet;

        XlsxOut(Path file, boolean shared) throws IOException {
            out = Files.newOutputStream(file);
            xlsx = new XlsxWriter(out, shared);
            sheet = xlsx.sheet("学生基础信息");
        }

        @Override
        public void row(String[] cells) {
            sheet.row(Arrays.asList(cells));
        }

        @Override
        public void close() throws IOException {
            try {
                xlsx.close();
            } finally {
                out.close();
            }
        }
    }
}

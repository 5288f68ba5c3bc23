package org.xueji.enrollment.service.internal.excel;

import java.util.Locale;
import java.util.regex.Pattern;
import org.xueji.enrollment.api.RosterEntry;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.InvalidIdentityException;

/**
 * Reads the rows of a 人籍一致 roster (the students actually at school): 姓名 and 年级 are
 * required, 身份证件号 and 班级 are used when present. A number shaped like a resident ID
 * is checked and canonicalised; other document numbers are kept as written.
 */
public final class RosterRowParser {

    public static final Column NAME = NationalTemplate.NAME;
    public static final Column ID_NUMBER = NationalTemplate.ID_NUMBER;
    public static final Column GRADE = NationalTemplate.GRADE;
    public static final Column CLASS = NationalTemplate.CLASS;

    /** The columns a roster is read with. */
    public static final ColumnSet COLUMNS = ColumnSet.builder()
            .required(NAME).optional(ID_NUMBER).required(GRADE).optional(CLASS).build();

    /** 15 or 18 characters of digits (and a final X): meant as a resident ID number. */
    private static final Pattern RESIDENT_ID_SHAPE = Pattern.compile("\\d{15}|\\d{17}[\\dX]");

    public ParsedRosterRow parse(SheetRow row) {
        RowIssues issues = new RowIssues(row.number(), row.issues());
        RowCells cells = new RowCells(row, issues);
        String name = cells.required(NAME);
        String idNumber = idNumber(cells, issues);
        Integer grade = cells.grade(GRADE);
        Integer classNumber = cells.classNumber(CLASS, grade, GRADE);
        RosterEntry entry = issues.isEmpty() ? new RosterEntry(row.number(), name, idNumber, grade, classNumber, null)
                : null;
        return new ParsedRosterRow(row.number(), entry, issues.list());
    }

    private static String idNumber(RowCells cells, RowIssues issues) {
        String id = cells.idNumber(ID_NUMBER);
        if (id == null || !RESIDENT_ID_SHAPE.matcher(id).matches()) {
            return id;
        }
        try {
            return ChineseIdNumber.parse(id).value();
        } catch (InvalidIdentityException e) {
            issues.add(ID_NUMBER.header(), e.message(Locale.SIMPLIFIED_CHINESE));
            return null;
        }
    }
}

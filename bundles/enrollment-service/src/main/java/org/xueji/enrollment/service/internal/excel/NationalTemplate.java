package org.xueji.enrollment.service.internal.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xueji.platform.api.release.ReleaseField;

/**
 * The columns of the national 学生基础信息 collection template: headers as exported, the
 * other headers provinces use for the same column, and which columns a file must have.
 * Import finds columns by header in any order; export writes them in this order.
 */
public final class NationalTemplate {

    public static final Column REGISTRY_NUMBER = Column.of("学籍号", CellKind.TEXT, "全国学籍号", "学籍编号");
    public static final Column NAME = Column.of("姓名", CellKind.TEXT, "学生姓名");
    public static final Column SEX = Column.of("性别", CellKind.CODE);
    public static final Column BIRTH_DATE = Column.of("出生日期", CellKind.DATE);
    public static final Column BIRTH_PLACE = Column.of("出生地", CellKind.TEXT);
    public static final Column NATIVE_PLACE = Column.of("籍贯", CellKind.TEXT);
    public static final Column ETHNICITY = Column.of("民族", CellKind.CODE);
    public static final Column NATIONALITY = Column.of("国籍/地区", CellKind.CODE, "国籍", "国籍地区", "国籍(地区)",
            "国别");
    public static final Column ID_TYPE = Column.of("身份证件类型", CellKind.CODE, "证件类型");
    public static final Column ID_NUMBER = Column.of("身份证件号", CellKind.ID_NUMBER, "身份证号", "身份证号码",
            "身份证件号码", "证件号码", "证件号");
    public static final Column HOUSEHOLD_ADDRESS = Column.of("户口所在地", CellKind.TEXT, "户籍所在地", "户口所在地址",
            "户籍地址");
    public static final Column HOUSEHOLD_TYPE = Column.of("户口性质", CellKind.CODE, "户籍性质");
    public static final Column CURRENT_ADDRESS = Column.of("现住址", CellKind.TEXT, "现居住地址", "现住地址", "家庭住址",
            "居住地址");
    public static final Column ENTRY_YEAR_MONTH = Column.of("入学年月", CellKind.YEAR_MONTH, "入学时间", "入学日期");
    public static final Column ENTRY_WAY = Column.of("入学方式", CellKind.CODE);
    public static final Column STUDY_MODE = Column.of("就读方式", CellKind.CODE);
    public static final Column ONLY_CHILD = Column.of("是否独生子女", CellKind.CODE, "独生子女");
    public static final Column PRESCHOOL = Column.of("是否受过学前教育", CellKind.CODE, "受过学前教育", "学前教育",
            "是否接受过学前教育");
    public static final Column LEFT_BEHIND = Column.of("是否留守儿童", CellKind.CODE, "留守儿童", "留守儿童类型");
    public static final Column MIGRANT = Column.of("是否进城务工人员随迁子女", CellKind.CODE, "随迁子女", "是否随迁子女",
            "进城务工人员随迁子女");
    public static final Column ORPHAN = Column.of("是否孤儿", CellKind.CODE, "孤儿");
    public static final Column MARTYR_CHILD = Column.of("是否烈士或优抚子女", CellKind.CODE, "烈士或优抚子女",
            "是否烈士或优抚对象子女");
    public static final Column INCLUSION = Column.of("是否随班就读", CellKind.CODE, "随班就读");
    public static final Column DISABILITY = Column.of("残疾类型", CellKind.CODE, "残疾人类型");
    public static final Column GRADE = Column.of("年级", CellKind.TEXT, "所在年级");
    public static final Column CLASS = Column.of("班级", CellKind.TEXT, "班级名称", "班号", "所在班级");

    /** 家庭成员或监护人 1 and 2. */
    public static final List<GuardianColumns> GUARDIANS = List.of(GuardianColumns.of(1), GuardianColumns.of(2));

    /** The columns an import file is read with; 学籍号 is known (exports carry it) but unused. */
    public static final ColumnSet COLUMNS = columns(false);

    /** The columns of an export: 学籍号 first, then the template. */
    public static final ColumnSet EXPORT_COLUMNS = columns(true);

    /**
     * The field group of each export column (R4): an export writes only the columns of the
     * groups its release approved. The 学籍号 is identity data (a G 学籍号 is "G" + the ID number).
     */
    private static final Map<Column, ReleaseField> GROUPS = groups();

    private static Map<Column, ReleaseField> groups() {
        Map<Column, ReleaseField> m = new java.util.HashMap<>();
        for (Column c : List.of(NAME, SEX, GRADE, CLASS)) {
            m.put(c, ReleaseField.BASIC);
        }
        for (Column c : List.of(REGISTRY_NUMBER, BIRTH_DATE, BIRTH_PLACE, NATIVE_PLACE, ETHNICITY, NATIONALITY, ID_TYPE,
                ID_NUMBER)) {
            m.put(c, ReleaseField.IDENTITY);
        }
        for (Column c : List.of(HOUSEHOLD_ADDRESS, HOUSEHOLD_TYPE, CURRENT_ADDRESS)) {
            m.put(c, ReleaseField.ADDRESS);
        }
        for (Column c : List.of(ENTRY_YEAR_MONTH, ENTRY_WAY, STUDY_MODE)) {
            m.put(c, ReleaseField.ENROLMENT);
        }
        for (Column c : List.of(ONLY_CHILD, PRESCHOOL, LEFT_BEHIND, MIGRANT, ORPHAN, MARTYR_CHILD, INCLUSION,
                DISABILITY)) {
            m.put(c, ReleaseField.SPECIAL);
        }
        GUARDIANS.forEach(g -> g.all().forEach(c -> m.put(c, ReleaseField.GUARDIANS)));
        return Map.copyOf(m);
    }

    /** The field group of an export column; every column has one. */
    public static ReleaseField fieldGroup(Column column) {
        ReleaseField group = GROUPS.get(column);
        if (group == null) {
            throw new IllegalArgumentException("no field group for column " + column.header());
        }
        return group;
    }

    /** The export columns of the given field groups, in the template's order. */
    public static ColumnSet exportColumns(Set<ReleaseField> fields) {
        return EXPORT_COLUMNS.only(c -> fields.contains(fieldGroup(c)));
    }

    private static final Pattern GUARDIAN_FIELD = Pattern.compile("guardians\\[(\\d+)]\\.(\\w+)");

    private NationalTemplate() {
    }

    /** The four columns of one family member or guardian. */
    public record GuardianColumns(Column name, Column relation, Column phone, Column idNumber) {

        static GuardianColumns of(int n) {
            String numeral = n == 1 ? "一" : "二";
            return new GuardianColumns(
                    column("监护人" + n + "姓名", CellKind.TEXT, n, numeral, "姓名"),
                    column("监护人" + n + "关系", CellKind.TEXT, n, numeral, "关系", "与学生关系", "与本人关系"),
                    column("监护人" + n + "联系电话", CellKind.PHONE, n, numeral, "联系电话", "电话", "手机号码", "手机号",
                            "联系方式"),
                    column("监护人" + n + "身份证件号", CellKind.ID_NUMBER, n, numeral, "身份证件号", "身份证号",
                            "身份证号码", "身份证件号码", "证件号码"));
        }

        /** The header and every prefix × number × wording of the same column. */
        private static Column column(String header, CellKind kind, int n, String numeral, String... wordings) {
            List<String> aliases = new ArrayList<>();
            for (String prefix : List.of("监护人", "家庭成员或监护人", "家庭成员")) {
                for (String number : List.of(String.valueOf(n), numeral)) {
                    for (String wording : wordings) {
                        String alias = prefix + number + wording;
                        if (!alias.equals(header)) {
                            aliases.add(alias);
                        }
                    }
                }
            }
            return new Column(header, kind, aliases);
        }

        List<Column> all() {
            return List.of(name, relation, phone, idNumber);
        }
    }

    private static ColumnSet columns(boolean withRegistryNumber) {
        ColumnSet.Builder builder = ColumnSet.builder();
        if (withRegistryNumber) {
            builder.optional(REGISTRY_NUMBER);
        }
        builder.required(NAME, SEX, BIRTH_DATE)
                .optional(BIRTH_PLACE, NATIVE_PLACE)
                .required(ETHNICITY, NATIONALITY, ID_TYPE, ID_NUMBER, HOUSEHOLD_ADDRESS, HOUSEHOLD_TYPE,
                        CURRENT_ADDRESS, ENTRY_YEAR_MONTH, ENTRY_WAY, STUDY_MODE)
                .optional(ONLY_CHILD, PRESCHOOL, LEFT_BEHIND, MIGRANT, ORPHAN, MARTYR_CHILD, INCLUSION, DISABILITY)
                .required(GRADE, CLASS);
        GuardianColumns first = GUARDIANS.get(0);
        builder.required(first.name(), first.relation(), first.phone()).optional(first.idNumber());
        builder.optional(GUARDIANS.get(1).all().toArray(Column[]::new));
        if (!withRegistryNumber) {
            builder.optional(REGISTRY_NUMBER); // recognised when an export is read back
        }
        return builder.build();
    }

    private static final Map<String, Column> BY_FIELD = Map.ofEntries(
            Map.entry("name", NAME), Map.entry("sex", SEX), Map.entry("birthDate", BIRTH_DATE),
            Map.entry("idType", ID_TYPE), Map.entry("idNumber", ID_NUMBER), Map.entry("birthPlace", BIRTH_PLACE),
            Map.entry("nativePlace", NATIVE_PLACE), Map.entry("ethnicityCode", ETHNICITY),
            Map.entry("nationality", NATIONALITY), Map.entry("householdAddress", HOUSEHOLD_ADDRESS),
            Map.entry("householdType", HOUSEHOLD_TYPE), Map.entry("currentAddress", CURRENT_ADDRESS),
            Map.entry("entryYearMonth", ENTRY_YEAR_MONTH), Map.entry("entryWay", ENTRY_WAY),
            Map.entry("studyMode", STUDY_MODE), Map.entry("onlyChild", ONLY_CHILD), Map.entry("preschool", PRESCHOOL),
            Map.entry("leftBehind", LEFT_BEHIND), Map.entry("migrant", MIGRANT), Map.entry("orphan", ORPHAN),
            Map.entry("martyrChild", MARTYR_CHILD), Map.entry("inclusion", INCLUSION),
            Map.entry("disability", DISABILITY), Map.entry("classId", CLASS),
            Map.entry("guardians", GUARDIANS.get(0).name()));

    /**
     * The column of a {@link org.xueji.registry.api.StudentData} field as named in a
     * {@link org.xueji.platform.api.FieldError} ({@code "birthDate"}, {@code "guardians[1].phone"}),
     * or null (schoolId). {@code guardianSlots} maps the record's guardian index to the
     * template's guardian (1 or 2 minus one), as an empty first guardian shifts the list.
     */
    static Column columnOfField(String field, List<Integer> guardianSlots) {
        Matcher m = GUARDIAN_FIELD.matcher(field);
        if (!m.matches()) {
            return BY_FIELD.get(field);
        }
        int index = Integer.parseInt(m.group(1));
        int slot = index < guardianSlots.size() ? guardianSlots.get(index) : Math.min(index, GUARDIANS.size() - 1);
        GuardianColumns guardian = GUARDIANS.get(slot);
        return switch (m.group(2)) {
            case "name" -> guardian.name();
            case "relation" -> guardian.relation();
            case "phone" -> guardian.phone();
            case "idNumber" -> guardian.idNumber();
            default -> guardian.name();
        };
    }
}

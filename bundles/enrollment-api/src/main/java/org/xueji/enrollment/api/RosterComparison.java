package org.xueji.enrollment.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.xueji.platform.api.identity.ChineseIdNumber;

/**
 * The 人籍一致 check of one school (R18): the students actually at school (the roster, uploaded
 * or ticked class by class) against the school's records. Pure and in memory; hash maps only,
 * so 100,000 rows against 100,000 records take well under a second.
 *
 * <h2>Matching</h2>
 * Each record matches at most one roster row and each row at most one record. The steps run
 * in this order, each over what the earlier steps left unmatched:
 * <ol>
 *   <li><b>Ticked presence:</b> a row whose {@code studentId} names one of the records matches
 *       that record. A row ticking a record already ticked by an earlier row is a duplicate
 *       (see below). A {@code studentId} that names none of the records is ignored and the row
 *       goes through the other steps.</li>
 *   <li><b>ID number:</b> equal after normalisation (spaces removed, NFKC so full-width digits
 *       and letters become ASCII, upper-case {@code X}, a legacy 15-digit number upgraded to
 *       18 characters as {@link ChineseIdNumber} does). When two unmatched records carry the
 *       same ID number, neither is chosen at this step.</li>
 *   <li><b>Name, grade and class:</b> name (trimmed) and grade and class all equal (grade and
 *       class present on both sides).</li>
 *   <li><b>Name and grade:</b> name and grade equal (the class may differ: a class mismatch).</li>
 *   <li><b>Name only:</b> name equal (a grade mismatch).</li>
 * </ol>
 * At steps 3 to 5 a key (e.g. 张伟 in grade 5, class 2) matches only when exactly one
 * unmatched row and exactly one unmatched record have it. When the name is ambiguous (two
 * rows or two records with the key), nobody is guessed at that step: they are left for the
 * next step and, if still ambiguous, end up in the two lists. At steps 4 and 5 (name without
 * class) a row and a record whose ID numbers are both present and different are not matched
 * either: they are most likely two people who share a name (one left, one arrived), and
 * reporting them as 人在籍不在 and 籍在人不在 is the honest answer. At step 3 (same name, grade
 * and class) they do match, with an {@code idNumber} finding, since a mistyped ID number is
 * the likelier explanation there.
 *
 * <h2>Findings</h2>
 * <ul>
 *   <li>Matched pairs: one {@link DiscrepancyKind#FIELD_MISMATCH} per differing field:
 *       {@value #NAME} (trimmed names, when the row has one), {@value #ID_NUMBER} (normalised,
 *       when the row has one and the record's differs or is missing: then registryValue is
 *       null), {@value #GRADE} and {@value #CLASS} (when the row has the value). Values are
 *       text; a missing record value is null.</li>
 *   <li>Unmatched rows: {@link DiscrepancyKind#PERSON_WITHOUT_RECORD}, field null.</li>
 *   <li>Unmatched records: {@link DiscrepancyKind#RECORD_WITHOUT_PERSON}, field null.</li>
 *   <li><b>Duplicate rows:</b> a row with the same (normalised) ID number as an earlier row, or
 *       ticking a record an earlier row already ticked, takes no part in matching and becomes a
 *       {@link DiscrepancyKind#PERSON_WITHOUT_RECORD} with field {@value #DUPLICATE_ROW} and
 *       the earlier row's number as rosterValue, so that a person looks at it. "Earlier" means
 *       rows matched by ticked presence first, then the others in roster order.</li>
 * </ul>
 *
 * <h2>Order</h2>
 * By grade as {@link #GRADE_PRIORITY} orders it (9, 8, 6 first, R18), then class (unknown
 * last), then name (code point order, cheap and stable; no pinyin collation); findings of one student stay together in the order name, idNumber,
 * grade, class. Grade, class and name are the roster row's where present, else the record's.
 */
public final class RosterComparison {

    /** Field of a {@link DiscrepancyKind#FIELD_MISMATCH}: the name. */
    public static final String NAME = "name";
    /** Field of a {@link DiscrepancyKind#FIELD_MISMATCH}: the ID number. */
    public static final String ID_NUMBER = "idNumber";
    /** Field of a {@link DiscrepancyKind#FIELD_MISMATCH}: the grade. */
    public static final String GRADE = "grade";
    /** Field of a {@link DiscrepancyKind#FIELD_MISMATCH}: the class within the grade. */
    public static final String CLASS = "class";
    /**
     * Field of a {@link DiscrepancyKind#PERSON_WITHOUT_RECORD} for a roster row repeating an
     * earlier row's ID number (or tick); rosterValue is the earlier row's number.
     */
    public static final String DUPLICATE_ROW = "duplicateRow";

    /**
     * Grades 9, 8 and 6 first (R18: "especially grade 6 and grades 8 and 9"; grade 9 before
     * 中考), then the other grades ascending, unknown (null) grade last.
     */
    public static final Comparator<Integer> GRADE_PRIORITY = Comparator
            .<Integer>comparingInt(RosterComparison::priorityOf)
            .thenComparing(Comparator.nullsLast(Comparator.<Integer>naturalOrder()));


    private static final int UNMATCHED = -1;

    private RosterComparison() {
    }

    /**
     * The band of a grade in {@link #GRADE_PRIORITY}: 0 for grade 9, 1 for grade 8, 2 for
     * grade 6, 3 for any other grade, 4 for an unknown grade. Within band 3 grades sort
     * ascending.
     */
    public static int priorityOf(Integer grade) {
        if (grade == null) {
            return 4;
        }
        return switch (grade) {
            case 9 -> 0;
            case 8 -> 1;
            case 6 -> 2;
            default -> 3;
        };
    }

    /**
     * Compares who is at school with the school's records (rules in the class comment).
     *
     * @param roster  the students at school; no null elements
     * @param records the school's records; no null elements
     * @return the findings, grades 9, 8, 6 first; empty when person and record agree
     */
    public static List<Finding> compare(List<RosterEntry> roster, List<RegistryEntry> records) {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(records, "records");
        return new Run(List.copyOf(roster), List.copyOf(records)).findings();
    }

    /**
     * An ID number as compared: whitespace (also zero-width) removed, NFKC (full-width to
     * ASCII), upper case, a 15-digit legacy number upgraded to 18 characters. Null when
     * nothing is left. Invalid numbers are kept as normalised text (no exception): the
     * comparison is about equality, validity is checked elsewhere.
     */
    static String normalizeIdNumber(String raw) {
        if (raw == null) {
            return null;
        }
        if (isCanonical(raw)) {
            return raw.length() == ChineseIdNumber.LEGACY_LENGTH && raw.indexOf('X') < 0 ? upgradeLegacy(raw) : raw;
        }
        String s = raw;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                s = Normalizer.normalize(s, Normalizer.Form.NFKC);
                break;
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
                continue;
            }
            out.appendCodePoint(cp >= 'a' && cp <= 'z' ? cp - ('a' - 'A') : cp);
        }
        if (out.isEmpty()) {
            return null;
        }
        String normalized = out.toString();
        return normalized.length() == ChineseIdNumber.LEGACY_LENGTH && allDigits(normalized)
                ? upgradeLegacy(normalized) : normalized;
    }

    /** Fast path: non-empty, only ASCII digits and upper-case X (the usual case, nothing to do). */
    private static boolean isCanonical(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != 'X') {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A legacy 15-digit number as 18 characters: {@code 19} before the year, check character added. */
    private static String upgradeLegacy(String digits15) {
        String first17 = digits15.substring(0, 6) + "19" + digits15.substring(6);
        return first17 + ChineseIdNumber.checkCharacter(first17);
    }

    /** A name as compared: trimmed, null when blank. */
    static String normalizeName(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }

    /** Key of step 3 (equals and hashCode written out: cheaper than the generated ones on a cold JVM). */
    private record NameGradeClass(String name, int grade, int classNumber) {
        @Override
        public boolean equals(Object o) {
            return o instanceof NameGradeClass k && grade == k.grade && classNumber == k.classNumber
                    && name.equals(k.name);
        }

        @Override
        public int hashCode() {
            return (name.hashCode() * 31 + grade) * 31 + classNumber;
        }
    }

    /** Key of step 4. */
    private record NameGrade(String name, int grade) {
        @Override
        public boolean equals(Object o) {
            return o instanceof NameGrade k && grade == k.grade && name.equals(k.name);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + grade;
        }
    }

    /** Candidates of one key: how many, and the index of the first. */
    private static final class Bucket {
        int rows;
        int row;
        int records;
        int record;
    }

    /** One comparison: the state of the matching steps. */
    private static final class Run {
        private final List<RosterEntry> roster;
        private final List<RegistryEntry> records;
        private final String[] rowIds;
        private final String[] rowNames;
        private final String[] recordIds;
        private final String[] recordNames;
        /** record index per row, or UNMATCHED */
        private final int[] rowMatch;
        /** row index per record, or UNMATCHED */
        private final int[] recordMatch;
        /** for duplicate rows: the index of the earlier row; UNMATCHED otherwise */
        private final int[] duplicateOf;

        Run(List<RosterEntry> roster, List<RegistryEntry> records) {
            this.roster = roster;
            this.records = records;
            int n = roster.size();
            int m = records.size();
            rowIds = new String[n];
            rowNames = new String[n];
            for (int i = 0; i < n; i++) {
                RosterEntry r = roster.get(i);
                rowIds[i] = normalizeIdNumber(r.idNumber());
                rowNames[i] = normalizeName(r.name());
            }
            recordIds = new String[m];
            recordNames = new String[m];
            for (int j = 0; j < m; j++) {
                RegistryEntry e = records.get(j);
                recordIds[j] = normalizeIdNumber(e.idNumber());
                recordNames[j] = normalizeName(e.name());
            }
            rowMatch = new int[n];
            recordMatch = new int[m];
            duplicateOf = new int[n];
            Arrays.fill(rowMatch, UNMATCHED);
            Arrays.fill(recordMatch, UNMATCHED);
            Arrays.fill(duplicateOf, UNMATCHED);
        }

        List<Finding> findings() {
            matchTicked();
            markDuplicateIds();
            matchIdNumbers();
            matchByKey(i -> {
                RosterEntry r = roster.get(i);
                return rowNames[i] == null || r.gradeLevel() == null || r.classNumber() == null ? null
                        : new NameGradeClass(rowNames[i], r.gradeLevel(), r.classNumber());
            }, j -> {
                RegistryEntry e = records.get(j);
                return recordNames[j] == null || e.gradeLevel() == null || e.classNumber() == null ? null
                        : new NameGradeClass(recordNames[j], e.gradeLevel(), e.classNumber());
            }, true);
            matchByKey(i -> {
                Integer grade = roster.get(i).gradeLevel();
                return rowNames[i] == null || grade == null ? null : new NameGrade(rowNames[i], grade);
            }, j -> {
                Integer grade = records.get(j).gradeLevel();
                return recordNames[j] == null || grade == null ? null : new NameGrade(recordNames[j], grade);
            }, false);
            matchByKey(i -> rowNames[i], j -> recordNames[j], false);
            return report();
        }

        /** Step 1: ticked presence; a second tick of one record is a duplicate row. */
        private void matchTicked() {
            Map<Long, Integer> recordById = new HashMap<>(records.size() * 2);
            for (int j = 0; j < records.size(); j++) {
                recordById.putIfAbsent(records.get(j).studentId(), j);
            }
            for (int i = 0; i < roster.size(); i++) {
                Long studentId = roster.get(i).studentId();
                Integer j = studentId == null ? null : recordById.get(studentId);
                if (j == null) {
                    continue;
                }
                if (recordMatch[j] == UNMATCHED) {
                    match(i, j);
                } else {
                    duplicateOf[i] = recordMatch[j];
                }
            }
        }

        /** Rows repeating an ID number of an earlier row (ticked rows count first) are duplicates. */
        private void markDuplicateIds() {
            Map<String, Integer> firstRow = new HashMap<>(roster.size() * 2);
            for (int i = 0; i < roster.size(); i++) {
                if (rowMatch[i] != UNMATCHED && rowIds[i] != null) {
                    firstRow.putIfAbsent(rowIds[i], i);
                }
            }
            for (int i = 0; i < roster.size(); i++) {
                if (rowMatch[i] != UNMATCHED || duplicateOf[i] != UNMATCHED || rowIds[i] == null) {
                    continue;
                }
                Integer earlier = firstRow.putIfAbsent(rowIds[i], i);
                if (earlier != null) {
                    duplicateOf[i] = earlier;
                }
            }
        }

        /** Step 2: equal ID numbers; an ID number on two unmatched records is not guessed. */
        private void matchIdNumbers() {
            Map<String, Integer> recordByIdNumber = new HashMap<>(records.size() * 2);
            for (int j = 0; j < records.size(); j++) {
                if (recordMatch[j] == UNMATCHED && recordIds[j] != null) {
                    recordByIdNumber.merge(recordIds[j], j, (a, b) -> UNMATCHED);
                }
            }
            for (int i = 0; i < roster.size(); i++) {
                if (!open(i) || rowIds[i] == null) {
                    continue;
                }
                Integer j = recordByIdNumber.get(rowIds[i]);
                // roster ID numbers are unique among open rows (duplicates marked), so no record is claimed twice
                if (j != null && j != UNMATCHED) {
                    match(i, j);
                }
            }
        }

        /**
         * Steps 3 to 5: a key matches when exactly one open row and one open record have it.
         *
         * @param allowIdConflict whether a pair with two different ID numbers may match
         */
        private void matchByKey(IntFunction<Object> rowKey, IntFunction<Object> recordKey, boolean allowIdConflict) {
            Map<Object, Bucket> buckets = new HashMap<>();
            for (int j = 0; j < records.size(); j++) {
                if (recordMatch[j] != UNMATCHED) {
                    continue;
                }
                Object key = recordKey.apply(j);
                if (key != null) {
                    Bucket b = buckets.computeIfAbsent(key, k -> new Bucket());
                    if (b.records++ == 0) {
                        b.record = j;
                    }
                }
            }
            if (buckets.isEmpty()) {
                return;
            }
            for (int i = 0; i < roster.size(); i++) {
                if (!open(i)) {
                    continue;
                }
                Object key = rowKey.apply(i);
                Bucket b = key == null ? null : buckets.get(key);
                if (b != null && b.rows++ == 0) {
                    b.row = i;
                }
            }
            for (Bucket b : buckets.values()) {
                if (b.rows == 1 && b.records == 1
                        && (allowIdConflict || !idConflict(rowIds[b.row], recordIds[b.record]))) {
                    match(b.row, b.record);
                }
            }
        }

        private boolean open(int row) {
            return rowMatch[row] == UNMATCHED && duplicateOf[row] == UNMATCHED;
        }

        private void match(int row, int record) {
            rowMatch[row] = record;
            recordMatch[record] = row;
        }

        private List<Finding> report() {
            List<Finding> out = new ArrayList<>();
            for (int i = 0; i < roster.size(); i++) {
                RosterEntry r = roster.get(i);
                if (rowMatch[i] != UNMATCHED) {
                    compareFields(i, rowMatch[i], out);
                } else if (duplicateOf[i] != UNMATCHED) {
                    out.add(new Finding(DiscrepancyKind.PERSON_WITHOUT_RECORD, null, r, DUPLICATE_ROW, null,
                            String.valueOf(roster.get(duplicateOf[i]).row())));
                } else {
                    out.add(new Finding(DiscrepancyKind.PERSON_WITHOUT_RECORD, null, r, null, null, null));
                }
            }
            for (int j = 0; j < records.size(); j++) {
                if (recordMatch[j] == UNMATCHED) {
                    out.add(new Finding(DiscrepancyKind.RECORD_WITHOUT_PERSON, records.get(j), null, null, null,
                            null));
                }
            }
            return sorted(out);
        }

        private void compareFields(int i, int j, List<Finding> out) {
            RosterEntry r = roster.get(i);
            RegistryEntry e = records.get(j);
            if (rowNames[i] != null && !rowNames[i].equals(recordNames[j])) {
                out.add(mismatch(e, r, NAME, recordNames[j], rowNames[i]));
            }
            if (rowIds[i] != null && !rowIds[i].equals(recordIds[j])) {
                out.add(mismatch(e, r, ID_NUMBER, recordIds[j], rowIds[i]));
            }
            if (r.gradeLevel() != null && !r.gradeLevel().equals(e.gradeLevel())) {
                out.add(mismatch(e, r, GRADE, text(e.gradeLevel()), text(r.gradeLevel())));
            }
            if (r.classNumber() != null && !r.classNumber().equals(e.classNumber())) {
                out.add(mismatch(e, r, CLASS, text(e.classNumber()), text(r.classNumber())));
            }
        }
    }

    private static boolean idConflict(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    private static Finding mismatch(RegistryEntry e, RosterEntry r, String field, String registryValue,
                                    String rosterValue) {
        return new Finding(DiscrepancyKind.FIELD_MISMATCH, e, r, field, registryValue, rosterValue);
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    /** The report order, with the sort keys computed once per finding rather than per comparison. */
    private static List<Finding> sorted(List<Finding> findings) {
        SortKey[] keys = new SortKey[findings.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = new SortKey(findings.get(k), k);
        }
        Arrays.sort(keys);
        List<Finding> out = new ArrayList<>(keys.length);
        for (SortKey key : keys) {
            out.add(key.finding);
        }
        return out;
    }

    /**
     * Grade band and grade ({@link #GRADE_PRIORITY}), class (unknown last), name (unknown
     * last), then the order of creation: the findings of one student keep the order name,
     * idNumber, grade, class.
     */
    private static final class SortKey implements Comparable<SortKey> {
        final Finding finding;
        final int band;
        final int grade;
        final boolean hasClass;
        final int classNumber;
        final String name;
        final int sequence;

        SortKey(Finding f, int sequence) {
            this.finding = f;
            this.sequence = sequence;
            Integer g = f.gradeLevel();
            band = priorityOf(g);
            grade = g == null ? 0 : g;
            Integer c = f.roster() != null && f.roster().classNumber() != null ? f.roster().classNumber()
                    : f.record() == null ? null : f.record().classNumber();
            hasClass = c != null;
            classNumber = c == null ? 0 : c;
            String n = f.roster() == null ? null : normalizeName(f.roster().name());
            name = n != null || f.record() == null ? n : normalizeName(f.record().name());
        }

        @Override
        public int compareTo(SortKey o) {
            int c = Integer.compare(band, o.band);
            if (c == 0) {
                c = Integer.compare(grade, o.grade);
            }
            if (c == 0) {
                c = Boolean.compare(!hasClass, !o.hasClass);
            }
            if (c == 0) {
                c = Integer.compare(classNumber, o.classNumber);
            }
            if (c == 0) {
                c = name == null ? (o.name == null ? 0 : 1) : o.name == null ? -1 : name.compareTo(o.name);
            }
            return c != 0 ? c : Integer.compare(sequence, o.sequence);
        }
    }
}

package org.xueji.enrollment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.xueji.enrollment.api.DiscrepancyKind.FIELD_MISMATCH;
import static org.xueji.enrollment.api.DiscrepancyKind.PERSON_WITHOUT_RECORD;
import static org.xueji.enrollment.api.DiscrepancyKind.RECORD_WITHOUT_PERSON;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("R18 人籍一致: RosterComparison compares who is at school with the school's records")
class RosterComparisonTest {

    // ---- synthetic data --------------------------------------------------------------------

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** A valid synthetic ID number (GB 11643 check character computed here, independently). */
    static String id(int n) {
        LocalDate birth = LocalDate.of(2010, 1, 1).plusDays(n / 1000);
        String first17 = "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    /** The first synthetic ID number from {@code from} on whose check character is X. */
    static String idEndingInX(int from) {
        for (int n = from; ; n++) {
            if (id(n).endsWith("X")) {
                return id(n);
            }
        }
    }

    static String fullWidth(String s) {
        return s.chars().mapToObj(c -> c >= '!' && c <= '~' ? String.valueOf((char) (c + 0xFEE0))
                : String.valueOf((char) c)).collect(Collectors.joining());
    }

    static RegistryEntry record(long studentId, String name, String idNumber, Integer grade, Integer classNumber) {
        return new RegistryEntry(studentId, "G" + studentId, name, idNumber, grade, classNumber);
    }

    static RosterEntry row(int row, String name, String idNumber, Integer grade, Integer classNumber) {
        return new RosterEntry(row, name, idNumber, grade, classNumber, null);
    }

    static RosterEntry ticked(long studentId, String name, Integer grade, Integer classNumber) {
        return new RosterEntry(0, name, null, grade, classNumber, studentId);
    }

    static ListAssert<Tuple> assertFindings(List<Finding> findings) {
        return assertThat(findings.stream()
                .map(f -> tuple(f.kind(), f.field(), f.registryValue(), f.rosterValue()))
                .toList());
    }

    static List<Finding> compare(List<RosterEntry> roster, List<RegistryEntry> records) {
        return RosterComparison.compare(roster, records);
    }

    // ---- the three lists -------------------------------------------------------------------

    @Test
    @DisplayName("R18: everyone at school has a record with the same data → no findings")
    void everyoneMatches() {
        List<RegistryEntry> records = List.of(
                record(1, "李明", id(1), 9, 1),
                record(2, "王芳", id(2), 8, 2),
                record(3, "赵磊", null, 6, 3));
        List<RosterEntry> roster = List.of(
                row(2, "赵磊", null, 6, 3),
                row(3, " 王芳 ", id(2), 8, 2),
                row(4, "李明", id(1), 9, 1));

        assertThat(compare(roster, records)).isEmpty();
        assertThat(compare(List.of(), List.of())).isEmpty();
    }

    @Test
    @DisplayName("R18 人在籍不在: a person at school without a record")
    void personWithoutRecord() {
        List<RegistryEntry> records = List.of(record(1, "李明", id(1), 7, 1));
        RosterEntry stranger = row(3, "孙悦", id(2), 7, 2);
        List<Finding> findings = compare(List.of(row(2, "李明", id(1), 7, 1), stranger), records);

        assertFindings(findings).containsExactly(tuple(PERSON_WITHOUT_RECORD, null, null, null));
        assertThat(findings.get(0).roster()).isEqualTo(stranger);
        assertThat(findings.get(0).record()).isNull();
        assertThat(findings.get(0).gradeLevel()).isEqualTo(7);
    }

    @Test
    @DisplayName("R18 籍在人不在: a record whose student is not at school")
    void recordWithoutPerson() {
        RegistryEntry absent = record(2, "周敏", id(2), 9, 1);
        List<Finding> findings = compare(List.of(row(2, "李明", id(1), 9, 1)),
                List.of(record(1, "李明", id(1), 9, 1), absent));

        assertFindings(findings).containsExactly(tuple(RECORD_WITHOUT_PERSON, null, null, null));
        assertThat(findings.get(0).record()).isEqualTo(absent);
        assertThat(findings.get(0).roster()).isNull();
        assertThat(findings.get(0).gradeLevel()).isEqualTo(9);
    }

    @Test
    @DisplayName("R18 信息不一致: a student in the wrong class is one class mismatch, not two findings")
    void wrongClass() {
        RegistryEntry rec = record(1, "李明", id(1), 5, 2);
        RosterEntry r = row(2, "李明", id(1), 5, 3);
        List<Finding> findings = compare(List.of(r), List.of(rec));

        assertFindings(findings).containsExactly(tuple(FIELD_MISMATCH, "class", "2", "3"));
        assertThat(findings.get(0).record()).isEqualTo(rec);
        assertThat(findings.get(0).roster()).isEqualTo(r);
    }

    @Test
    @DisplayName("R18 信息不一致: wrong class found by name and grade when there are no ID numbers")
    void wrongClassWithoutIdNumbers() {
        assertFindings(compare(List.of(row(2, "李明", null, 5, 3)), List.of(record(1, "李明", null, 5, 2))))
                .containsExactly(tuple(FIELD_MISMATCH, "class", "2", "3"));
    }

    @Test
    @DisplayName("R18 信息不一致: wrong grade (by ID number, and by a unique name)")
    void wrongGrade() {
        assertFindings(compare(List.of(row(2, "李明", id(1), 8, 1)), List.of(record(1, "李明", id(1), 9, 1))))
                .containsExactly(tuple(FIELD_MISMATCH, "grade", "9", "8"));
        assertFindings(compare(List.of(row(2, "李明", null, 8, 1)), List.of(record(1, "李明", null, 9, 1))))
                .containsExactly(tuple(FIELD_MISMATCH, "grade", "9", "8"));
    }

    @Test
    @DisplayName("R18 信息不一致: a name typo with the same ID number is a name mismatch")
    void nameTypoSameIdNumber() {
        assertFindings(compare(List.of(row(2, "李名", id(1), 4, 1)), List.of(record(1, "李明", id(1), 4, 1))))
                .containsExactly(tuple(FIELD_MISMATCH, "name", "李明", "李名"));
    }

    @Test
    @DisplayName("R18 信息不一致: one finding per differing field, in the order name, idNumber, grade, class")
    void severalFields() {
        List<Finding> findings = compare(List.of(ticked(1, "李名", 4, 2)),
                List.of(record(1, "李明", id(1), 3, 1)));
        assertFindings(findings).containsExactly(
                tuple(FIELD_MISMATCH, "name", "李明", "李名"),
                tuple(FIELD_MISMATCH, "grade", "3", "4"),
                tuple(FIELD_MISMATCH, "class", "1", "2"));
    }

    @Test
    @DisplayName("R18 信息不一致: ID number reported when the record has none or a different one; not when the roster has none")
    void idNumberFindings() {
        assertFindings(compare(List.of(row(2, "李明", id(1), 4, 1)), List.of(record(1, "李明", null, 4, 1))))
                .containsExactly(tuple(FIELD_MISMATCH, "idNumber", null, id(1)));
        assertThat(compare(List.of(row(2, "李明", " ", 4, 1)), List.of(record(1, "李明", id(1), 4, 1)))).isEmpty();
        // same name, grade and class but another ID number: most likely a typo → matched, ID number reported
        assertFindings(compare(List.of(row(2, "李明", id(2), 4, 1)), List.of(record(1, "李明", id(1), 4, 1))))
                .containsExactly(tuple(FIELD_MISMATCH, "idNumber", id(1), id(2)));
    }

    @Test
    @DisplayName("R18: no class or grade on the roster → nothing to compare, no finding")
    void missingRosterValuesAreNotMismatches() {
        assertThat(compare(List.of(row(2, "李明", id(1), null, null)), List.of(record(1, "李明", id(1), 4, 1))))
                .isEmpty();
        assertThat(compare(List.of(row(2, "李明", null, 4, null)), List.of(record(1, "李明", null, 4, 1))))
                .isEmpty();
    }

    // ---- same-name students ----------------------------------------------------------------

    @Nested
    @DisplayName("R18: same-name students are never matched to the wrong record")
    class SameName {

        private final RegistryEntry zhangWei1 = record(1, "张伟", null, 5, 1);
        private final RegistryEntry zhangWei2 = record(2, "张伟", null, 5, 2);

        @Test
        @DisplayName("two 张伟 in different classes, both present → no findings")
        void bothPresent() {
            assertThat(compare(List.of(row(2, "张伟", null, 5, 2), row(3, "张伟", null, 5, 1)),
                    List.of(zhangWei1, zhangWei2))).isEmpty();
        }

        @Test
        @DisplayName("two 张伟 in different classes, one absent → exactly that one is 籍在人不在")
        void oneAbsent() {
            List<Finding> findings = compare(List.of(row(2, "张伟", null, 5, 1)), List.of(zhangWei1, zhangWei2));
            assertFindings(findings).containsExactly(tuple(RECORD_WITHOUT_PERSON, null, null, null));
            assertThat(findings.get(0).record()).isEqualTo(zhangWei2);

            findings = compare(List.of(row(2, "张伟", null, 5, 2)), List.of(zhangWei1, zhangWei2));
            assertThat(findings).singleElement().extracting(Finding::record).isEqualTo(zhangWei1);
        }

        @Test
        @DisplayName("two 张伟 with ID numbers, one absent → the ID number decides")
        void oneAbsentWithIdNumbers() {
            RegistryEntry a = record(1, "张伟", id(1), 5, 1);
            RegistryEntry b = record(2, "张伟", id(2), 5, 1);
            List<Finding> findings = compare(List.of(row(2, "张伟", id(2), 5, 1)), List.of(a, b));
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(RECORD_WITHOUT_PERSON);
                assertThat(f.record()).isEqualTo(a);
            });
        }

        @Test
        @DisplayName("two 张伟 records in the same class, one row without ID number → ambiguous, no guess")
        void ambiguousRecords() {
            RegistryEntry a = record(1, "张伟", null, 5, 2);
            RegistryEntry b = record(2, "张伟", null, 5, 2);
            RosterEntry r = row(2, "张伟", null, 5, 2);
            List<Finding> findings = compare(List.of(r), List.of(a, b));

            assertThat(findings).extracting(Finding::kind)
                    .containsExactly(PERSON_WITHOUT_RECORD, RECORD_WITHOUT_PERSON, RECORD_WITHOUT_PERSON);
            assertThat(findings).filteredOn(f -> f.kind() == RECORD_WITHOUT_PERSON).extracting(Finding::record)
                    .containsExactly(a, b);
            assertThat(findings).noneMatch(f -> f.kind() == FIELD_MISMATCH);
        }

        @Test
        @DisplayName("two 张伟 rows in the same class, one record → ambiguous, no guess")
        void ambiguousRows() {
            List<Finding> findings = compare(List.of(row(2, "张伟", null, 5, 2), row(3, "张伟", null, 5, 2)),
                    List.of(record(1, "张伟", null, 5, 2)));
            assertThat(findings).extracting(Finding::kind)
                    .containsExactlyInAnyOrder(PERSON_WITHOUT_RECORD, PERSON_WITHOUT_RECORD, RECORD_WITHOUT_PERSON);
        }

        @Test
        @DisplayName("ambiguous by class, unique by grade: the other grade's 张伟 is matched, the class pair is not")
        void ambiguityStaysAtItsKey() {
            RegistryEntry grade5a = record(1, "张伟", null, 5, 2);
            RegistryEntry grade5b = record(2, "张伟", null, 5, 2);
            RegistryEntry grade7 = record(3, "张伟", null, 7, 1);
            List<Finding> findings = compare(List.of(row(2, "张伟", null, 5, 2), row(3, "张伟", null, 7, 4)),
                    List.of(grade5a, grade5b, grade7));

            assertThat(findings).filteredOn(f -> f.kind() == FIELD_MISMATCH).singleElement().satisfies(f -> {
                assertThat(f.record()).isEqualTo(grade7);
                assertThat(f.field()).isEqualTo("class");
            });
            assertThat(findings).filteredOn(f -> f.kind() == RECORD_WITHOUT_PERSON).extracting(Finding::record)
                    .containsExactly(grade5a, grade5b);
            assertThat(findings).filteredOn(f -> f.kind() == PERSON_WITHOUT_RECORD).hasSize(1);
        }

        @Test
        @DisplayName("same name, another class and another ID number → two people: 人在籍不在 and 籍在人不在")
        void differentIdNumbersAreDifferentPeople() {
            List<Finding> findings = compare(List.of(row(2, "张伟", id(2), 5, 3)),
                    List.of(record(1, "张伟", id(1), 5, 1)));
            assertThat(findings).extracting(Finding::kind)
                    .containsExactlyInAnyOrder(PERSON_WITHOUT_RECORD, RECORD_WITHOUT_PERSON);

            findings = compare(List.of(row(2, "张伟", id(2), 4, 3)), List.of(record(1, "张伟", id(1), 5, 1)));
            assertThat(findings).extracting(Finding::kind)
                    .containsExactlyInAnyOrder(PERSON_WITHOUT_RECORD, RECORD_WITHOUT_PERSON);
        }

        @Test
        @DisplayName("name only matches when exactly one unmatched record has that name")
        void nameOnlyNeedsOneCandidate() {
            List<Finding> findings = compare(List.of(row(2, "张伟", null, 3, 1)), List.of(zhangWei1, zhangWei2));
            assertThat(findings).extracting(Finding::kind)
                    .containsExactlyInAnyOrder(PERSON_WITHOUT_RECORD, RECORD_WITHOUT_PERSON, RECORD_WITHOUT_PERSON);
        }
    }

    // ---- ID number normalisation -----------------------------------------------------------

    @Test
    @DisplayName("R18: ID numbers with full-width digits, lower-case x or spaces match")
    void idNumberNormalisation() {
        String withX = idEndingInX(10);
        List<RegistryEntry> records = List.of(
                record(1, "李明", id(1), 6, 1),
                record(2, "王芳", withX, 6, 1));
        List<RosterEntry> roster = List.of(
                row(2, "李小明", fullWidth(id(1)), 6, 1),
                row(3, "王小芳", " " + withX.toLowerCase().substring(0, 6) + " " + withX.toLowerCase().substring(6) + "\u3000",
                        6, 1));

        // matched by ID number despite the different names: only name findings, no idNumber finding
        assertFindings(compare(roster, records)).containsExactlyInAnyOrder(
                tuple(FIELD_MISMATCH, "name", "李明", "李小明"),
                tuple(FIELD_MISMATCH, "name", "王芳", "王小芳"));
        assertThat(compare(List.of(row(2, "王芳", fullWidth(withX.toLowerCase()), 6, 1)), records.subList(1, 2)))
                .isEmpty();
    }

    @Test
    @DisplayName("R18: a legacy 15-digit ID number matches its 18-character form")
    void legacyIdNumber() {
        String full = "110105" + "19800101" + "123";
        int[] w = WEIGHTS;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (full.charAt(i) - '0') * w[i];
        }
        String id18 = full + CHECK.charAt(sum % 11);
        String id15 = "110105" + "800101" + "123";
        assertThat(compare(List.of(row(2, "李明", id15, 9, 1)), List.of(record(1, "李明", id18, 9, 1)))).isEmpty();
        assertThat(RosterComparison.normalizeIdNumber(id15)).isEqualTo(id18);
    }

    @Test
    @DisplayName("R18: an ID number on two records is not guessed; name, grade and class decide")
    void duplicateIdNumberAmongRecords() {
        RegistryEntry a = record(1, "李明", id(1), 5, 1);
        RegistryEntry b = record(2, "王芳", id(1), 5, 2);
        List<Finding> findings = compare(List.of(row(2, "王芳", id(1), 5, 2)), List.of(a, b));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(RECORD_WITHOUT_PERSON);
            assertThat(f.record()).isEqualTo(a);
        });
    }

    // ---- ticked presence -------------------------------------------------------------------

    @Test
    @DisplayName("R18: presence ticked by studentId matches that record directly")
    void tickedPresence() {
        RegistryEntry a = record(1, "张伟", id(1), 5, 1);
        RegistryEntry b = record(2, "张伟", id(2), 5, 1);
        // ticked without ID number among two same-name students in one class: the tick decides
        assertFindings(compare(List.of(ticked(2, "张伟", 5, 1)), List.of(a, b)))
                .containsExactly(tuple(RECORD_WITHOUT_PERSON, null, null, null));
        assertThat(compare(List.of(ticked(2, "张伟", 5, 1)), List.of(a, b)).get(0).record()).isEqualTo(a);
        // ticked in another class: a class mismatch
        assertFindings(compare(List.of(ticked(1, "张伟", 5, 3), ticked(2, "张伟", 5, 1)), List.of(a, b)))
                .containsExactly(tuple(FIELD_MISMATCH, "class", "1", "3"));
    }

    @Test
    @DisplayName("R18: the tick wins over an ID number; a studentId of no record falls back to the other rules")
    void tickPrecedence() {
        RegistryEntry a = record(1, "李明", id(1), 5, 1);
        RegistryEntry b = record(2, "王芳", id(2), 5, 1);
        // row ticks record 2 but carries record 1's ID number: record 2 is matched, ID number reported
        assertFindings(compare(List.of(new RosterEntry(0, "王芳", id(1), 5, 1, 2L)), List.of(a, b)))
                .containsExactlyInAnyOrder(
                        tuple(FIELD_MISMATCH, "idNumber", id(2), id(1)),
                        tuple(RECORD_WITHOUT_PERSON, null, null, null));
        // unknown studentId: matched by ID number
        assertThat(compare(List.of(new RosterEntry(0, "李明", id(1), 5, 1, 99L)), List.of(a))).isEmpty();
    }

    // ---- duplicates in the roster ----------------------------------------------------------

    @Test
    @DisplayName("R18: a roster row repeating an earlier row's ID number is 人在籍不在 with field duplicateRow")
    void duplicateIdNumberInRoster() {
        RosterEntry first = row(2, "李明", id(1), 5, 1);
        RosterEntry again = row(7, "李明", fullWidth(id(1)), 5, 1);
        List<Finding> findings = compare(List.of(first, again), List.of(record(1, "李明", id(1), 5, 1)));

        assertFindings(findings).containsExactly(tuple(PERSON_WITHOUT_RECORD, "duplicateRow", null, "2"));
        assertThat(findings.get(0).roster()).isEqualTo(again);
        assertThat(RosterComparison.DUPLICATE_ROW).isEqualTo("duplicateRow");
    }

    @Test
    @DisplayName("R18: against a ticked row, the uploaded or hand-added row with the same ID number is the duplicate")
    void duplicateOfTickedRow() {
        RosterEntry extra = row(0, "李明", id(1), 5, 1);
        RosterEntry tick = new RosterEntry(0, "李明", id(1), 5, 1, 1L);
        List<Finding> findings = compare(List.of(extra, tick), List.of(record(1, "李明", id(1), 5, 1)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(PERSON_WITHOUT_RECORD);
            assertThat(f.field()).isEqualTo("duplicateRow");
            assertThat(f.roster()).isSameAs(extra);
        });
    }

    @Test
    @DisplayName("R18: the same record ticked twice → the second tick is a duplicate row")
    void tickedTwice() {
        RosterEntry second = ticked(1, "李明", 5, 1);
        List<Finding> findings = compare(List.of(ticked(1, "李明", 5, 1), second),
                List.of(record(1, "李明", id(1), 5, 1)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("duplicateRow");
            assertThat(f.roster()).isSameAs(second);
        });
    }

    // ---- order -----------------------------------------------------------------------------

    @Test
    @DisplayName("R18: findings of grades 9, 8 and 6 first, then the other grades, unknown grade last")
    void gradesNineEightSixFirst() {
        List<RegistryEntry> records = new ArrayList<>();
        long id = 1;
        for (Integer grade : Arrays.asList(null, 1, 2, 3, 4, 5, 6, 7, 8, 9)) {
            records.add(record(id++, "学生" + id, null, grade, 1));
        }
        List<Finding> findings = compare(List.of(), records);
        assertThat(findings).extracting(Finding::gradeLevel).containsExactly(9, 8, 6, 1, 2, 3, 4, 5, 7, null);
    }

    @Test
    @DisplayName("R18: within a grade by class (unknown last), then name (code point order); roster grade before record grade")
    void orderWithinGrade() {
        List<RegistryEntry> records = List.of(
                record(1, "乙", null, 9, 2),
                record(2, "甲", null, 9, 2),
                record(3, "丙", null, 9, null),
                record(4, "丁", null, 9, 1));
        List<RosterEntry> roster = List.of(
                row(2, "戊", null, 8, 1),
                row(3, "己", null, 9, 3));
        List<Finding> findings = compare(roster, records);
        assertThat(findings).extracting(f -> f.roster() != null ? f.roster().name() : f.record().name())
                .containsExactly("丁", "乙", "甲", "己", "丙", "戊"); // names in code point order: 乙 U+4E59 < 甲 U+7532
    }

    @Test
    @DisplayName("R18: GRADE_PRIORITY and priorityOf for reuse")
    void gradePriority() {
        List<Integer> grades = new ArrayList<>(Arrays.asList(1, null, 9, 12, 6, 3, 8, 7, 2, 0));
        grades.sort(RosterComparison.GRADE_PRIORITY);
        assertThat(grades).containsExactly(9, 8, 6, 0, 1, 2, 3, 7, 12, null);
        assertThat(RosterComparison.priorityOf(9)).isLessThan(RosterComparison.priorityOf(8));
        assertThat(RosterComparison.priorityOf(8)).isLessThan(RosterComparison.priorityOf(6));
        assertThat(RosterComparison.priorityOf(6)).isLessThan(RosterComparison.priorityOf(1));
        assertThat(RosterComparison.priorityOf(1)).isEqualTo(RosterComparison.priorityOf(7));
        assertThat(RosterComparison.priorityOf(7)).isLessThan(RosterComparison.priorityOf(null));
    }

    // ---- size ------------------------------------------------------------------------------

    @Test
    @DisplayName("R18: a whole school of 100,000 roster rows against 100,000 records (hash maps, no timing asserted)")
    void hundredThousandRows() {
        int n = 100_000;
        List<RegistryEntry> records = new ArrayList<>(n);
        List<RosterEntry> roster = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int grade = 1 + i % 9;
            int classNumber = 1 + (i / 9) % 20;
            String name = "学生" + i;
            records.add(record(i + 1, name, i % 3 == 0 ? null : id(i), grade, classNumber));
            if (i % 1000 == 0) {
                continue; // 100 records without a person
            }
            if (i % 4 == 0) {
                roster.add(ticked(i + 1, name, grade, classNumber));
            } else if (i % 4 == 1) {
                roster.add(row(i + 2, name, i % 3 == 0 ? null : fullWidth(id(i)), grade, classNumber));
            } else if (i % 1000 == 2) {
                roster.add(row(i + 2, name, null, grade, classNumber % 20 + 1)); // 100 class mismatches
            } else {
                roster.add(row(i + 2, name, i % 3 == 0 ? null : id(i), grade, classNumber));
            }
        }
        for (int i = 0; i < 100; i++) {
            roster.add(row(n + 2 + i, "新生" + i, id(n + i), 7, 1)); // 100 people without a record
        }

        List<Finding> findings = compare(roster, records);

        assertThat(findings).filteredOn(f -> f.kind() == RECORD_WITHOUT_PERSON).hasSize(100);
        assertThat(findings).filteredOn(f -> f.kind() == PERSON_WITHOUT_RECORD).hasSize(100);
        assertThat(findings).filteredOn(f -> f.kind() == FIELD_MISMATCH).hasSize(100)
                .allMatch(f -> f.field().equals("class"));
        assertThat(findings.get(0).gradeLevel()).isEqualTo(9);
    }
}

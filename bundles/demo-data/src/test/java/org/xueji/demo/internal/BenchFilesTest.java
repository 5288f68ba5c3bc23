package org.xueji.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueji.demo.DemoDistrictGenerator;
import org.xueji.demo.internal.BenchDistrict.Person;
import org.xueji.demo.internal.BenchFiles.Roster;
import org.xueji.enrollment.api.RosterEntry;

/**
 * The bench's roster holds the deliberate differences it reports (the figures it prints compare
 * the check's findings with them), and its import rows fill the template's columns.
 */
class BenchFilesTest {

    private static final int ROWS = 3000;
    private static final int DIFFERENCES = 30;

    private final BenchDistrict district = new BenchDistrict(new DemoDistrictGenerator(3, 2026, 0), ROWS,
            DIFFERENCES, 2026);

    private List<Person> people() {
        List<Person> people = new ArrayList<>();
        district.forEach((person, data) -> people.add(person));
        return people;
    }

    @Test
    void theRosterMissesAddsAndMovesAsManyStudentsAsItSays() {
        List<Person> people = people();
        assertThat(people.stream().filter(p -> !p.extra())).hasSize(ROWS);

        Roster roster = BenchFiles.roster(district, people, Set.of());

        assertThat(roster.missing()).isEqualTo(DIFFERENCES);
        assertThat(roster.extra()).isEqualTo(DIFFERENCES);
        // a wrong class only where the student has an ID number and a class (not a starting grade's intake)
        Map<String, Person> byId = new HashMap<>();
        people.stream().filter(p -> p.idNumber() != null).forEach(p -> byId.put(p.idNumber(), p));
        long moved = roster.entries().stream().filter(e -> e.idNumber() != null
                && !Objects.equals(e.classNumber(), byId.get(e.idNumber()).rosterClass())).count();
        assertThat(roster.wrongClass()).isPositive().isLessThanOrEqualTo(DIFFERENCES).isEqualTo((int) moved);
        assertThat(roster.entries()).hasSize(ROWS - DIFFERENCES + DIFFERENCES);
        // the extras are exactly the people never imported
        List<String> extras = people.stream().filter(Person::extra).map(Person::idNumber).toList();
        assertThat(roster.entries()).extracting(RosterEntry::idNumber).containsAll(extras);
    }

    @Test
    void aStudentNotStoredIsLeftOutOfTheRosterWithoutCountingAsMissing() {
        List<Person> people = people();
        Person notStored = people.stream().filter(p -> !p.extra()).findFirst().orElseThrow();

        Roster roster = BenchFiles.roster(district, people, Set.of(notStored.row()));

        assertThat(roster.entries()).extracting(RosterEntry::idNumber).doesNotContain(notStored.idNumber());
        assertThat(roster.missing()).isEqualTo(DIFFERENCES);
        assertThat(roster.entries()).hasSize(ROWS - 1 - DIFFERENCES + DIFFERENCES);
    }

    @Test
    void anImportRowFillsTheTemplatesColumnsAndAStartingGradeHasNoClass() {
        List<String[]> firstGrade = new ArrayList<>();
        district.forEach((person, data) -> {
            if (person.grade() == 1 && firstGrade.isEmpty()) {
                firstGrade.add(BenchFiles.cells(data, person.grade(), person.classNumber(), district.schoolYear));
            }
        });
        String[] row = firstGrade.get(0);

        assertThat(row).hasSize(BenchFiles.HEADERS.length);
        assertThat(row[0]).isNotBlank();
        assertThat(row[12]).isEqualTo("202609");
        assertThat(row[23]).isEqualTo("1");
        // R14/R15: a starting grade's intake is imported without a class
        assertThat(row[24]).isEmpty();
    }
}

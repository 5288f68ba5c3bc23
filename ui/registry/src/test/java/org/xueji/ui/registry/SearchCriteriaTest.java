package org.xueji.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentQuery.SortField;

class SearchCriteriaTest {

    @Test
    void readsQueryParameters() {
        SearchCriteria c = SearchCriteria.fromParameters(Map.of(
                "name", List.of(" 张 "), "idNumber", List.of("110101201503041231"), "school", List.of("3"),
                "grade", List.of("7"), "class", List.of("12"), "other", List.of("x")));

        // R1 (issue 16): an ID number in the address is not read (links must not carry it)
        assertThat(c).isEqualTo(new SearchCriteria("张", null, null, 3L, 7, 12L));
    }

    @Test
    void r1_idNumbersAndRegistryNumbersNeverGoIntoTheAddress() {
        SearchCriteria c = new SearchCriteria("张", "110101201503041231", "G110101201503041231", 3L, null, null);

        assertThat(c.toParameters()).containsOnlyKeys("name", "school");
        assertThat(c.toParameters().values().toString()).doesNotContain("110101201503041231");
        assertThat(SearchCriteria.fromParameters(Map.of("registryNumber", List.of("G110101201503041231")))
                .isEmpty()).isTrue();
        // the view keeps them beside the address
        assertThat(SearchCriteria.fromParameters(c.toParameters()).withIdentifiersOf(c)).isEqualTo(c);
    }

    @Test
    void ignoresUnreadableNumbers() {
        SearchCriteria c = SearchCriteria.fromParameters(Map.of("school", List.of("abc"), "grade", List.of("13"),
                "registryNumber", List.of("  ")));

        assertThat(c.isEmpty()).isTrue();
        assertThat(SearchCriteria.fromParameters(null)).isEqualTo(SearchCriteria.NONE);
    }

    @Test
    void writesOnlyGivenCriteriaInFormOrder() {
        SearchCriteria c = new SearchCriteria("张", "", null, 3L, null, 12L);

        assertThat(c.toParameters()).containsExactly(Map.entry("name", List.of("张")),
                Map.entry("school", List.of("3")), Map.entry("class", List.of("12")));
        assertThat(SearchCriteria.fromParameters(c.toParameters())).isEqualTo(c);
    }

    @Test
    void becomesAServiceQuery() {
        StudentQuery q = new SearchCriteria("张", null, "G110101201503041231", 3L, 7, null)
                .toQuery(SortField.BIRTH_DATE, true);

        assertThat(q).isEqualTo(new StudentQuery("张", null, "G110101201503041231", 3L, 7, null,
                SortField.BIRTH_DATE, true));
    }

    @Test
    void gridSortOrdersMapToServiceSortFields() {
        SearchCriteria c = new SearchCriteria("张", null, null, null, null, null);

        assertThat(StudentSorts.apply(c, List.of()).sortField()).isEqualTo(SortField.NAME);
        StudentQuery q = StudentSorts.apply(c, List.of(new StudentSorts.Order("sex", false),
                new StudentSorts.Order(StudentSorts.REGISTRY_NUMBER, true)));
        assertThat(q.sortField()).isEqualTo(SortField.REGISTRY_NUMBER);
        assertThat(q.descending()).isTrue();
        assertThat(q.name()).isEqualTo("张");
        assertThat(StudentSorts.field(StudentSorts.SCHOOL)).isEqualTo(SortField.SCHOOL);
        assertThat(StudentSorts.field(StudentSorts.CLASS)).isEqualTo(SortField.CLASS);
        assertThat(StudentSorts.field(StudentSorts.BIRTH_DATE)).isEqualTo(SortField.BIRTH_DATE);
        assertThat(StudentSorts.field("idNumber")).isNull();
    }
}

package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.SchoolRoleHolders;
import org.xueji.registry.api.School;

class SchoolRoleRowTest {

    private static Account account(String username, String name, Role role, long school, boolean enabled) {
        return new Account(username.hashCode(), username, name, role, school, Set.of(), enabled, false, false, null,
                null, 0, null, null);
    }

    private static School school(long id, String code, String name) {
        return new School(id, code, name, null, "城关镇", List.of(), false, null, null);
    }

    @Test
    void joinsEverySchoolWithItsHolders() {
        // R6: each school names a leader in charge and registrars
        List<School> schools = List.of(school(2, "S002", "第二小学"), school(1, "S001", "第一小学"),
                school(3, "S003", "第三中学"));
        List<SchoolRoleHolders> holders = List.of(
                new SchoolRoleHolders(1, List.of(account("leader1", "李分管", Role.SCHOOL_LEADER, 1, true)),
                        List.of(account("registrar1", "王学籍", Role.SCHOOL_REGISTRAR, 1, true)),
                        List.of(account("principal1", "赵校长", Role.PRINCIPAL, 1, true))),
                new SchoolRoleHolders(2, List.of(),
                        List.of(account("registrar2", "钱学籍", Role.SCHOOL_REGISTRAR, 2, true)), List.of()));
        List<SchoolRoleRow> rows = SchoolRoleRow.join(schools, holders);
        assertThat(rows).extracting(SchoolRoleRow::schoolName).containsExactly("第一小学", "第二小学", "第三中学");
        assertThat(rows.get(0).complete()).isTrue();
        assertThat(rows.get(1).missingLeader()).isTrue();
        assertThat(rows.get(1).missingRegistrar()).isFalse();
        assertThat(rows.get(2).missingLeader()).isTrue();
        assertThat(rows.get(2).missingRegistrar()).isTrue();
        assertThat(SchoolRoleRow.incomplete(rows)).extracting(SchoolRoleRow::schoolId).containsExactly(2L, 3L);
    }

    @Test
    void disabledHoldersDoNotCount() {
        SchoolRoleRow row = new SchoolRoleRow(1, "S001", "第一小学",
                List.of(account("leader1", "李分管", Role.SCHOOL_LEADER, 1, true)),
                List.of(account("registrar1", "王学籍", Role.SCHOOL_REGISTRAR, 1, false)), List.of());
        assertThat(row.missingRegistrar()).isTrue();
        assertThat(row.complete()).isFalse();
    }

    @Test
    void holdersOfUnlistedSchoolsStillGetARow() {
        List<SchoolRoleRow> rows = SchoolRoleRow.join(List.of(), List.of(new SchoolRoleHolders(9, List.of(),
                List.of(), List.of())));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.schoolName()).isEqualTo("#9");
            assertThat(r.code()).isNull();
            assertThat(r.complete()).isFalse();
        });
    }

    @Test
    void namesShowNameUserNameAndDisabledMark() {
        assertThat(SchoolRoleRow.names(List.of(account("registrar1", "王学籍", Role.SCHOOL_REGISTRAR, 1, true),
                account("old", null, Role.SCHOOL_REGISTRAR, 1, false)), "停用"))
                .isEqualTo("王学籍（registrar1）、old（old，停用）");
        assertThat(SchoolRoleRow.names(List.of(), "停用")).isEmpty();
    }
}

package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.security.AreaScope;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.platform.api.security.SecurityMessages;

/**
 * 乡镇/村干部 accounts are scoped to their towns and villages (R22, R25), hold no school and see no
 * school's records; only the district assigns areas, audited.
 */
class AccountAreasTest {

    private static final Actor SYSTEM = Actor.system("test");
    private static final Actor DISTRICT_ADMIN = Actor.of("qu.admin", "区管理员", Role.DISTRICT_ADMIN, null, null,
            "10.0.0.1");
    private static final Actor REGISTRAR = Actor.of("xiao.reg", "学籍员", Role.SCHOOL_REGISTRAR, 7L, null,
            "10.0.0.2");

    private SecurityTestStore store;
    private AccountServiceImpl accounts;
    private AccountAreasImpl areas;

    @BeforeEach
    void setUp() throws Exception {
        store = new SecurityTestStore();
        accounts = store.accountService();
        areas = new AccountAreasImpl(store.emf, store.audit);
        create("cun.wang", Role.VILLAGE_OFFICIAL, null, null);
        create("t.li", Role.TEACHER, 7L, Set.of(70L));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void create(String username, Role role, Long school, Set<Long> classes) {
        accounts.createAccount(SYSTEM, new NewAccount(username, "测试 " + username, role, school, classes, null,
                "Start-2025-xj".toCharArray(), false));
    }

    private static Actor official() {
        return Actor.of("cun.wang", "王村干部", Role.VILLAGE_OFFICIAL, 7L, Set.of(70L), "10.0.0.3");
    }

    @Test
    void r22_villageOfficialHoldsNoSchoolAndIsNotDistrictWide() {
        Actor official = official();
        assertThat(official.schoolId()).as("a school given for an area role is dropped").isNull();
        assertThat(official.isDistrictWide()).isFalse();
        assertThat(official.isAreaScoped()).isTrue();
        assertThat(official.canSee(7L, 70L)).isFalse();
        assertThatThrownBy(() -> official.requireSchool(7L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> official.requireSchool(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void r22_villageOfficialSeesExactlyTheAssignedTownsAndVillages() throws Exception {
        assertThat(areas.areasOf(official()).isEmpty()).as("nothing assigned yet").isTrue();

        areas.assignAreas(DISTRICT_ADMIN, "cun.wang",
                new AreaScope(false, Set.of(" 城关镇 "), Set.of("河口镇/东村")));

        AreaScope scope = areas.areasOf(official());
        assertThat(scope.towns()).containsExactly("城关镇");
        assertThat(scope.villages()).containsExactly("河口镇/东村");
        assertThat(scope.covers("城关镇", "任何村")).isTrue();
        assertThat(scope.covers("城关镇", null)).isTrue();
        assertThat(scope.covers("河口镇", "东村")).isTrue();
        assertThat(scope.covers("河口镇", "西村")).isFalse();
        assertThat(scope.covers("河口镇", null)).as("a village official does not hold the whole town").isFalse();
        assertThat(scope.covers("石门乡", "东村")).isFalse();
        assertThat(scope.touchesTown("河口镇")).isTrue();
        assertThat(store.actions()).contains("account.areas");
    }

    @Test
    void r22_otherAccountsGetTheirOwnKindOfScope() {
        assertThat(areas.areasOf(DISTRICT_ADMIN)).isEqualTo(AreaScope.DISTRICT);
        assertThat(areas.areasOf(REGISTRAR)).isEqualTo(AreaScope.NONE);
        assertThat(areas.areasOf(REGISTRAR).covers("城关镇", "东村")).isFalse();
    }

    @Test
    void r22_disabledOfficialHasNoArea() {
        areas.assignAreas(DISTRICT_ADMIN, "cun.wang", new AreaScope(false, Set.of("城关镇"), Set.of()));
        accounts.setEnabled(SYSTEM, "cun.wang", false);
        assertThat(areas.areasOf(official())).isEqualTo(AreaScope.NONE);
    }

    @Test
    void r1_onlyTheDistrictAssignsAreas() throws Exception {
        AreaScope town = new AreaScope(false, Set.of("城关镇"), Set.of());
        assertThatThrownBy(() -> areas.assignAreas(REGISTRAR, "cun.wang", town))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.assignAreas(official(), "cun.wang", town))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.assignedAreas(REGISTRAR, "cun.wang"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(areas.areasOf(official()).isEmpty()).isTrue();
        assertThat(store.actions()).doesNotContain("account.areas");
    }

    @Test
    void areasAreRefusedForSchoolAccountsAndBadNames() {
        assertRefused("t.li", new AreaScope(false, Set.of("城关镇"), Set.of()),
                SecurityMessages.AREAS_ONLY_FOR_AREA_ROLE);
        assertRefused("cun.wang", new AreaScope(false, Set.of(), Set.of()), SecurityMessages.AREAS_REQUIRED);
        assertRefused("cun.wang", new AreaScope(false, Set.of("城关/镇"), Set.of()),
                SecurityMessages.AREA_NAME_INVALID);
        assertRefused("cun.wang", new AreaScope(false, Set.of(), Set.of("东村")), SecurityMessages.VILLAGE_NEEDS_TOWN);
        assertRefused("cun.wang", new AreaScope(false, Set.of("x".repeat(61)), Set.of()),
                SecurityMessages.AREA_NAME_INVALID);
        assertThat(areas.assignedAreas(DISTRICT_ADMIN, "cun.wang").isEmpty()).as("nothing stored").isTrue();
    }

    @Test
    void schoolAdministratorCannotCreateAnAreaAccount() {
        Actor schoolAdmin = new Actor("xz", "校管理员", Role.PRINCIPAL, 7L, Set.of(),
                Set.of(org.xueji.platform.api.Permission.MANAGE_ACCOUNTS), "10.0.0.4");
        assertThatThrownBy(() -> accounts.createAccount(schoolAdmin, new NewAccount("cun.zhao", "赵", Role.VILLAGE_OFFICIAL,
                7L, null, null, "Start-2025-xj".toCharArray(), false))).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(String username, AreaScope scope, SecurityMessages expected) {
        assertThatThrownBy(() -> areas.assignAreas(DISTRICT_ADMIN, username, scope))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> assertThat(f.messageKey()).isEqualTo(expected)));
    }
}

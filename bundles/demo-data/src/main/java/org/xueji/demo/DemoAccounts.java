package org.xueji.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;

/**
 * The demo district's accounts (demo only: they skip the first-login password change;
 * real accounts do not). All share the password {@link #PASSWORD}, printed in README.
 *
 * <p>Issue 16 (R1): they exist only in a database that holds the generated demo district and
 * nothing else. A school that the generator did not make (by code and name) means real data:
 * then no demo account is created and the existing ones are disabled.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "Xueji-demo-2026";

    /**
     * What {@link #ensure} did.
     *
     * @param created        demo accounts created now
     * @param disabled       demo accounts disabled now because the database holds other schools
     * @param foreignSchools schools that are not part of the demo district (0 in a demo database)
     */
    public record Outcome(List<String> created, List<String> disabled, int foreignSchools) {
    }

    /**
     * The schools that the demo generator did not make: a school is a demo school when a school
     * of {@code demoDistrict} has its code and its name.
     */
    public static List<School> foreignSchools(List<School> schools, List<DemoSchool> demoDistrict) {
        Map<String, String> demo = new HashMap<>();
        demoDistrict.forEach(d -> demo.put(d.data().code(), d.data().name()));
        return schools.stream().filter(s -> s.code() == null || !s.name().equals(demo.get(s.code()))).toList();
    }

    /**
     * Creates the demo accounts that do not exist yet, only when every school of the database
     * belongs to {@code demoDistrict} (the district the demo loader generates with the configured
     * seed and size); otherwise creates none and disables the demo accounts that exist.
     */
    public static Outcome ensure(AccountService accounts, SchoolService schools, Actor system,
                                 List<DemoSchool> demoDistrict) {
        return ensure(accounts, null, schools, system, demoDistrict);
    }

    /**
     * {@link #ensure(AccountService, SchoolService, Actor, List)}, and with {@code areas} also a
     * 乡镇/村干部 account {@code official1} holding the town of the first school (R22).
     */
    public static Outcome ensure(AccountService accounts, org.xueji.platform.api.security.AccountAreas areas,
                                 SchoolService schools, Actor system, List<DemoSchool> demoDistrict) {
        List<School> bySchoolCode = schools.listSchools(system);
        List<School> foreign = foreignSchools(bySchoolCode, demoDistrict);
        List<Account> all = accounts.listAccounts(system);
        if (!foreign.isEmpty()) {
            List<String> disabled = new ArrayList<>();
            for (Account a : all) {
                if (a.demo() && a.enabled()) {
                    accounts.setEnabled(system, a.username(), false);
                    disabled.add(a.username());
                }
            }
            return new Outcome(List.of(), disabled, foreign.size());
        }
        Set<String> existing = all.stream().map(Account::username).collect(Collectors.toSet());
        List<NewAccount> wanted = new ArrayList<>();
        wanted.add(account("district-admin", "区学籍管理员（演示）", Role.DISTRICT_ADMIN, null, Set.of()));
        wanted.add(account("district-leader", "区教育局领导（演示）", Role.DISTRICT_LEADER, null, Set.of()));
        wanted.add(account("auditor", "审计员（演示）", Role.AUDITOR, null, Set.of()));
        for (int i = 0; i < Math.min(2, bySchoolCode.size()); i++) {
            School school = bySchoolCode.get(i);
            int n = i + 1;
            Set<Long> firstClass = schools.listClasses(system, school.id()).stream().limit(1).map(SchoolClass::id)
                    .collect(Collectors.toSet());
            wanted.add(account("principal" + n, school.name() + "校长（演示）", Role.PRINCIPAL, school.id(), Set.of()));
            wanted.add(account("leader" + n, school.name() + "分管领导（演示）", Role.SCHOOL_LEADER, school.id(), Set.of()));
            wanted.add(account("registrar" + n, school.name() + "学籍管理员（演示）", Role.SCHOOL_REGISTRAR, school.id(),
                    Set.of()));
            if (!firstClass.isEmpty()) {
                // a head teacher needs a class (a tiny demo district may have schools without one)
                wanted.add(account("headteacher" + n, school.name() + "班主任（演示）", Role.HEAD_TEACHER, school.id(),
                        firstClass));
            }
        }
        String officialTown = bySchoolCode.isEmpty() ? null : bySchoolCode.get(0).town();
        if (areas != null && officialTown != null && !officialTown.isBlank()) {
            wanted.add(account("official1", officialTown + "干部（演示）", Role.VILLAGE_OFFICIAL, null, Set.of()));
        }
        List<String> created = new ArrayList<>();
        for (NewAccount a : wanted) {
            if (!existing.contains(a.username())) {
                accounts.createAccount(system, a);
                created.add(a.username());
                if (a.role() == Role.VILLAGE_OFFICIAL) {
                    areas.assignAreas(system, a.username(), new org.xueji.platform.api.security.AreaScope(false,
                            Set.of(officialTown), Set.of()));
                }
            }
        }
        return new Outcome(created, List.of(), 0);
    }

    private static NewAccount account(String username, String name, Role role, Long schoolId, Set<Long> classIds) {
        return new NewAccount(username, name, role, schoolId, classIds, null, PASSWORD.toCharArray(), true);
    }

    private DemoAccounts() {
    }
}

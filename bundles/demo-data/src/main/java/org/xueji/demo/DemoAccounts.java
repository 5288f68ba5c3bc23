package org.xueji.demo;

import java.util.ArrayList;
import java.util.List;
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
 */
public final class DemoAccounts {

    public static final String PASSWORD = "Xueji-demo-2026";

    /** Creates the accounts that do not exist yet; returns the names created. */
    public static List<String> ensure(AccountService accounts, SchoolService schools, Actor system) {
        Set<String> existing = accounts.listAccounts(system).stream().map(Account::username)
                .collect(Collectors.toSet());
        List<School> bySchoolCode = schools.listSchools(system);
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
        List<String> created = new ArrayList<>();
        for (NewAccount a : wanted) {
            if (!existing.contains(a.username())) {
                accounts.createAccount(system, a);
                created.add(a.username());
            }
        }
        return created;
    }

    private static NewAccount account(String username, String name, Role role, Long schoolId, Set<Long> classIds) {
        return new NewAccount(username, name, role, schoolId, classIds, null, PASSWORD.toCharArray(), true);
    }

    private DemoAccounts() {
    }
}

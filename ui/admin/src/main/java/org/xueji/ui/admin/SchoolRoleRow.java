package org.xueji.ui.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.SchoolRoleHolders;
import org.xueji.registry.api.School;

/**
 * R6: one school with its leader in charge (分管领导), registrars (学籍管理员) and principal.
 * Only enabled accounts hold a role: a school whose only registrar is disabled lacks one.
 *
 * @param code  the school's code, or {@code null} when the school list is not available
 */
public record SchoolRoleRow(long schoolId, String code, String schoolName, List<Account> leaders,
                            List<Account> registrars, List<Account> principals) {

    public SchoolRoleRow {
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
        registrars = registrars == null ? List.of() : List.copyOf(registrars);
        principals = principals == null ? List.of() : List.copyOf(principals);
    }

    public boolean missingLeader() {
        return leaders.stream().noneMatch(Account::enabled);
    }

    public boolean missingRegistrar() {
        return registrars.stream().noneMatch(Account::enabled);
    }

    public boolean complete() {
        return !missingLeader() && !missingRegistrar();
    }

    /**
     * Every school of the list, with its holders (none when the service lists none); holders of
     * schools not in the list (the school service being unavailable) still get a row named by id.
     * Sorted by code, then name.
     */
    public static List<SchoolRoleRow> join(List<School> schools, List<SchoolRoleHolders> holders) {
        Map<Long, SchoolRoleHolders> byId = new HashMap<>();
        for (SchoolRoleHolders h : holders == null ? List.<SchoolRoleHolders>of() : holders) {
            byId.put(h.schoolId(), h);
        }
        List<SchoolRoleRow> rows = new ArrayList<>();
        for (School s : schools == null ? List.<School>of() : schools) {
            SchoolRoleHolders h = byId.remove(s.id());
            rows.add(h == null ? new SchoolRoleRow(s.id(), s.code(), s.name(), List.of(), List.of(), List.of())
                    : new SchoolRoleRow(s.id(), s.code(), s.name(), h.leadersInCharge(), h.registrars(),
                    h.principals()));
        }
        byId.values().forEach(h -> rows.add(new SchoolRoleRow(h.schoolId(), null, "#" + h.schoolId(),
                h.leadersInCharge(), h.registrars(), h.principals())));
        rows.sort(Comparator.comparing(SchoolRoleRow::code, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SchoolRoleRow::schoolName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(SchoolRoleRow::schoolId));
        return rows;
    }

    /** The schools lacking a leader in charge or a registrar. */
    public static List<SchoolRoleRow> incomplete(List<SchoolRoleRow> rows) {
        return rows.stream().filter(r -> !r.complete()).toList();
    }

    /** {@code 张三（zhangsan）、李四（lisi，已停用）}. */
    public static String names(List<Account> accounts, String disabledMark) {
        return accounts.stream()
                .map(a -> (a.displayName() == null || a.displayName().isBlank() ? a.username() : a.displayName())
                        + "（" + a.username() + (a.enabled() ? "" : "，" + disabledMark) + "）")
                .collect(Collectors.joining("、"));
    }
}

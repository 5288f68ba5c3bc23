package org.xueji.enrollment.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One day's escalation of a school's grade-9 cases before the 中考 (R18, issue 15), sent to
 * the principal and the registrar named here (account names) and to the district.
 *
 * @param withoutRecord grade-9 students at school without a valid record (unresolved 人在籍不在)
 * @param notConfirmed  grade-9 records whose student is not confirmed present in the autumn registration
 * @param principals    the school's principals' accounts
 * @param registrars    the school's registrars' accounts
 */
public record Grade9Escalation(long schoolId, LocalDate day, LocalDate zhongkaoDate, int withoutRecord,
                               int notConfirmed, List<String> principals, List<String> registrars) {

    public Grade9Escalation {
        principals = List.copyOf(principals);
        registrars = List.copyOf(registrars);
    }

    public int cases() {
        return withoutRecord + notConfirmed;
    }
}

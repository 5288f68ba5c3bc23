package org.xueji.platform.api.security;

import java.util.List;

/** R6: who holds the registry roles of a school. */
public record SchoolRoleHolders(long schoolId, List<Account> leadersInCharge, List<Account> registrars,
                                List<Account> principals) {

    /** A school must name a leader in charge (分管领导) and at least one registrar. */
    public boolean complete() {
        return !leadersInCharge.isEmpty() && !registrars.isEmpty();
    }
}

package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.security.Account;

class AccountRowsTest {

    private static final Instant NOW = Instant.parse("2026-03-15T08:00:00Z");

    private static Account account(Instant lockedUntil) {
        return new Account(1, "registrar1", "王学籍", Role.SCHOOL_REGISTRAR, 1L, Set.of(), true, false, false, null,
                lockedUntil, 5, null, "13800000000");
    }

    @Test
    void lockedOnlyUntilTheLockEnds() {
        // R2: lockout after repeated failures, for a while
        assertThat(AccountRows.locked(account(NOW.plusSeconds(60)), NOW)).isTrue();
        assertThat(AccountRows.locked(account(NOW.minusSeconds(1)), NOW)).isFalse();
        assertThat(AccountRows.locked(account(null), NOW)).isFalse();
    }

    @Test
    void filterMatchesUserNameNameRoleSchoolAndPhone() {
        Account a = account(null);
        assertThat(AccountRows.matches(a, "第一小学", null)).isTrue();
        assertThat(AccountRows.matches(a, "第一小学", "  ")).isTrue();
        assertThat(AccountRows.matches(a, "第一小学", "REGISTRAR1")).isTrue();
        assertThat(AccountRows.matches(a, "第一小学", "王")).isTrue();
        assertThat(AccountRows.matches(a, "第一小学", "学籍管理员")).isTrue();
        assertThat(AccountRows.matches(a, "第一小学", "一小")).isTrue();
        assertThat(AccountRows.matches(a, "第一小学", "13800")).isTrue();
        assertThat(AccountRows.matches(a, "第一小学", "校长")).isFalse();
        assertThat(AccountRows.matches(a, null, "第二")).isFalse();
    }
}

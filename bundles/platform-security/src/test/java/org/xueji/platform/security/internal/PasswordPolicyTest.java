package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.security.SecurityMessages;
import org.xueji.platform.security.internal.PasswordPolicy.Refusal;

/** R2: password policy of the district (defaults of org.xueji.security). */
class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.defaults();

    private List<SecurityMessages> refusals(String username, String candidate) {
        return policy.check(username, candidate.toCharArray()).stream().map(Refusal::key).toList();
    }

    @Test
    void r2AcceptsAGoodPassword() {
        assertThat(refusals("zhangsan", "Xueji-2025!")).isEmpty();
        assertThat(refusals("zhangsan", "学籍-Xueji-2025")).isEmpty();
    }

    @Test
    void r2TooShort() {
        assertThat(refusals("zhangsan", "Ab1!xyz")).containsExactly(SecurityMessages.PASSWORD_TOO_SHORT);
        assertThat(refusals("zhangsan", "Ab1!xyzuvw")).isEmpty(); // exactly 10
        assertThat(policy.check("u", "short".toCharArray()).get(0).args()).containsExactly(10);
    }

    @Test
    void r2TooFewCharacterClasses() {
        assertThat(refusals("zhangsan", "abcdefghijkl")).containsExactly(SecurityMessages.PASSWORD_CHARACTER_CLASSES);
        assertThat(refusals("zhangsan", "abcdefgh1234")).containsExactly(SecurityMessages.PASSWORD_CHARACTER_CLASSES);
        assertThat(refusals("zhangsan", "abcdefgh123!")).isEmpty();
        assertThat(refusals("zhangsan", "ABCDEFGH123a")).isEmpty();
        // Chinese characters count as "other"
        assertThat(refusals("zhangsan", "学籍管理abcd1234")).isEmpty();
        assertThat(PasswordPolicy.characterClasses("aA1!".toCharArray())).isEqualTo(4);
    }

    @Test
    void r2EqualsOrContainsTheUsername() {
        assertThat(refusals("wang.li", "Wang.Li")).contains(SecurityMessages.PASSWORD_IS_USERNAME);
        assertThat(refusals("wang.li", "WANG.LI-2025x")).containsExactly(SecurityMessages.PASSWORD_IS_USERNAME);
        assertThat(refusals("wang.li", "x2025-wang.li!")).containsExactly(SecurityMessages.PASSWORD_IS_USERNAME);
        assertThat(refusals("wang.li", "Wang-Li-2025!")).isEmpty();
    }

    @Test
    void r2ReuseOfTheLastFivePasswordsIsRefusedTheSixthLastIsAllowed() {
        PasswordHasher hasher = new PasswordHasher();
        List<String> recent = new ArrayList<>(); // newest first, the current one first
        for (int i = 1; i <= 6; i++) {
            recent.add(hasher.hash(("Old-Password-" + i).toCharArray()));
        }
        for (int i = 1; i <= 5; i++) {
            assertThat(policy.check("zhangsan", ("Old-Password-" + i).toCharArray(), recent, hasher))
                    .extracting(Refusal::key).as("%d-last password", i).containsExactly(SecurityMessages.PASSWORD_REUSED);
        }
        assertThat(policy.check("zhangsan", "Old-Password-6".toCharArray(), recent, hasher)).isEmpty();
        assertThat(policy.check("zhangsan", "New-Password-7".toCharArray(), recent, hasher)).isEmpty();
    }

    @Test
    void r2ExpiresAfter90Days() {
        Instant changed = Instant.parse("2025-03-01T08:00:00Z");
        assertThat(policy.isExpired(changed, changed.plus(Duration.ofDays(89)))).isFalse();
        assertThat(policy.isExpired(changed, changed.plus(Duration.ofDays(90)))).isFalse();
        assertThat(policy.isExpired(changed, changed.plus(Duration.ofDays(91)))).isTrue();
        assertThat(policy.expiresAt(changed)).isEqualTo(changed.plus(Duration.ofDays(90)));
    }

    @Test
    void r2LocksAfterFiveFailuresForFifteenMinutes() {
        Instant now = Instant.parse("2025-03-01T08:00:00Z");
        assertThat(policy.lockedUntilAfter(4, now)).isEmpty();
        assertThat(policy.lockedUntilAfter(5, now)).contains(now.plus(Duration.ofMinutes(15)));
        assertThat(policy.lockedUntilAfter(6, now)).contains(now.plus(Duration.ofMinutes(15)));
    }

    @Test
    void thresholdsComeFromTheConfiguration() {
        PasswordPolicy strict = new PasswordPolicy(14, 4, 10, 30, 3, 60);
        assertThat(strict.check("u", "Abcdefgh1234!".toCharArray())).extracting(Refusal::key)
                .containsExactly(SecurityMessages.PASSWORD_TOO_SHORT);
        assertThat(strict.check("u", "Abcdefgh12345x".toCharArray())).extracting(Refusal::key)
                .containsExactly(SecurityMessages.PASSWORD_CHARACTER_CLASSES);
        Instant now = Instant.parse("2025-03-01T08:00:00Z");
        assertThat(strict.lockedUntilAfter(3, now)).contains(now.plus(Duration.ofMinutes(60)));
        assertThat(strict.isExpired(now, now.plus(Duration.ofDays(31)))).isTrue();
    }
}

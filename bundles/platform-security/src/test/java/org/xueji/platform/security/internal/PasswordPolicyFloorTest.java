package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R2: configuration can make the password policy stricter, never weaker than the floor. */
class PasswordPolicyFloorTest {

    private static SecurityConfig config(Map<String, Integer> values) {
        return (SecurityConfig) Proxy.newProxyInstance(SecurityConfig.class.getClassLoader(),
                new Class<?>[] {SecurityConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return SecurityConfig.class;
                    }
                    return values.getOrDefault(method.getName(), (Integer) method.getDefaultValue());
                });
    }

    @Test
    void r2_aWeakenedConfigurationIsHeldToTheFloor() {
        PasswordPolicy policy = PasswordPolicy.of(config(Map.of("minLength", 4, "minCharacterClasses", 1,
                "historySize", 0, "expiryDays", 3650, "maxFailedLogins", 100, "lockoutMinutes", 1)));

        assertThat(policy.minLength()).isEqualTo(8);
        assertThat(policy.minCharacterClasses()).isEqualTo(3);
        assertThat(policy.historySize()).isEqualTo(3);
        assertThat(policy.expiryDays()).isEqualTo(180);
        assertThat(policy.maxFailedLogins()).isEqualTo(10);
        assertThat(policy.lockoutMinutes()).isEqualTo(5);
        // a 4-character, one-class password is still refused
        assertThat(policy.check("zhangsan", "abcd".toCharArray())).isNotEmpty();
    }

    @Test
    void r2_aStricterConfigurationIsObeyed() {
        PasswordPolicy policy = PasswordPolicy.of(config(Map.of("minLength", 14, "minCharacterClasses", 4,
                "historySize", 12, "expiryDays", 60, "maxFailedLogins", 3, "lockoutMinutes", 60)));

        assertThat(policy.minLength()).isEqualTo(14);
        assertThat(policy.minCharacterClasses()).isEqualTo(4);
        assertThat(policy.historySize()).isEqualTo(12);
        assertThat(policy.expiryDays()).isEqualTo(60);
        assertThat(policy.maxFailedLogins()).isEqualTo(3);
        assertThat(policy.lockoutMinutes()).isEqualTo(60);
    }

    @Test
    void r2_theDefaultsAreAboveTheFloor() {
        PasswordPolicy policy = PasswordPolicy.of(config(Map.of()));
        assertThat(policy.minLength()).isEqualTo(10);
        assertThat(policy.minCharacterClasses()).isEqualTo(3);
        assertThat(policy.historySize()).isEqualTo(5);
        assertThat(policy.expiryDays()).isEqualTo(90);
        assertThat(policy.maxFailedLogins()).isEqualTo(5);
        assertThat(policy.lockoutMinutes()).isEqualTo(15);
    }
}

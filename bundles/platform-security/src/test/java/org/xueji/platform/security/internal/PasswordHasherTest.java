package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** R2: passwords are stored only as salted, slow PBKDF2-HMAC-SHA256 hashes. */
class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("Xueji-2025!".toCharArray());
        assertThat(hasher.verify("Xueji-2025!".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("xueji-2025!".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify(null, stored)).isFalse();
    }

    @Test
    void storedFormNamesAlgorithmIterationsSaltAndHash() {
        String stored = hasher.hash("密码Pass-123".toCharArray());
        assertThat(stored).matches("pbkdf2-sha256\\$310000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(PasswordHasher.iterationsOf(stored)).isGreaterThanOrEqualTo(310_000);
        assertThat(hasher.verify("密码Pass-123".toCharArray(), stored)).isTrue();
    }

    @Test
    void saltsDiffer() {
        String a = hasher.hash("Same-Password-1".toCharArray());
        String b = hasher.hash("Same-Password-1".toCharArray());
        assertThat(a).isNotEqualTo(b);
        assertThat(a.split("\\$")[2]).isNotEqualTo(b.split("\\$")[2]);
    }

    @Test
    void iterationCountIsReadFromTheStoredValue() {
        PasswordHasher stronger = new PasswordHasher(320_000);
        String old = hasher.hash("Raise-Me-Later-1".toCharArray());
        // a hasher configured with more iterations still verifies hashes made with fewer …
        assertThat(stronger.verify("Raise-Me-Later-1".toCharArray(), old)).isTrue();
        // … and says they should be upgraded
        assertThat(stronger.needsRehash(old)).isTrue();
        String upgraded = stronger.hash("Raise-Me-Later-1".toCharArray());
        assertThat(PasswordHasher.iterationsOf(upgraded)).isEqualTo(320_000);
        assertThat(stronger.needsRehash(upgraded)).isFalse();
        assertThat(hasher.verify("Raise-Me-Later-1".toCharArray(), upgraded)).isTrue();
    }

    @Test
    void refusesFewerThan310000Iterations() {
        assertThatThrownBy(() -> new PasswordHasher(100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "md5$310000$AAAA$AAAA")).isFalse();
        assertThat(PasswordHasher.iterationsOf("garbage")).isEqualTo(-1);
    }
}

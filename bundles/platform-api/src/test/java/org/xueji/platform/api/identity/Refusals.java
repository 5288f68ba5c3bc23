package org.xueji.platform.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: runs a call that must be refused and returns the exception. */
final class Refusals {

    private Refusals() {
    }

    static InvalidIdentityException refused(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidIdentityException.class);
        return (InvalidIdentityException) thrown;
    }

    /** Asserts the call is refused with exactly this key and these arguments. */
    static InvalidIdentityException refusedWith(ThrowingCallable call, IdentityMessages key, Object... args) {
        InvalidIdentityException e = refused(call);
        assertThat(e.messageKey()).isEqualTo(key);
        assertThat(e.args()).containsExactly(args);
        return e;
    }

    /** The 17 digits followed by their correct check character. */
    static String withCheck(String first17) {
        return first17 + ChineseIdNumber.checkCharacter(first17);
    }
}

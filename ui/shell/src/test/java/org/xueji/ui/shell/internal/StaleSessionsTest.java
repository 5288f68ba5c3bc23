package org.xueji.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.PlatformMessages;

/** R2 across nodes (issue 13): which refusals end the console session on this node. */
class StaleSessionsTest {

    @Test
    void r2_aRefusedActorWhoseSessionEndedEndsTheSessionHere() {
        assertThat(StaleSessions.endedElsewhere(new AccessDeniedException(PlatformMessages.SESSION_ENDED))).isTrue();
    }

    @Test
    void r1_otherRefusalsOnlyShowTheirMessage() {
        assertThat(StaleSessions.endedElsewhere(new AccessDeniedException(PlatformMessages.OTHER_SCHOOL))).isFalse();
        assertThat(StaleSessions.endedElsewhere(new DomainException(PlatformMessages.SESSION_ENDED))).isFalse();
        assertThat(StaleSessions.endedElsewhere(null)).isFalse();
    }
}

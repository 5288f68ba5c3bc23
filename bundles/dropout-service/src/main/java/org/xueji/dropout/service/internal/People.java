package org.xueji.dropout.service.internal;

import java.util.Optional;
import org.xueji.platform.api.Actor;

/** Looks up the account a responsible person or a surveying teacher is named by (R22). */
@FunctionalInterface
public interface People {

    Optional<Actor> actorOf(String username);
}

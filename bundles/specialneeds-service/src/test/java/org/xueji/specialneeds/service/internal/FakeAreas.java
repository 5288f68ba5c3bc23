package org.xueji.specialneeds.service.internal;

import java.util.function.Function;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.security.AreaScope;

/** The areas of the test's accounts, given by a function (the real service is platform-security's). */
final class FakeAreas implements AccountAreas {

    private final Function<Actor, AreaScope> areas;

    FakeAreas(Function<Actor, AreaScope> areas) {
        this.areas = areas;
    }

    @Override
    public AreaScope areasOf(Actor actor) {
        return areas.apply(actor);
    }

    @Override
    public AreaScope assignedAreas(Actor admin, String username) {
        throw new UnsupportedOperationException("not used by the module");
    }

    @Override
    public void assignAreas(Actor admin, String username, AreaScope scope) {
        throw new UnsupportedOperationException("not used by the module");
    }
}

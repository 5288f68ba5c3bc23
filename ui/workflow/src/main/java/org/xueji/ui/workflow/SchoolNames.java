package org.xueji.ui.workflow;

import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;

/** School names the actor may see, when the registry is installed (the inbox works without it). */
final class SchoolNames {

    private SchoolNames() {
    }

    static Map<Long, String> of(Class<?> caller, Actor actor) {
        try {
            org.xueji.registry.api.SchoolService schools =
                    UiContext.service(caller, org.xueji.registry.api.SchoolService.class);
            return schools.listSchools(actor).stream().collect(Collectors.toMap(
                    org.xueji.registry.api.School::id, org.xueji.registry.api.School::name, (a, b) -> a));
        } catch (ModuleUnavailableException | DomainException | NoClassDefFoundError e) {
            return Map.of();
        }
    }
}

package org.xueji.ui.kit.school;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;

/** The schools in an actor's scope, as the module views show them in filters and name columns. */
public final class SchoolsInScope {

    private SchoolsInScope() {
    }

    /** The actor's schools, or none while the registry is being upgraded (the view still opens). */
    public static List<School> of(Class<?> caller, Actor actor) {
        try {
            return UiContext.service(caller, SchoolService.class).listSchools(actor);
        } catch (ModuleUnavailableException | DomainException e) {
            return List.of();
        }
    }

    /** School id → name. */
    public static Map<Long, String> names(List<School> schools) {
        return schools.stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
    }
}

package org.xueji.dropout.service.internal;

import java.util.Objects;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.security.AreaScope;

/**
 * What an actor may see of the ledgers: school accounts their school, class accounts (teachers,
 * head teachers) their classes' children and the children they answer for, 乡镇/村干部 the
 * towns and villages AccountAreas gives them, district accounts everything.
 */
public final class Scope {

    public enum Kind { DISTRICT, SCHOOL, CLASS, AREA }

    private final Actor actor;
    private final Kind kind;
    private final AreaScope areas;

    private Scope(Actor actor, Kind kind, AreaScope areas) {
        this.actor = actor;
        this.kind = kind;
        this.areas = areas;
    }

    public static Scope of(Actor actor, AccountAreas accountAreas) {
        if (actor.schoolId() != null) {
            return new Scope(actor, actor.isClassScoped() ? Kind.CLASS : Kind.SCHOOL, AreaScope.NONE);
        }
        AreaScope a = accountAreas.areasOf(actor);
        return a.all() ? new Scope(actor, Kind.DISTRICT, a) : new Scope(actor, Kind.AREA, a);
    }

    public Kind kind() {
        return kind;
    }

    public Actor actor() {
        return actor;
    }

    public AreaScope areas() {
        return areas;
    }

    public boolean district() {
        return kind == Kind.DISTRICT;
    }

    public void requireDistrict() {
        if (kind != Kind.DISTRICT) {
            throw new AccessDeniedException(DropoutMessages.DISTRICT_ONLY);
        }
    }

    /**
     * Whether an entry (or household) of this school, class and place is in scope;
     * {@code answersFor}: the actor is a named responsible person of it.
     */
    public boolean sees(Long schoolId, Long classId, String town, String village, boolean answersFor) {
        return switch (kind) {
            case DISTRICT -> true;
            case SCHOOL -> Objects.equals(schoolId, actor.schoolId());
            case CLASS -> Objects.equals(schoolId, actor.schoolId())
                    && (answersFor || classId != null && actor.classIds().contains(classId));
            case AREA -> answersFor || areas.covers(town, village);
        };
    }

    public void require(Long schoolId, Long classId, String town, String village, boolean answersFor) {
        actor.requireCurrent();
        if (!sees(schoolId, classId, town, village, answersFor)) {
            throw new AccessDeniedException(DropoutMessages.AREA_OUTSIDE);
        }
    }
}

package org.xueji.specialneeds.service.internal;

import java.util.Objects;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.security.AreaScope;
import org.xueji.specialneeds.api.SpecialNeedsMessages;
import org.xueji.specialneeds.service.internal.entity.ChildEntity;

/**
 * Who sees which child of the register (R25): a school account the children it is responsible
 * for; every other account the towns and villages of its {@link AreaScope} (the district all,
 * 乡镇/村干部 their areas). Without the area service only district-wide accounts see anything
 * (never more than the contract allows).
 */
record ChildScope(Actor actor, AreaScope areas) {

    static ChildScope of(Actor actor, AccountAreas accountAreas) {
        if (actor.schoolId() != null) {
            return new ChildScope(actor, AreaScope.NONE);
        }
        if (accountAreas != null) {
            return new ChildScope(actor, accountAreas.areasOf(actor));
        }
        return new ChildScope(actor, actor.isDistrictWide() ? AreaScope.DISTRICT : AreaScope.NONE);
    }

    boolean school() {
        return actor.schoolId() != null;
    }

    boolean district() {
        return !school() && areas.all();
    }

    boolean sees(ChildEntity c) {
        return school() ? Objects.equals(actor.schoolId(), c.schoolId) : areas.covers(c.town, c.village);
    }

    void require(ChildEntity c) {
        if (!sees(c)) {
            throw school() ? new AccessDeniedException(PlatformMessages.OTHER_SCHOOL)
                    : new AccessDeniedException(SpecialNeedsMessages.OUTSIDE_AREA);
        }
    }

    /** A school acts for its own children only; a child placed by the district may belong to any school. */
    void requireSchool(long schoolId) {
        if (school() && !Objects.equals(actor.schoolId(), schoolId)) {
            throw new AccessDeniedException(PlatformMessages.OTHER_SCHOOL);
        }
    }
}

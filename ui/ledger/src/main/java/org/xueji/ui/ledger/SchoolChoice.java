package org.xueji.ui.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueji.ledger.api.LedgerQuery;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.School;

/** An entry of the school filter: all schools, the bureau itself (district users), or one school. */
record SchoolChoice(Long schoolId, boolean bureau, String label) {

    LedgerQuery apply(LedgerQuery q) {
        return bureau ? q.bureauOnly() : q.withSchool(schoolId);
    }

    /** District users: all, the bureau, then each school; school users: their school only. */
    static List<SchoolChoice> of(Actor actor, List<School> schools, Locale locale) {
        List<SchoolChoice> choices = new ArrayList<>();
        if (actor.isDistrictWide()) {
            choices.add(new SchoolChoice(null, false, LedgerUiText.ALL_SCHOOLS.format(locale)));
            choices.add(new SchoolChoice(null, true, LedgerUiText.BUREAU.format(locale)));
        }
        for (School s : schools) {
            choices.add(new SchoolChoice(s.id(), false, s.code() + " " + s.name()));
        }
        return choices;
    }
}

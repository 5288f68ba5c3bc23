package org.xueji.enrollment.api;

import org.xueji.platform.api.Actor;
import org.xueji.registry.api.StudentQuery;

/** The printable 学籍登记表 (D3). */
public interface RegistrationFormService {

    /** Forms in one bulk print at most. */
    int MAX_FORMS = 500;

    /**
     * The student's registration form as PDF, with the printer's name and the time on every
     * page; printing is audited. One record of one's own scope needs no data release (R4
     * allows printing a student's form where the student is registered).
     */
    byte[] registrationForm(Actor actor, long studentId);

    /**
     * Many students' forms at once (R4: a bulk print is an export): a ZIP with one PDF per
     * student of the search and a text file naming the data release. The release is checked
     * here and one of its downloads used (refused, audited, without printing when it is not
     * usable, does not cover the school or the grade asked for, or does not approve every
     * field group — the form shows them all); a search without a grade prints only the
     * release's grades. At most {@link #MAX_FORMS} forms.
     */
    byte[] registrationForms(Actor actor, StudentQuery query, long releaseId);
}

package org.xueji.ui.enrollment.registration;

import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;

/** Links into the registration form from this module's other views (the 人籍一致 check's 办理注册, R18). */
public final class RegistrationLinks {

    private RegistrationLinks() {
    }

    /** Whether the actor may register the child of a 人在籍不在 finding of this grade (a starting grade, R19). */
    public static boolean registersFinding(Actor actor, Integer gradeLevel) {
        return actor.has(Permission.EDIT_STUDENT) && FindingRegistration.registers(gradeLevel);
    }

    public static String forFinding(long findingId) {
        return FindingRegistration.href(findingId);
    }

    public static String label() {
        return RegistrationSupport.t(RegistrationUiText.FINDING_REGISTER);
    }
}

package org.xueji.enrollment.api;

import org.xueji.platform.api.Actor;

/** The printable 学籍登记表 (D3). */
public interface RegistrationFormService {

    /** The student's registration form as PDF; printing is audited. */
    byte[] registrationForm(Actor actor, long studentId);
}

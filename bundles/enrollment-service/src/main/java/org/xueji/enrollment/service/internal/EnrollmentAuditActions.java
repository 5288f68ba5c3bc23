package org.xueji.enrollment.service.internal;

import org.xueji.platform.api.audit.AuditAction;

/** The audit actions the enrollment module writes, with their labels (messages*.properties beside this class; R7). */
enum EnrollmentAuditActions implements AuditAction {
    ENROLLMENT_REGISTER("enrollment.register"),
    ENROLLMENT_DEADLINE("enrollment.deadline"),
    ENROLLMENT_IMPORT("enrollment.import"),
    ENROLLMENT_EXPORT("enrollment.export"),
    STUDENT_PRINT("student.print"),
    VERIFICATION_OPEN("verification.open"),
    VERIFICATION_UPLOAD("verification.upload"),
    VERIFICATION_PRESENCE("verification.presence"),
    VERIFICATION_RESOLVE("verification.resolve"),
    VERIFICATION_CLOSE("verification.close");

    private final String action;

    EnrollmentAuditActions(String action) {
        this.action = action;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public String key() {
        return "AUDIT_" + name();
    }
}

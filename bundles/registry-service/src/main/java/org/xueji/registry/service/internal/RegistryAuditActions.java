package org.xueji.registry.service.internal;

import org.xueji.platform.api.audit.AuditAction;

/** The audit actions the registry (schools, classes, students) writes, with their labels (messages*.properties beside this class; R7). */
enum RegistryAuditActions implements AuditAction {
    STUDENT_VIEW("student.view"),
    STUDENT_REGISTER("student.register"),
    STUDENT_REGISTER_BATCH("student.register-batch"),
    STUDENT_UPDATE("student.update"),
    SCHOOL_CREATE("school.create"),
    SCHOOL_UPDATE("school.update"),
    CLASS_CREATE("class.create"),
    SCHOOL_YEAR_SAVE("school-year.save"),
    ENROLLMENT_PLAN_SAVE("enrollment-plan.save");

    private final String action;

    RegistryAuditActions(String action) {
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

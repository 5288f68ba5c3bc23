package org.xueji.enrollment.service.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.xueji.enrollment.escalation.cfg}: the grade-9 escalation before the 中考 (R18, issue 15). */
@ObjectClassDefinition(name = "Xueji grade-9 escalation")
public @interface Grade9EscalationConfig {

    @AttributeDefinition(description = "working days before the 中考 date from which grade-9 cases are escalated daily")
    int leadWorkingDays() default 20;

    @AttributeDefinition(description = "minutes between checks (each day is escalated once)")
    int checkMinutes() default 60;
}

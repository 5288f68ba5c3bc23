package org.xueji.enrollment.api;

/**
 * Topics of the enrollment module's reminders ({@link org.xueji.platform.api.reminder.Reminder#topic()}).
 * The console links a reminder to a view that declares its topic; services never name routes.
 */
public final class EnrollmentTopics {

    /** Registration progress of all schools (district). */
    public static final String DEADLINES = "enrollment.deadlines";
    /** Registering new students (school). */
    public static final String REGISTER = "enrollment.register";
    /** 人籍一致 checks (R18). */
    public static final String VERIFICATION = "enrollment.verification";
    /** issue 15: the autumn registration of current students */
    public static final String AUTUMN_REGISTRATION = "enrollment.autumn-registration";

    private EnrollmentTopics() {
    }
}

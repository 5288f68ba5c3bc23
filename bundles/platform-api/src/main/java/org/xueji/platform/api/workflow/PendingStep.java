package org.xueji.platform.api.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.xueji.platform.api.MessageKey;

/**
 * One line of the 待办 inbox: a step waiting for the actor's decision.
 *
 * @param workingDaysLeft working days from today to the deadline (0: today is the last day;
 *                        negative: overdue by that many); {@code null} when the calendar has no
 *                        data for a year in between (never guessed, D2)
 * @param overdue         today is after the deadline
 * @param lapsed          the lapse has been recorded (R17)
 * @param subject         the stored subject ({@link WorkflowSubject}); shown by {@link #subject(Locale)}
 * @param subjectLabel    the request type's subject pattern, or null
 */
public record PendingStep(long requestId, long stepId, String type, MessageKey typeLabel, String subjectRef,
                          String subject, Long schoolId, String stepName, MessageKey stepLabel,
                          String submittedBy, Instant submittedAt, LocalDate deadline, Integer workingDaysLeft,
                          boolean overdue, boolean lapsed, MessageKey subjectLabel) {

    public PendingStep(long requestId, long stepId, String type, MessageKey typeLabel, String subjectRef,
                       String subject, Long schoolId, String stepName, MessageKey stepLabel,
                       String submittedBy, Instant submittedAt, LocalDate deadline, Integer workingDaysLeft,
                       boolean overdue, boolean lapsed) {
        this(requestId, stepId, type, typeLabel, subjectRef, subject, schoolId, stepName, stepLabel, submittedBy,
                submittedAt, deadline, workingDaysLeft, overdue, lapsed, null);
    }

    /** The subject in the reader's language. */
    public String subject(Locale locale) {
        return WorkflowSubject.render(subjectLabel, subject, locale);
    }
}

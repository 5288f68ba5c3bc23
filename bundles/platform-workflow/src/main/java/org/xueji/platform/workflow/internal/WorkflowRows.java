package org.xueji.platform.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.workflow.DeciderScope;
import org.xueji.platform.api.workflow.RequestStatus;
import org.xueji.platform.api.workflow.StepStatus;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowStep;

/** The workflow tables (WFL_REQUEST, WFL_STEP, WFL_COUNTER) in plain SQL. */
final class WorkflowRows {

    static final String REQUEST_COLUMNS = "R.ID, R.TYPE, R.SUBJECT_REF, R.SUBJECT, R.SCHOOL_ID, R.STATUS, "
            + "R.SUBMITTED_BY, CAST(R.SUBMITTED_AT AS VARCHAR(30)), CAST(R.DECIDED_AT AS VARCHAR(30))";
    static final String STEP_COLUMNS = "S.ID, S.REQUEST_ID, S.POSITION, S.NAME, S.PERMISSION, S.SCOPE, S.SCHOOL_ID, "
            + "S.STATUS, S.OPENED_ON, S.DEADLINE, S.LAPSED_ON, S.DECIDED_BY, CAST(S.DECIDED_AT AS VARCHAR(30)), "
            + "S.REASON";
    /** Steps per request at most: a step's id is request id * STEP_SLOTS + position. */
    static final int STEP_SLOTS = 100;

    private WorkflowRows() {
    }

    /** The next request id; the counter row stays locked until the caller's transaction ends. */
    static long nextRequestId(EntityManager em) {
        if (Sql.update(em, "UPDATE WFL_COUNTER SET LAST_ID = LAST_ID + 1 WHERE NAME = 'request'") != 1) {
            throw new IllegalStateException("WFL_COUNTER has no row 'request': the workflow schema is not migrated");
        }
        return Sql.longOrNull(Sql.query(em, "SELECT LAST_ID FROM WFL_COUNTER WHERE NAME = 'request'").get(0)[0]);
    }

    static void insertRequest(EntityManager em, long id, String type, String subjectRef, String subject,
                              Long schoolId, String submittedBy, Instant submittedAt) {
        Sql.update(em, "INSERT INTO WFL_REQUEST (ID, TYPE, SUBJECT_REF, SUBJECT, SCHOOL_ID, STATUS, SUBMITTED_BY, "
                        + "SUBMITTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP))",
                id, type, subjectRef, subject, schoolId, RequestStatus.PENDING.name(), submittedBy,
                Sql.time(submittedAt));
    }

    /**
     * A step row, with copies of its request's type, school and submitter (they never change after
     * submission): the inbox rule then reads one index of WFL_STEP alone (workflow-003).
     */
    static void insertStep(EntityManager em, long requestId, String requestType, Long requestSchoolId,
                           String submittedBy, int position, String name, Permission permission,
                           DeciderScope scope, Long schoolId, StepStatus status, LocalDate openedOn,
                           LocalDate deadline) {
        Sql.update(em, "INSERT INTO WFL_STEP (ID, REQUEST_ID, REQUEST_TYPE, REQUEST_SCHOOL_ID, SUBMITTED_BY, POSITION, "
                        + "NAME, PERMISSION, SCOPE, SCHOOL_ID, STATUS, OPENED_ON, DEADLINE) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                requestId * STEP_SLOTS + position, requestId, requestType, requestSchoolId, submittedBy, position,
                name, permission.name(), scope.name(), schoolId, status.name(), Sql.day(openedOn),
                Sql.day(deadline));
    }

    /**
     * Records a decision on a step that is still open: the condition on STATUS makes two
     * concurrent decisions exclusive (the second updates nothing once the first committed).
     *
     * @return whether this decision stands
     */
    static boolean decideStep(EntityManager em, long stepId, StepStatus decided, String decidedBy, Instant at,
                              String reason) {
        return Sql.update(em, "UPDATE WFL_STEP SET STATUS = ?, DECIDED_BY = ?, DECIDED_AT = CAST(? AS TIMESTAMP), "
                        + "REASON = ? WHERE ID = ? AND STATUS = 'PENDING'",
                decided.name(), decidedBy, Sql.time(at), reason, stepId) == 1;
    }

    static void openStep(EntityManager em, long stepId, LocalDate openedOn, LocalDate deadline) {
        Sql.update(em, "UPDATE WFL_STEP SET STATUS = 'PENDING', OPENED_ON = ?, DEADLINE = ? "
                + "WHERE ID = ? AND STATUS = 'WAITING'", Sql.day(openedOn), Sql.day(deadline), stepId);
    }

    static void closeWaitingSteps(EntityManager em, long requestId) {
        Sql.update(em, "UPDATE WFL_STEP SET STATUS = 'CLOSED' WHERE REQUEST_ID = ? AND STATUS = 'WAITING'",
                requestId);
    }

    static void finishRequest(EntityManager em, long requestId, RequestStatus status, Instant at) {
        Sql.update(em, "UPDATE WFL_REQUEST SET STATUS = ?, DECIDED_AT = CAST(? AS TIMESTAMP) "
                + "WHERE ID = ? AND STATUS = 'PENDING'", status.name(), Sql.time(at), requestId);
    }

    /** Marks a lapse once: only an open step not yet marked. */
    static boolean markLapsed(EntityManager em, long stepId, LocalDate today) {
        return Sql.update(em, "UPDATE WFL_STEP SET LAPSED_ON = ? WHERE ID = ? AND STATUS = 'PENDING' "
                + "AND LAPSED_ON IS NULL", Sql.day(today), stepId) == 1;
    }

    static Optional<WorkflowRequest> load(EntityManager em, long id) {
        return load((sql, p) -> Sql.query(em, sql, p), id);
    }

    static Optional<WorkflowRequest> load(DataSource ds, long id) {
        return load((sql, p) -> Sql.query(ds, sql, p), id);
    }

    private static Optional<WorkflowRequest> load(BiFunction<String, Object[], List<Object[]>> query, long id) {
        List<Object[]> r = query.apply("SELECT " + REQUEST_COLUMNS + " FROM WFL_REQUEST R WHERE R.ID = ?",
                new Object[] {id});
        if (r.isEmpty()) {
            return Optional.empty();
        }
        List<WorkflowStep> steps = new ArrayList<>();
        for (Object[] s : query.apply("SELECT " + STEP_COLUMNS + " FROM WFL_STEP S WHERE S.REQUEST_ID = ? "
                + "ORDER BY S.POSITION", new Object[] {id})) {
            steps.add(step(s, 0));
        }
        return Optional.of(request(r.get(0), 0, steps));
    }

    static WorkflowRequest request(Object[] row, int at, List<WorkflowStep> steps) {
        return new WorkflowRequest(Sql.longOrNull(row[at]), (String) row[at + 1], (String) row[at + 2],
                (String) row[at + 3], Sql.longOrNull(row[at + 4]), RequestStatus.valueOf((String) row[at + 5]),
                (String) row[at + 6], Sql.instant(row[at + 7]), Sql.instant(row[at + 8]), steps);
    }

    static WorkflowStep step(Object[] row, int at) {
        return new WorkflowStep(Sql.longOrNull(row[at]), ((Number) row[at + 2]).intValue(), (String) row[at + 3],
                Permission.valueOf((String) row[at + 4]), DeciderScope.valueOf((String) row[at + 5]),
                Sql.longOrNull(row[at + 6]), StepStatus.valueOf((String) row[at + 7]), Sql.day(row[at + 8]),
                Sql.day(row[at + 9]), Sql.day(row[at + 10]), (String) row[at + 11], Sql.instant(row[at + 12]),
                (String) row[at + 13]);
    }

    /** Request id of a step row (column 2 of {@link #STEP_COLUMNS}). */
    static long requestIdOf(Object[] row, int at) {
        return Sql.longOrNull(row[at + 1]);
    }
}

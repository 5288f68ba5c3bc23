package org.xueji.platform.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.workflow.DeciderScope;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.LapsedStep;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.PendingCount;
import org.xueji.platform.api.workflow.PendingFilter;
import org.xueji.platform.api.workflow.PendingStep;
import org.xueji.platform.api.workflow.RequestStatus;
import org.xueji.platform.api.workflow.RequestType;
import org.xueji.platform.api.workflow.StepDefinition;
import org.xueji.platform.api.workflow.StepStatus;
import org.xueji.platform.api.workflow.WorkflowMessages;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.api.workflow.WorkflowStep;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.platform.persistence.WorkflowSubmission;

/**
 * The workflow's rules (R3, R17). It never opens a transaction of its own unit: every write
 * goes through the request type handler's {@code Transactions}, with plain SQL on that
 * EntityManager, so that the module's writes and the decision are one transaction. Reads use
 * the workflow's DataSource.
 */
public class WorkflowEngine implements WorkflowService, WorkflowSubmission {

    static final String TARGET = "workflow-request";
    static final int SUBJECT_MAX = 200;
    static final int SUBJECT_REF_MAX = 100;
    static final int REASON_MAX = 500;
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowEngine.class);

    private final DataSource dataSource;
    private final AuditTrail audit;
    private final DeniedAccess denied;
    private final PlatformClock clock;
    private final Deadlines deadlines;
    private final Handlers handlers;

    public WorkflowEngine(DataSource dataSource, AuditTrail audit, DeniedAccess denied, PlatformClock clock,
                          Deadlines deadlines, Handlers handlers) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.denied = denied;
        this.clock = clock;
        this.deadlines = deadlines;
        this.handlers = handlers;
    }

    @Override
    public WorkflowRequest submit(Actor actor, NewWorkflowRequest request) {
        Objects.requireNonNull(request, "request");
        return denied.guard(actor, "workflow.submit", TARGET, null,
                () -> handlers.require(request.type()).transactions().inTransaction(em -> submit(em, actor, request)));
    }

    @Override
    public WorkflowRequest submit(EntityManager em, Actor actor, NewWorkflowRequest r) {
        WorkflowHandler handler = handlers.require(r.type());
        RequestType type = handler.requestType();
        List<FieldError> errors = new ArrayList<>();
        if (r.subject() == null || r.subject().isBlank() || r.subject().strip().length() > SUBJECT_MAX
                || r.subject().contains("\n") || r.subject().contains("\r")) {
            errors.add(new FieldError("subject", WorkflowMessages.SUBJECT_INVALID, SUBJECT_MAX));
        }
        if (r.subjectRef().isBlank() || r.subjectRef().length() > SUBJECT_REF_MAX) {
            errors.add(new FieldError("subjectRef", WorkflowMessages.SUBJECT_INVALID, SUBJECT_REF_MAX));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // a school submits only requests concerning itself
        if (!actor.isDistrictWide()) {
            actor.requireSchool(r.schoolId());
        }
        LocalDate today = clock.today();
        Instant now = clock.now();
        long id = WorkflowRows.nextRequestId(em);
        WorkflowRows.insertRequest(em, id, type.id(), r.subjectRef(), r.subject().strip(), r.schoolId(),
                actor.username(), now);
        LocalDate firstDeadline = null;
        for (int i = 0; i < type.steps().size(); i++) {
            StepDefinition step = type.steps().get(i);
            Long school = null;
            if (step.scope() == DeciderScope.SCHOOL) {
                school = r.stepSchools().getOrDefault(step.id(), r.schoolId());
                if (school == null) {
                    throw new DomainException(WorkflowMessages.STEP_SCHOOL_MISSING, step.id());
                }
            }
            LocalDate deadline = i == 0 ? deadlines.deadline(type.id(), step, today) : null;
            firstDeadline = i == 0 ? deadline : firstDeadline;
            WorkflowRows.insertStep(em, id, type.id(), r.schoolId(), actor.username(), i, step.id(),
                    step.permission(), step.scope(), school, i == 0 ? StepStatus.PENDING : StepStatus.WAITING,
                    i == 0 ? today : null, deadline);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", type.id());
        details.put("subjectRef", r.subjectRef());
        details.put("steps", type.steps().stream().map(StepDefinition::id).toList());
        details.put("deadline", firstDeadline);
        audit.append(em, new AuditEvent(actor, "workflow.submit", TARGET, String.valueOf(id), r.schoolId(), details));
        return WorkflowRows.load(em, id).orElseThrow();
    }

    @Override
    public WorkflowRequest decide(Actor actor, long requestId, Decision decision, String reason) {
        return denied.guard(actor, "workflow.decide", TARGET, requestId, () -> {
            Objects.requireNonNull(decision, "decision");
            String text = reason == null || reason.isBlank() ? null : reason.strip();
            if (decision == Decision.REJECT && text == null) {
                throw new ValidationException(List.of(new FieldError("reason", WorkflowMessages.REASON_REQUIRED)));
            }
            if (text != null && text.length() > REASON_MAX) {
                throw new ValidationException(List.of(new FieldError("reason", WorkflowMessages.REASON_TOO_LONG,
                        REASON_MAX)));
            }
            WorkflowRequest before = find(requestId);
            WorkflowStep step = before.currentStep().orElseThrow(
                    () -> new DomainException(WorkflowMessages.REQUEST_DECIDED, requestId));
            requireDecider(actor, before, step);
            WorkflowHandler handler = handlers.require(before.type());
            return handler.transactions().inTransaction(em -> decideIn(em, handler, actor, before, step, decision,
                    text));
        });
    }

    private WorkflowRequest decideIn(EntityManager em, WorkflowHandler handler, Actor actor, WorkflowRequest before,
                                     WorkflowStep step, Decision decision, String reason) {
        Instant now = clock.now();
        boolean approve = decision == Decision.APPROVE;
        if (!WorkflowRows.decideStep(em, step.id(), approve ? StepStatus.APPROVED : StepStatus.REJECTED,
                actor.username(), now, reason)) {
            // someone else decided this step first (or at the same time): theirs stands
            throw new DomainException(WorkflowMessages.STEP_ALREADY_DECIDED, before.id());
        }
        RequestType type = handler.requestType();
        boolean last = step.position() == before.steps().size() - 1;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", before.type());
        details.put("step", step.name());
        details.put("decision", decision.name());
        if (reason != null) {
            details.put(approve ? "note" : "reason", reason);
        }
        if (approve && !last) {
            WorkflowStep next = before.steps().get(step.position() + 1);
            StepDefinition definition = type.step(next.name()).orElseThrow(
                    () -> new IllegalStateException("request type " + type.id() + " lost step " + next.name()));
            LocalDate deadline = deadlines.deadline(type.id(), definition, clock.today());
            WorkflowRows.openStep(em, next.id(), clock.today(), deadline);
            details.put("next", next.name());
            details.put("deadline", deadline);
        } else {
            if (!approve) {
                WorkflowRows.closeWaitingSteps(em, before.id());
            }
            WorkflowRows.finishRequest(em, before.id(), approve ? RequestStatus.APPROVED : RequestStatus.REJECTED,
                    now);
            details.put("status", List.of(RequestStatus.PENDING.name(),
                    (approve ? RequestStatus.APPROVED : RequestStatus.REJECTED).name()));
        }
        audit.append(em, new AuditEvent(actor, "workflow.decide", TARGET, String.valueOf(before.id()),
                before.schoolId(), details));
        WorkflowRequest after = WorkflowRows.load(em, before.id()).orElseThrow();
        if (after.status() != RequestStatus.PENDING) {
            handler.decided(em, new WorkflowOutcome(after, decision, actor, reason));
        }
        return after;
    }

    /** The step's permission within its scope, and never one's own request (four eyes). */
    static boolean mayDecide(Actor actor, WorkflowStep step) {
        if (!actor.has(step.permission())) {
            return false;
        }
        return step.scope() == DeciderScope.DISTRICT ? actor.isDistrictWide()
                : actor.schoolId() != null && actor.schoolId().equals(step.schoolId());
    }

    private static void requireDecider(Actor actor, WorkflowRequest request, WorkflowStep step) {
        if (!mayDecide(actor, step)) {
            throw new AccessDeniedException(WorkflowMessages.NOT_DECIDER, request.id());
        }
        if (actor.username().equals(request.submittedBy())) {
            throw new AccessDeniedException(WorkflowMessages.OWN_REQUEST, request.id());
        }
    }

    private WorkflowRequest find(long requestId) {
        return WorkflowRows.load(dataSource, requestId)
                .orElseThrow(() -> new NotFoundException(WorkflowMessages.REQUEST_NOT_FOUND, requestId));
    }

    @Override
    public List<PendingStep> inbox(Actor actor, PendingFilter filter) {
        PendingFilter f = filter == null ? PendingFilter.ALL : filter;
        return denied.guard(actor, "workflow.inbox", TARGET, null, () -> {
            requireFilterScope(actor, f);
            return pending(actor, f, 0, -1);
        });
    }

    @Override
    public List<PendingStep> inbox(Actor actor, PendingFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("inbox page: offset " + offset + " (at least 0), limit " + limit
                    + " (at least 1)");
        }
        PendingFilter f = filter == null ? PendingFilter.ALL : filter;
        return denied.guard(actor, "workflow.inbox", TARGET, null, () -> {
            requireFilterScope(actor, f);
            return pending(actor, f, offset, limit);
        });
    }

    @Override
    public int countInbox(Actor actor, PendingFilter filter) {
        PendingFilter f = filter == null ? PendingFilter.ALL : filter;
        return denied.guard(actor, "workflow.countInbox", TARGET, null, () -> {
            requireFilterScope(actor, f);
            return counts(actor, f)[0];
        });
    }

    private static void requireFilterScope(Actor actor, PendingFilter f) {
        if (f.schoolId() != null) {
            actor.requireSchool(f.schoolId());
        }
    }

    /**
     * The steps the actor may decide, filtered and ordered by the database (deadline, then step id:
     * a stable order, so pages never overlap); only the page's lines are built.
     *
     * @param limit lines at most, -1 for all
     */
    private List<PendingStep> pending(Actor actor, PendingFilter f, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = inboxWhere(actor, f, params);
        if (where == null) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT " + WorkflowRows.STEP_COLUMNS + ", "
                + WorkflowRows.REQUEST_COLUMNS + " FROM ")
                .append(actor.isDistrictWide() ? DISTRICT_INBOX_FROM : INBOX_FROM)
                .append(" WHERE ").append(where).append(" ORDER BY S.DEADLINE, S.ID");
        if (offset > 0 || limit >= 0) {
            // integers checked by the caller; SQL:2008 paging (Derby and PostgreSQL)
            sql.append(" OFFSET ").append(offset).append(" ROWS");
            if (limit >= 0) {
                sql.append(" FETCH NEXT ").append(limit).append(" ROWS ONLY");
            }
        }
        LocalDate today = clock.today();
        int stepColumns = 14;
        List<PendingStep> out = new ArrayList<>();
        for (Object[] row : Sql.query(dataSource, sql.toString(), params.toArray())) {
            WorkflowStep step = WorkflowRows.step(row, 0);
            WorkflowRequest request = WorkflowRows.request(row, stepColumns, List.of(step));
            Optional<WorkflowHandler> handler = handlers.find(request.type());
            if (handler.isEmpty()) {
                continue; // its module went away between the query and now
            }
            RequestType type = handler.get().requestType();
            StepDefinition definition = type.step(step.name()).orElse(null);
            out.add(new PendingStep(request.id(), step.id(), type.id(), type.label(), request.subjectRef(),
                    request.subject(), request.schoolId(), step.name(),
                    definition == null ? type.label() : definition.label(), request.submittedBy(),
                    request.submittedAt(), step.deadline(), daysLeft(today, step.deadline()),
                    today.isAfter(step.deadline()), step.lapsedOn() != null, type.subjectLabel()));
        }
        return out;
    }

    /**
     * The district's open steps read in deadline order from IX_WFL_STEP_INBOX, each request joined by
     * its key: no sort of all open district steps, and a page stops after its last line (Derby's
     * optimizer does not weigh FETCH NEXT and sorted all 5,000 steps of a bench district for a page of
     * 50: 172 ms against 6 ms with the hint). The hints are SQL comments: other databases ignore them.
     */
    /** A school's open steps are few: found by IX_WFL_STEP_SCOPE (status, scope, school, …) and sorted. */
    private static final String INBOX_FROM = "WFL_STEP S JOIN WFL_REQUEST R ON R.ID = S.REQUEST_ID";
    private static final String DISTRICT_INBOX_FROM = "WFL_STEP S --DERBY-PROPERTIES index=IX_WFL_STEP_INBOX\n"
            + " JOIN WFL_REQUEST R --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON R.ID = S.REQUEST_ID";

    /** {total, overdue} of the actor's inbox under the filter. */
    private int[] counts(Actor actor, PendingFilter f) {
        List<Object> params = new ArrayList<>();
        params.add(Sql.day(clock.today()));
        String where = inboxWhere(actor, f, params);
        if (where == null) {
            return new int[] {0, 0};
        }
        // every column of the rule and of the sum is in IX_WFL_STEP_SCOPE: Derby counts from the index
        // alone, without reading a step row or a request (the hint is an SQL comment elsewhere)
        Object[] row = Sql.query(dataSource, "SELECT COUNT(*) AS TOTAL, "
                + "SUM(CASE WHEN S.DEADLINE < ? THEN 1 ELSE 0 END) AS OVERDUE "
                + "FROM WFL_STEP S --DERBY-PROPERTIES index=IX_WFL_STEP_SCOPE\n WHERE " + where,
                params.toArray()).get(0);
        return new int[] {((Number) row[0]).intValue(), row[1] == null ? 0 : ((Number) row[1]).intValue()};
    }

    /**
     * The inbox rule as SQL (the same as {@link #mayDecide} plus four eyes): an open step of an
     * installed request type, of a permission the actor holds, in the actor's scope (a district
     * step for a district-wide actor, a step of the own school otherwise), not of a request the
     * actor submitted; then the filter. Appends its parameters.
     *
     * @return the condition, or null when nothing can match (no permission, no school, no type)
     */
    private String inboxWhere(Actor actor, PendingFilter f, List<Object> params) {
        List<String> types = handlers.types().stream()
                .filter(t -> f.types().isEmpty() || f.types().contains(t)).sorted().toList();
        List<String> permissions = actor.permissions().stream().map(Permission::name).sorted().toList();
        if (types.isEmpty() || permissions.isEmpty() || !actor.isDistrictWide() && actor.schoolId() == null) {
            return null;
        }
        // only WFL_STEP columns (the request's type, school and submitter are copied onto its steps)
        StringBuilder where = new StringBuilder("S.STATUS = 'PENDING'");
        where.append(" AND S.REQUEST_TYPE IN (").append(marks(types.size())).append(')');
        params.addAll(types);
        where.append(" AND S.PERMISSION IN (").append(marks(permissions.size())).append(')');
        params.addAll(permissions);
        if (actor.isDistrictWide()) {
            where.append(" AND S.SCOPE = 'DISTRICT'");
        } else {
            where.append(" AND S.SCOPE = 'SCHOOL' AND S.SCHOOL_ID = ?");
            params.add(actor.schoolId());
        }
        where.append(" AND S.SUBMITTED_BY <> ?");
        params.add(actor.username());
        if (f.schoolId() != null) {
            where.append(" AND S.REQUEST_SCHOOL_ID = ?");
            params.add(f.schoolId());
        }
        if (f.overdueOnly()) {
            where.append(" AND S.DEADLINE < ?");
            params.add(Sql.day(clock.today()));
        }
        return where.toString();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Working days left, or null when the calendar has no data for a year in between (never guessed). */
    private Integer daysLeft(LocalDate today, LocalDate deadline) {
        try {
            return deadlines.calendar().workingDaysBetween(today, deadline);
        } catch (CalendarYearMissingException e) {
            LOG.warn("no calendar data to count working days from {} to {}: {}", today, deadline, e.getMessage());
            return null;
        }
    }

    @Override
    public PendingCount pendingCount(Actor actor) {
        int[] counts = denied.guard(actor, "workflow.pendingCount", TARGET, null,
                () -> counts(actor, PendingFilter.ALL));
        return new PendingCount(counts[0], counts[1]);
    }

    @Override
    public WorkflowRequest request(Actor actor, long requestId) {
        return denied.guard(actor, "workflow.request", TARGET, requestId, () -> {
            WorkflowRequest r = find(requestId);
            boolean visible = actor.username().equals(r.submittedBy())
                    || r.steps().stream().anyMatch(s -> mayDecide(actor, s))
                    || actor.isDistrictWide() && (actor.has(Permission.VIEW_AUDIT)
                    || actor.has(Permission.ADMINISTER_SYSTEM));
            if (!visible) {
                throw new AccessDeniedException(WorkflowMessages.NOT_DECIDER, requestId);
            }
            return r;
        });
    }

    @Override
    public List<LapsedStep> checkLapses(Actor actor) {
        return denied.guard(actor, "workflow.checkLapses", TARGET, null, () -> {
            actor.require(Permission.ADMINISTER_SYSTEM);
            LocalDate today = clock.today();
            List<LapsedStep> lapsed = new ArrayList<>();
            for (Object[] row : Sql.query(dataSource, "SELECT " + WorkflowRows.STEP_COLUMNS + ", R.TYPE, R.SCHOOL_ID "
                    + "FROM WFL_STEP S JOIN WFL_REQUEST R ON R.ID = S.REQUEST_ID WHERE S.STATUS = 'PENDING' "
                    + "AND S.LAPSED_ON IS NULL AND S.DEADLINE < ? ORDER BY S.ID", Sql.day(today))) {
                WorkflowStep step = WorkflowRows.step(row, 0);
                long requestId = WorkflowRows.requestIdOf(row, 0);
                String type = (String) row[14];
                Long requestSchool = Sql.longOrNull(row[15]);
                Optional<WorkflowHandler> handler = handlers.find(type);
                if (handler.isEmpty()) {
                    LOG.warn("request {} of type {} lapsed, but its module is not installed", requestId, type);
                    continue;
                }
                LapsedStep l = new LapsedStep(type, requestId, step.name(), step.schoolId(), step.deadline(), today);
                boolean marked = handler.get().transactions().inTransaction(em -> {
                    if (!WorkflowRows.markLapsed(em, step.id(), today)) {
                        return false;
                    }
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("type", type);
                    details.put("step", step.name());
                    details.put("deadline", step.deadline());
                    details.put("responsible", step.schoolId() == null ? "district" : step.schoolId());
                    audit.append(em, new AuditEvent(actor, "workflow.lapse", TARGET, String.valueOf(requestId),
                            step.schoolId() != null ? step.schoolId() : requestSchool, details));
                    return true;
                });
                if (marked) {
                    // after commit: the ledger (if installed) posts the R17 incident
                    handlers.lapsed(l);
                    lapsed.add(l);
                }
            }
            return lapsed;
        });
    }
}

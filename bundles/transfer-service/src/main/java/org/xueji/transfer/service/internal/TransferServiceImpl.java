package org.xueji.transfer.service.internal;

import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.WorkflowSubmission;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.transfer.api.ChangeQuery;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.Evidence;
import org.xueji.transfer.api.EvidenceUpload;
import org.xueji.transfer.api.FoundStudent;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferService;
import org.xueji.transfer.api.TransferStatistics;

/**
 * Registry changes (学籍异动), the OSGi service: wiring and configuration only. Starting changes is
 * {@link ChangeSubmissions}, deciding them {@link ChangeDecisions} (the kit's workflow, applied by
 * {@link ChangeHandler}), reading them {@link ChangeQueries}; each checks permission and scope.
 */
@Component(service = TransferService.class, configurationPid = TransferSettings.PID)
@Designate(ocd = TransferSettings.class)
public class TransferServiceImpl implements TransferService {

    private final LedgerPosts ledger = new LedgerPosts();
    private final FindingLinks findings = new FindingLinks();
    private final ChangeSubmissions submissions;
    private final ChangeDecisions decisions;
    private final ChangeQueries queries;
    private final TransferIns transfersIn;
    private volatile Limits limits;
    /** The district's own change types (localTypes setting), re-read when the configuration changes. */
    private volatile org.xueji.transfer.api.LocalTypes localTypes = org.xueji.transfer.api.LocalTypes.NONE;
    private final ModuleSupport support;
    /** R4: the data releases the statistics export's change rows need (set by the OSGi constructor). */
    private volatile org.xueji.platform.api.release.DataReleaseService releases;
    private volatile java.util.function.LongFunction<String> schoolNames = id -> "#" + id;

    @Activate
    public TransferServiceImpl(@Reference(target = "(osgi.unit.name=xueji-transfer)") EntityManagerFactory emf,
                               @Reference AuditTrail audit, @Reference AuditService auditService,
                               @Reference PlatformClock clock, @Reference RecordChanges records,
                               @Reference WorkflowSubmission submission, @Reference WorkflowService workflow,
                               @Reference WorkingDayCalendar calendar, @Reference SchoolService schools,
                               @Reference org.xueji.platform.api.release.DataReleaseService releases,
                               TransferSettings settings) {
        this(new ModuleSupport(emf, audit, auditService, clock), records, submission, workflow, calendar,
                Limits.of(settings));
        this.releases = releases;
        this.localTypes = LocalTypeConfig.parse(settings.localTypes());
        // school names for the printed form (not personal data); the actor's scope on the change is checked first
        this.schoolNames = id -> {
            School school = schools.getSchool(Actor.system("transfer-form"), id);
            return school.code() + " " + school.name();
        };
    }

    TransferServiceImpl(ModuleSupport support, RecordChanges records, WorkflowSubmission submission,
                        WorkflowService workflow, WorkingDayCalendar calendar, Limits limits) {
        this.limits = limits;
        ChangeViews views = new ChangeViews(workflow, calendar);
        this.submissions = new ChangeSubmissions(support, records, submission, views, ledger, () -> this.limits,
                findings, () -> this.localTypes);
        this.support = support;
        this.decisions = new ChangeDecisions(support, workflow, views, findings);
        this.transfersIn = new TransferIns(support, records, submissions, views, ledger);
        this.queries = new ChangeQueries(support, records, workflow, views, id -> schoolNames.apply(id));
    }

    @Modified
    void modified(TransferSettings settings) {
        limits = Limits.of(settings);
        localTypes = LocalTypeConfig.parse(settings.localTypes());
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindLedger(LedgerService service) {
        ledger.bind(service);
    }

    void unbindLedger(LedgerService service) {
        ledger.unbind(service);
    }

    LedgerPosts ledger() {
        return ledger;
    }

    /** R18 one-click start: the module holding the 人籍一致 findings, when it runs (never required). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindFindings(org.xueji.registry.api.finding.PresenceFindings service) {
        findings.bind(service);
    }

    void unbindFindings(org.xueji.registry.api.finding.PresenceFindings service) {
        findings.unbind(service);
    }

    @Override
    public Optional<FoundStudent> find(Actor actor, String number) {
        return submissions.find(actor, number);
    }

    @Override
    public List<FieldError> check(Actor actor, NewChange change) {
        return submissions.check(actor, change);
    }

    @Override
    public ChangeRequest submit(Actor actor, NewChange change) {
        return submissions.submit(actor, change);
    }

    @Override
    public ChangeRequest withdraw(Actor actor, long studentId, String reason, List<EvidenceUpload> evidence) {
        return submissions.withdraw(actor, studentId, reason, evidence);
    }

    @Override
    public ChangeRequest decide(Actor actor, long changeId, Decision decision, String reason) {
        return decisions.decide(actor, changeId, decision, reason);
    }

    @Override
    public ChangeRequest recordReply(Actor actor, long changeId, boolean agreed, String note) {
        return decisions.recordReply(actor, changeId, agreed, note);
    }

    @Override
    public ChangeRequest confirmArrival(Actor actor, long changeId) {
        return decisions.confirmArrival(actor, changeId);
    }

    @Override
    public ChangeRequest get(Actor actor, long changeId) {
        return queries.get(actor, changeId);
    }

    @Override
    public List<ChangeRequest> list(Actor actor, ChangeQuery query, int offset, int limit) {
        return queries.list(actor, query, offset, limit);
    }

    @Override
    public List<ChangeRequest> ofStudent(Actor actor, long studentId) {
        return queries.ofStudent(actor, studentId);
    }

    @Override
    public List<Evidence> evidenceOf(Actor actor, long changeId) {
        return queries.evidenceOf(actor, changeId);
    }

    @Override
    public byte[] evidence(Actor actor, long evidenceId) {
        return queries.evidence(actor, evidenceId);
    }

    @Override
    public byte[] contactForm(Actor actor, long changeId) {
        return queries.contactForm(actor, changeId);
    }

    @Override
    public TransferStatistics statistics(Actor actor, int year) {
        return queries.statistics(actor, year);
    }

    @Override
    public org.xueji.transfer.api.FindingStart fromFinding(Actor actor, long findingId) {
        return submissions.fromFinding(actor, findingId);
    }

    @Override
    public byte[] exportStatistics(Actor actor, org.xueji.transfer.api.StatisticsExport export) {
        return queries.exportStatistics(actor, export, releases);
    }

    /** The data releases (tests; the OSGi constructor sets the service). */
    void releases(org.xueji.platform.api.release.DataReleaseService service) {
        this.releases = service;
    }

    /** School names for the printed files (tests; the OSGi constructor reads the registry's). */
    void schoolNames(java.util.function.LongFunction<String> names) {
        this.schoolNames = names;
    }

    @Override
    public ChangeRequest submitTransferIn(Actor actor, org.xueji.transfer.api.IncomingTransfer transfer) {
        return transfersIn.submit(actor, transfer);
    }

    /** For tests: the local types as parsed from a setting. */
    void localTypes(org.xueji.transfer.api.LocalTypes types) {
        this.localTypes = types;
    }

    @Override
    public org.xueji.transfer.api.LocalTypes localTypes(Actor actor) {
        return support.guard(actor, "transfer.local-types", "transfer-config", null, () -> {
            actor.require(org.xueji.platform.api.Permission.VIEW_STUDENT);
            return localTypes;
        });
    }

    @Override
    public java.util.Optional<org.xueji.transfer.api.EnteredRecord> enteredRecord(Actor actor, long changeId) {
        return queries.enteredRecord(actor, changeId);
    }
}

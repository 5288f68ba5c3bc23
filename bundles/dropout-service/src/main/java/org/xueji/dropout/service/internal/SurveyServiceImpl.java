package org.xueji.dropout.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.dropout.api.Campaign;
import org.xueji.dropout.api.CampaignProgress;
import org.xueji.dropout.api.ChildData;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.Household;
import org.xueji.dropout.api.NewHousehold;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.SurveyChild;
import org.xueji.dropout.api.SurveyFinding;
import org.xueji.dropout.api.SurveyService;
import org.xueji.dropout.service.internal.entity.CampaignEntity;
import org.xueji.dropout.service.internal.entity.HouseholdEntity;
import org.xueji.dropout.service.internal.entity.SurveyChildEntity;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.Semester;
import org.xueji.registry.api.StudentService;

/** Survey campaigns (拉网式排查, R23); children found out of school become suspected entries in the same transaction. */
@Component(service = SurveyService.class, configurationPid = DropoutConfig.PID)
public class SurveyServiceImpl implements SurveyService {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyServiceImpl.class);
    static final String TARGET = "dropout-campaign";
    static final String HOUSEHOLD = "dropout-household";

    private final ModuleSupport support;
    private final Transactions tx;
    private final PlatformClock clock;
    private final Entries entries;
    private final SchoolYearService years;
    private final AccountAreas areas;
    private final People people;
    private volatile DropoutConfig config;

    @Activate
    public SurveyServiceImpl(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                             @Reference AuditTrail audit, @Reference AuditService auditService,
                             @Reference PlatformClock clock, @Reference StudentService students,
                             @Reference SchoolYearService years, @Reference AccountAreas areas,
                             @Reference AccountService accounts, Map<String, Object> properties) {
        this(new ModuleSupport(emf, audit, auditService, clock), students, years, areas,
                username -> DropoutServiceImpl.lookUp(accounts, username), DropoutConfig.from(properties, LOG::warn));
    }

    SurveyServiceImpl(ModuleSupport support, StudentService students, SchoolYearService years, AccountAreas areas,
                      People people, DropoutConfig config) {
        this.support = support;
        this.tx = support.transactions();
        this.clock = support.clock();
        this.entries = new Entries(support, students);
        this.years = years;
        this.areas = areas;
        this.people = people;
        this.config = config;
    }

    @Modified
    void modified(Map<String, Object> properties) {
        config = DropoutConfig.from(properties, LOG::warn);
    }

    @Override
    public Campaign open(Actor actor, String title) {
        return support.guard(actor, "dropout.campaign.open", TARGET, null, () -> {
            actor.require(Permission.MANAGE_DROPOUT);
            Scope.of(actor, areas).requireDistrict();
            String t = EntryRules.required("title", title, EntryRules.MAX_TEXT, DropoutMessages.TITLE_REQUIRED);
            LocalDate today = clock.today();
            Semester semester = years.semesterOf(today).orElseThrow(() ->
                    new DomainException(DropoutMessages.NO_SEMESTER, today.toString()));
            return support.change(em -> {
                CampaignEntity c = new CampaignEntity();
                c.title = t;
                c.schoolYear = semester.schoolYear();
                c.semester = semester.number();
                c.openedOn = today;
                c.openedBy = actor.username();
                em.persist(c);
                em.flush();
                return campaign(c);
            }, c -> AuditEvent.of(actor, "dropout.campaign.open", TARGET, c.id(), null).withChanges(Map.of(
                    "schoolYear", c.schoolYear(), "semester", c.semester())));
        });
    }

    @Override
    public List<Campaign> campaigns(Actor actor) {
        return support.guard(actor, "dropout.campaign.view", TARGET, null, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            return tx.read(em -> em.createQuery("select c from DropoutCampaign c order by c.openedOn desc, c.id desc",
                    CampaignEntity.class).getResultList().stream().map(SurveyServiceImpl::campaign).toList());
        });
    }

    @Override
    public Household assign(Actor actor, NewHousehold n) {
        return support.guard(actor, "dropout.household.assign", TARGET, n == null ? null : n.campaignId(), () -> {
            actor.require(Permission.RECORD_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            if (scope.kind() != Scope.Kind.SCHOOL && scope.kind() != Scope.Kind.DISTRICT) {
                throw new AccessDeniedException(DropoutMessages.SCHOOL_ONLY);
            }
            actor.requireSchool(n.schoolId());
            String town = EntryRules.required("town", n.town(), 60, DropoutMessages.TOWN_REQUIRED);
            String village = EntryRules.text("village", n.village(), 60);
            String household = EntryRules.required("household", n.household(), EntryRules.MAX_TEXT,
                    DropoutMessages.HOUSEHOLD_REQUIRED);
            String teacherName = EntryRules.required("teacher", n.teacher(), 100, DropoutMessages.TEACHER_NOT_OF_SCHOOL);
            Actor teacher = people.actorOf(teacherName).orElse(null);
            if (teacher == null || teacher.role() != Role.TEACHER && teacher.role() != Role.HEAD_TEACHER
                    || !Long.valueOf(n.schoolId()).equals(teacher.schoolId())) {
                throw new ValidationException(List.of(new FieldError("teacher", DropoutMessages.TEACHER_NOT_OF_SCHOOL,
                        teacherName)));
            }
            return support.change(em -> {
                openCampaign(em, n.campaignId());
                HouseholdEntity h = new HouseholdEntity();
                h.campaignId = n.campaignId();
                h.schoolId = n.schoolId();
                h.town = town;
                h.village = village;
                h.household = household;
                h.teacher = teacher.username();
                em.persist(h);
                em.flush();
                return household(h, List.of());
            }, h -> AuditEvent.of(actor, "dropout.household.assign", HOUSEHOLD, h.id(), h.schoolId()).withChanges(Map.of(
                    "campaign", h.campaignId(), "teacher", h.teacher())));
        });
    }

    @Override
    public List<Household> households(Actor actor, long campaignId) {
        return support.guard(actor, "dropout.campaign.view", TARGET, campaignId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            return tx.read(em -> {
                find(em, campaignId, false);
                List<HouseholdEntity> rows = SurveyQueries.households(em, scope, campaignId);
                Map<Long, List<SurveyChild>> children = children(em, rows.stream().map(h -> h.id).toList());
                return rows.stream().map(h -> household(h, children.getOrDefault(h.id, List.of()))).toList();
            });
        });
    }

    @Override
    public Household record(Actor actor, long householdId, List<SurveyChild> children) {
        return support.guard(actor, "dropout.household.record", HOUSEHOLD, householdId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            List<SurveyChild> given = children == null ? List.of() : children;
            LocalDate today = clock.today();
            List<Entries.Child> resolved = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < given.size(); i++) {
                SurveyChild c = given.get(i);
                String field = "children[" + i + "]";
                if (c == null || c.finding() == null) {
                    throw new ValidationException(List.of(new FieldError(field, DropoutMessages.FINDING_REQUIRED)));
                }
                if ((c.finding() == SurveyFinding.OTHER_SCHOOL || c.finding() == SurveyFinding.MOVED_AWAY)
                        && EntryRules.blank(c.where())) {
                    throw new ValidationException(List.of(new FieldError(field, DropoutMessages.WHERE_REQUIRED)));
                }
                EntryRules.text(field, c.where(), EntryRules.MAX_TEXT);
                Entries.Child child = c.child() != null && c.child().studentId() != null
                        ? entries.ofStudent(Entries.LOOKUP, c.child().studentId())
                        : entries.resolve(actor, c.child(), config, today);
                if (!keys.add(child.key())) {
                    throw new ValidationException(List.of(new FieldError(field, DropoutMessages.CHILD_TWICE, i + 1)));
                }
                resolved.add(child);
            }
            return tx.inTransaction(em -> {
                HouseholdEntity h = em.find(HouseholdEntity.class, householdId, LockModeType.PESSIMISTIC_WRITE);
                if (h == null) {
                    throw new NotFoundException(DropoutMessages.HOUSEHOLD_NOT_FOUND, String.valueOf(householdId));
                }
                boolean mine = scope.kind() == Scope.Kind.CLASS && h.teacher.equals(actor.username());
                if (!(scope.kind() == Scope.Kind.DISTRICT || scope.kind() == Scope.Kind.SCHOOL
                        && h.schoolId == actor.schoolId() || mine)) {
                    throw new AccessDeniedException(DropoutMessages.AREA_OUTSIDE);
                }
                openCampaign(em, h.campaignId);
                em.createQuery("delete from DropoutSurveyChild c where c.householdId = :h")
                        .setParameter("h", h.id).executeUpdate();
                List<SurveyChild> stored = new ArrayList<>();
                int outOfSchool = 0;
                for (int i = 0; i < given.size(); i++) {
                    SurveyChild c = given.get(i);
                    Entries.Child child = resolved.get(i);
                    SurveyChildEntity row = new SurveyChildEntity();
                    row.householdId = h.id;
                    row.studentId = child.studentId();
                    row.name = child.name();
                    row.sex = child.sex() == null ? null : child.sex().name();
                    row.birthDate = child.birthDate();
                    row.idNumber = child.idNumber();
                    row.finding = c.finding().name();
                    row.where = EntryRules.text("where", c.where(), EntryRules.MAX_TEXT);
                    row.reason = c.reason() == null ? null : c.reason().name();
                    if (c.finding() == SurveyFinding.OUT_OF_SCHOOL) {
                        outOfSchool++;
                        Entries.Opened o = entries.openOrAttach(em, actor, child, child.studentId() != null
                                ? child.schoolId() : h.schoolId, new Entries.Finding(h.household, h.town, h.village,
                                c.reason() == null ? ReasonCategory.OTHER : c.reason(), SurveyChild.SOURCE,
                                "survey:" + h.id + ":" + child.key(), today, null));
                        row.entryId = o.entry().id;
                        if (o.created()) {
                            nameSurveyingTeacher(em, actor, o.entry());
                        }
                    }
                    em.persist(row);
                    stored.add(surveyChild(row));
                }
                h.recordedAt = clock.now();
                h.recordedBy = actor.username();
                em.flush();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("campaign", h.campaignId);
                details.put("children", given.size());
                details.put("outOfSchool", outOfSchool);
                support.audit(em, AuditEvent.of(actor, "dropout.household.record", HOUSEHOLD, h.id, h.schoolId)
                        .withChanges(details));
                return household(h, stored);
            });
        });
    }

    @Override
    public List<CampaignProgress> progress(Actor actor, long campaignId, boolean byTown) {
        return support.guard(actor, "dropout.campaign.view", TARGET, campaignId, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            return tx.read(em -> {
                find(em, campaignId, false);
                List<HouseholdEntity> rows = SurveyQueries.households(em, scope, campaignId);
                Map<Long, List<SurveyChild>> children = children(em, rows.stream().map(h -> h.id).toList());
                Map<String, long[]> sums = new TreeMap<>();
                for (HouseholdEntity h : rows) {
                    long[] s = sums.computeIfAbsent(byTown ? h.town : String.valueOf(h.schoolId), k -> new long[3]);
                    s[0]++;
                    if (h.recordedAt != null) {
                        s[1]++;
                    }
                    s[2] += children.getOrDefault(h.id, List.of()).stream()
                            .filter(c -> c.finding() == SurveyFinding.OUT_OF_SCHOOL).count();
                }
                return sums.entrySet().stream()
                        .map(e -> new CampaignProgress(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                        .toList();
            });
        });
    }

    @Override
    public Campaign close(Actor actor, long campaignId) {
        return support.guard(actor, "dropout.campaign.close", TARGET, campaignId, () -> {
            actor.require(Permission.MANAGE_DROPOUT);
            Scope.of(actor, areas).requireDistrict();
            return support.change(em -> {
                CampaignEntity c = openCampaign(em, campaignId);
                long unrecorded = em.createQuery("select count(h) from DropoutHousehold h where h.campaignId = :c "
                        + "and h.recordedAt is null", Long.class).setParameter("c", campaignId).getSingleResult();
                if (unrecorded > 0) {
                    throw new DomainException(DropoutMessages.CAMPAIGN_UNRECORDED, unrecorded);
                }
                c.closedAt = clock.now();
                c.closedBy = actor.username();
                em.flush();
                return campaign(c);
            }, c -> AuditEvent.of(actor, "dropout.campaign.close", TARGET, c.id(), null));
        });
    }

    /**
     * R22: the teacher who found a child out of school answers for the child on the education
     * line until the school names someone else (so the teacher sees the entry and records visits).
     */
    private void nameSurveyingTeacher(EntityManager em, Actor actor, org.xueji.dropout.service.internal.entity.EntryEntity e) {
        if (actor.role() != Role.TEACHER && actor.role() != Role.HEAD_TEACHER
                || !java.util.Objects.equals(actor.schoolId(), e.schoolId)) {
            return;
        }
        org.xueji.dropout.service.internal.entity.ResponsibleEntity r =
                new org.xueji.dropout.service.internal.entity.ResponsibleEntity();
        r.entryId = e.id;
        r.line = org.xueji.dropout.api.ResponsibleLine.TEACHER.name();
        r.username = actor.username();
        r.displayName = actor.displayName();
        r.assignedBy = actor.username();
        r.assignedAt = clock.now();
        em.persist(r);
    }

    private CampaignEntity openCampaign(EntityManager em, long id) {
        CampaignEntity c = find(em, id, true);
        if (c.closedAt != null) {
            throw new DomainException(DropoutMessages.CAMPAIGN_CLOSED);
        }
        return c;
    }

    private static CampaignEntity find(EntityManager em, long id, boolean lock) {
        CampaignEntity c = lock ? em.find(CampaignEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CampaignEntity.class, id);
        if (c == null) {
            throw new NotFoundException(DropoutMessages.CAMPAIGN_NOT_FOUND, String.valueOf(id));
        }
        return c;
    }

    private static Map<Long, List<SurveyChild>> children(EntityManager em, List<Long> householdIds) {
        Map<Long, List<SurveyChild>> out = new LinkedHashMap<>();
        if (householdIds.isEmpty()) {
            return out;
        }
        for (SurveyChildEntity c : em.createQuery("select c from DropoutSurveyChild c where c.householdId in :h order by c.id",
                SurveyChildEntity.class).setParameter("h", householdIds).getResultList()) {
            out.computeIfAbsent(c.householdId, k -> new ArrayList<>()).add(surveyChild(c));
        }
        return out;
    }

    private static SurveyChild surveyChild(SurveyChildEntity c) {
        return new SurveyChild(new ChildData(c.studentId, c.name, c.sex == null ? null : Sex.valueOf(c.sex),
                c.birthDate, c.idNumber == null ? null : org.xueji.platform.api.identity.IdentityMask.idNumber(c.idNumber)),
                SurveyFinding.valueOf(c.finding), c.where, c.reason == null ? null : ReasonCategory.valueOf(c.reason),
                c.entryId);
    }

    private static Household household(HouseholdEntity h, List<SurveyChild> children) {
        return new Household(h.id, h.campaignId, h.schoolId, h.town, h.village, h.household, h.teacher, h.recordedAt,
                h.recordedBy, children);
    }

    static Campaign campaign(CampaignEntity c) {
        return new Campaign(c.id, c.title, c.schoolYear, c.semester, c.openedOn, c.closedAt != null, c.openedBy,
                c.closedAt);
    }
}

package org.xueji.transfer.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.transfer.service.internal.TransferFixture.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.persistence.WorkflowHandler;
import org.xueji.platform.testkit.TestWorkingDays;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.EvidenceUpload;
import org.xueji.transfer.api.LocalChangeType;
import org.xueji.transfer.api.LocalTypes;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.api.TransferSteps;

@DisplayName("Issue 14 item 1: the district's own change types from configuration (localTypes)")
class LocalChangeTypesTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 12);
    static final String SETTING = "study-abroad|出国学习|Study abroad|yes|yes; home-study|在家学习|Home study|no|no";

    TransferFixture f;
    /** The handlers registered for the configured types, as TransferWorkflows registers them. */
    List<WorkflowHandler> localHandlers = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        f = new TransferFixture(TestWorkingDays.weekdays(2026));
        configure(SETTING);
    }

    /** What TransferWorkflows and TransferServiceImpl do when etc/org.xueji.transfer.cfg changes. */
    void configure(String setting) {
        localHandlers.forEach(f.handlers::remove);
        localHandlers.clear();
        LocalTypes types = LocalTypeConfig.parse(setting);
        localHandlers.addAll(TransferWorkflows.local(types.types(), f.store.transactions(), f.records,
                f.store.auditTrail(), f.store.clock()));
        localHandlers.addAll(TransferWorkflows.local(TransferWorkflows.retired(f.store.transactions(), types),
                f.store.transactions(), f.records, f.store.auditTrail(), f.store.clock()));
        localHandlers.forEach(f.handlers::add);
        f.service.localTypes(types);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    static List<EvidenceUpload> paper() {
        return List.of(new EvidenceUpload(EvidenceCategory.OTHER, "letter.pdf", PDF));
    }

    long historyLines(long student, String field, String value) {
        return f.store.count("SELECT COUNT(*) FROM REG_STUDENT_HISTORY WHERE STUDENT_ID = " + student
                + " AND FIELD = '" + field + "' AND NEW_VALUE = '" + value + "'");
    }

    // ---- parsing

    @Test
    @DisplayName("Good entries become types with their names, steps and evidence rule")
    void goodEntriesParsed() {
        LocalTypes t = LocalTypeConfig.parse(SETTING + "\n  \n");
        assertThat(t.problems()).isEmpty();
        assertThat(t.types()).containsExactly(
                new LocalChangeType("study-abroad", "出国学习", "Study abroad", true, true),
                new LocalChangeType("home-study", "在家学习", "Home study", false, false));
        LocalChangeType abroad = t.types().get(0);
        assertThat(abroad.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("出国学习");
        assertThat(abroad.format(Locale.ENGLISH)).isEqualTo("Study abroad");
        assertThat(TransferSteps.requestType(abroad).id()).isEqualTo("local-study-abroad");
        assertThat(TransferSteps.requestType(abroad).steps()).extracting(s -> s.id())
                .containsExactly(TransferSteps.SCHOOL_PRINCIPAL, TransferSteps.DISTRICT);
        assertThat(TransferSteps.requestType(t.types().get(1)).steps()).extracting(s -> s.id())
                .containsExactly(TransferSteps.SCHOOL_PRINCIPAL);
        assertThat(LocalTypeConfig.parse("")).isEqualTo(LocalTypes.NONE);
        assertThat(LocalTypeConfig.parse(null)).isEqualTo(LocalTypes.NONE);
    }

    @Test
    @DisplayName("Bad entries are skipped with their position and reason; the good ones stay usable")
    void badEntriesSkippedWithAReason() {
        LocalTypes t = LocalTypeConfig.parse(String.join(";",
                "ok|好|Fine|yes|no",
                "two|fields",
                "Bad Code|名|Name|yes|no",
                "noname||Name|yes|no",
                "flag|名|Name|maybe|no",
                "ok|又一个|Again|no|no",
                "transfer|转学|Transfer|yes|yes",
                "last|最后|Last|否|是"));
        assertThat(t.types()).extracting(LocalChangeType::code).containsExactly("ok", "last");
        assertThat(t.types().get(1).districtStep()).isFalse();
        assertThat(t.types().get(1).evidenceRequired()).isTrue();
        assertThat(t.problems()).containsExactly(
                new LocalTypes.Problem(2, TransferMessages.LOCAL_TYPE_BAD_FIELDS),
                new LocalTypes.Problem(3, TransferMessages.LOCAL_TYPE_BAD_CODE),
                new LocalTypes.Problem(4, TransferMessages.LOCAL_TYPE_BAD_NAME),
                new LocalTypes.Problem(5, TransferMessages.LOCAL_TYPE_BAD_FLAG),
                new LocalTypes.Problem(6, TransferMessages.LOCAL_TYPE_DUPLICATE),
                new LocalTypes.Problem(7, TransferMessages.LOCAL_TYPE_DUPLICATE));
        // the message the shell prints names the position and the reason
        assertThat(TransferMessages.LOCAL_TYPE_SKIPPED.format(Locale.SIMPLIFIED_CHINESE, 3,
                TransferMessages.LOCAL_TYPE_BAD_CODE)).contains("第 3 项").contains("代码只能用小写字母");
    }

    // ---- through the steps

    @Test
    @DisplayName("With a district step: principal → district; approved, the change is in the record's history and the record is otherwise unchanged")
    void localTypeWithDistrictStep() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_A, NewChange.local(s, "study-abroad", DAY, "随父母出国一年", paper()));
        assertThat(r.type()).isEqualTo(ChangeType.LOCAL);
        assertThat(r.localCode()).isEqualTo("study-abroad");
        assertThat(r.currentStep()).isEqualTo(TransferSteps.SCHOOL_PRINCIPAL);
        assertThat(f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null).currentStep())
                .isEqualTo(TransferSteps.DISTRICT);
        assertThat(historyLines(s, "localType", "study-abroad")).isZero();
        ChangeRequest done = f.service.decide(LEADER, r.id(), Decision.APPROVE, "同意");
        assertThat(done.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(historyLines(s, "localType", "study-abroad")).isEqualTo(1);
        assertThat(historyLines(s, "change", "transfer:" + r.id())).isEqualTo(1);
        assertThat(f.schoolOf(s)).isEqualTo(SCHOOL_A);
        assertThat(f.classOf(s)).isEqualTo(CLASS_A7);
        assertThat(f.statusOf(s)).isEqualTo("ACTIVE");
        assertThat(f.store.actions()).contains("registry.record.local");
        assertThat(f.service.ofStudent(REGISTRAR_A, s)).extracting(ChangeRequest::localCode)
                .containsExactly("study-abroad");
    }

    @Test
    @DisplayName("Without a district step: the principal's approval is final")
    void localTypeWithoutDistrictStep() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_A, NewChange.local(s, "home-study", DAY, "在家学习一学期", List.of()));
        ChangeRequest done = f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null);
        assertThat(done.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(done.currentStep()).isNull();
        assertThat(historyLines(s, "localType", "home-study")).isEqualTo(1);
    }

    @Test
    @DisplayName("A type taken out of the configuration while a change of it is pending: that change stays in the 待办 and is decided; new ones are refused")
    void removedTypeKeepsItsPendingChangeDecidable() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_A, NewChange.local(s, "study-abroad", DAY, "随父母出国一年", paper()));
        f.service.decide(PRINCIPAL_A, r.id(), Decision.APPROVE, null);

        configure("home-study|在家学习|Home study|no|no");

        // kept as configured at submission: names and the district step
        assertThat(TransferWorkflows.retired(f.store.transactions(), LocalTypeConfig.parse("home-study|在家学习|Home study|no|no")))
                .containsExactly(new LocalChangeType("study-abroad", "出国学习", "Study abroad", true, false));
        assertThat(f.workflow.inbox(LEADER, org.xueji.platform.api.workflow.PendingFilter.ALL))
                .extracting(p -> p.type() + " " + p.subjectRef()).contains("local-study-abroad " + r.id());
        ChangeRequest done = f.service.decide(LEADER, r.id(), Decision.APPROVE, "同意");
        assertThat(done.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(historyLines(s, "localType", "study-abroad")).isEqualTo(1);

        ValidationException refused = catchValidation(() -> f.service.submit(REGISTRAR_A,
                NewChange.local(s, "study-abroad", DAY, "再次出国", paper())));
        assertThat(refused.errors()).extracting(x -> x.field() + ":" + x.messageKey().key())
                .containsExactly("localCode:" + TransferMessages.LOCAL_TYPE_UNKNOWN.key());
        // decided, it no longer needs a handler
        assertThat(TransferWorkflows.retired(f.store.transactions(), LocalTypeConfig.parse(""))).isEmpty();
    }

    @Test
    @DisplayName("A rejected local change leaves no history line")
    void rejectedLocalChangeLeavesNoHistory() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest r = f.service.submit(REGISTRAR_A, NewChange.local(s, "home-study", DAY, "在家学习", List.of()));
        assertThat(f.service.decide(PRINCIPAL_A, r.id(), Decision.REJECT, "不符合").status())
                .isEqualTo(ChangeStatus.REJECTED);
        assertThat(historyLines(s, "localType", "home-study")).isZero();
    }

    @Test
    @DisplayName("Evidence required by the configuration; an unknown (or skipped) code refused; nothing stored")
    void evidenceRequiredAndUnknownCodeRefused() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        ValidationException e = catchValidation(() -> f.service.submit(REGISTRAR_A,
                NewChange.local(s, "study-abroad", DAY, "出国", List.of())));
        assertThat(e.errors()).extracting(x -> x.field() + ":" + x.messageKey().key())
                .containsExactly("evidence:" + TransferMessages.EVIDENCE_MISSING.key());
        ValidationException u = catchValidation(() -> f.service.submit(REGISTRAR_A,
                NewChange.local(s, "nope", DAY, "未知", paper())));
        assertThat(u.errors()).extracting(x -> x.field() + ":" + x.messageKey().key())
                .containsExactly("localCode:" + TransferMessages.LOCAL_TYPE_UNKNOWN.key());
        assertThat(f.store.count("SELECT COUNT(*) FROM TRF_CHANGE")).isZero();
    }

    @Test
    @DisplayName("R1 scope: another school cannot start or decide a local change; localTypes needs VIEW_STUDENT")
    void scope() {
        long s = f.student(SCHOOL_A, CLASS_A7);
        assertThatThrownBy(() -> f.service.submit(REGISTRAR_B, NewChange.local(s, "home-study", DAY, "x", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        ChangeRequest r = f.service.submit(REGISTRAR_A, NewChange.local(s, "home-study", DAY, "在家", List.of()));
        assertThatThrownBy(() -> f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.service.localTypes(REGISTRAR_A).types()).hasSize(2);
        Actor official = Actor.of("vo", "村干部", Role.VILLAGE_OFFICIAL, null, null, "t");
        assertThatThrownBy(() -> f.service.localTypes(official)).isInstanceOf(AccessDeniedException.class);
    }

    static ValidationException catchValidation(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}

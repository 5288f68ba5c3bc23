package org.xueji.classbalance.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.classbalance.api.BalanceRun;
import org.xueji.classbalance.api.ClassBalanceMessages;
import org.xueji.classbalance.api.ClassMonitorRow;
import org.xueji.classbalance.api.FileBalance;
import org.xueji.classbalance.api.HeadTeacherDraw;
import org.xueji.classbalance.api.HeadTeacherDraw.DrawnHeadTeacher;
import org.xueji.classbalance.api.NewHeadTeacherDraw;
import org.xueji.classbalance.api.ResultExport;
import org.xueji.classbalance.api.NewRun;
import org.xueji.classbalance.api.PublishedPlacement;
import org.xueji.classbalance.api.RunPlacement;
import org.xueji.classbalance.api.RunStatus;
import org.xueji.classbalance.api.RunVerification;
import org.xueji.classbalance.api.StudentExtras;
import org.xueji.classbalance.api.balance.BalanceMessages;
import org.xueji.classbalance.api.balance.BalanceRefused;
import org.xueji.balancing.command.BalanceFileCommandAccess;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.RequestStatus;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.persistence.WorkflowSubmission;
import org.xueji.platform.api.release.ExportRequest;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.api.release.ReleaseScope;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.documents.spreadsheet.RawCell;
import org.xueji.platform.documents.spreadsheet.SheetReader;
import org.xueji.platform.documents.spreadsheet.SpreadsheetLimits;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.platform.testkit.ReleaseDouble;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.placement.PlacementMessages;

/** Issue 9 on the module's real schema: runs proposed, locked once submitted, confirmed through the workflow handler. */
class ClassBalanceServiceImplTest {

    private static final long SCHOOL = 7;

    private final ModuleTestStore store = ModuleTestStore.of(ClassBalanceSchema.UNIT, ClassBalanceSchema.CHANGELOG, "CB");
    private final FakePlacement placement = new FakePlacement().withStudents(60);
    private final List<WorkflowRequest> submitted = new ArrayList<>();
    private final WorkflowSubmission workflow = (em, actor, r) -> {
        WorkflowRequest request = new WorkflowRequest(77, r.type(), r.subjectRef(), r.subject(), r.schoolId(),
                RequestStatus.PENDING, actor.username(), Instant.now(), null, List.of());
        submitted.add(request);
        return request;
    };
    private final List<ClassSize> sizes = new ArrayList<>();
    private final SchoolService schools = (SchoolService) Proxy.newProxyInstance(SchoolService.class.getClassLoader(),
            new Class<?>[] {SchoolService.class}, (proxy, method, args) -> {
                if (method.getName().equals("classSizes")) {
                    return sizes;
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private final ClassBalanceServiceImpl service = new ClassBalanceServiceImpl(store.support(), placement, workflow, schools);
    private final ConfirmationHandler handler = new ConfirmationHandler(store.support(), placement);
    /** Accounts as the platform knows them: two teachers of the school, one of another, a registrar. */
    private final AccountService accounts = (AccountService) Proxy.newProxyInstance(AccountService.class.getClassLoader(),
            new Class<?>[] {AccountService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("actorFor")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                return switch ((String) args[0]) {
                    case "zhao.t" -> Actor.of("zhao.t", "赵老师", Role.TEACHER, SCHOOL, Set.of(), "test");
                    case "qian.t" -> Actor.of("qian.t", "钱老师", Role.HEAD_TEACHER, SCHOOL, Set.of(), "test");
                    case "far.t" -> Actor.of("far.t", "远老师", Role.TEACHER, SCHOOL + 1, Set.of(), "test");
                    case "registrar" -> Actor.of("registrar", "学籍员", Role.SCHOOL_REGISTRAR, SCHOOL, Set.of(), "test");
                    default -> throw new AccessDeniedException(org.xueji.platform.api.PlatformMessages.OTHER_SCHOOL);
                };
            });
    /** R4: release 42 is approved with grade 1, BASIC; every other id is refused. */
    private final ReleaseDouble releases = ReleaseDouble.approving(42L)
            .scope(ReleaseScope.of(Set.of(1), Set.of(ReleaseField.BASIC)));

    {
        service.accounts = accounts;
        service.releases = releases;
    }

    private final Actor registrar = Actor.of("registrar", "学籍员", Role.SCHOOL_REGISTRAR, SCHOOL, Set.of(), "test");
    private final Actor principal = Actor.of("principal", "校长", Role.PRINCIPAL, SCHOOL, Set.of(), "test");
    private final Actor otherRegistrar = Actor.of("other", "学籍员", Role.SCHOOL_REGISTRAR, SCHOOL + 1, Set.of(), "test");
    private final Actor teacher = Actor.of("teacher", "教师", Role.TEACHER, SCHOOL, Set.of(), "test");
    private final Actor district = Actor.of("district", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");

    @AfterEach
    void close() {
        store.close();
    }

    private List<StudentExtras> scores() {
        List<StudentExtras> extras = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double a = 60 + (i * 7) % 40;
            double b = 55 + (i * 11) % 45;
            double c = 50 + (i * 13) % 50;
            extras.add(new StudentExtras(1000 + i, a + b + c, Arrays.asList(a, b, c),
                    i < 2 ? "twins" : null, i == 2 || i == 3 ? "apart" : null, i % 10 == 0 ? Set.of("班干部") : Set.of()));
        }
        return extras;
    }

    private BalanceRun propose(long seed) {
        return service.propose(registrar, new NewRun(SCHOOL, 1, 2026, 2, 55, seed, scores()));
    }

    private void decide(long runId, Decision decision, Actor decider) {
        WorkflowRequest r = submitted.get(submitted.size() - 1);
        WorkflowRequest after = new WorkflowRequest(r.id(), r.type(), String.valueOf(runId), r.subject(), r.schoolId(),
                decision == Decision.APPROVE ? RequestStatus.APPROVED : RequestStatus.REJECTED, r.submittedBy(),
                r.submittedAt(), Instant.now(), List.of());
        store.transactions().inTransaction(em -> {
            handler.decided(em, new WorkflowOutcome(after, decision, decider, decision == Decision.REJECT ? "重新分" : null));
            return null;
        });
    }

    private static int classOf(BalanceRun run, long studentId) {
        return run.placements().stream().filter(p -> p.studentId() == studentId).findFirst().orElseThrow().classNumber();
    }

    @Test
    void r15_aProposedRunKeepsItsInputsSeedAndResultAndMeetsTheHardConstraints() {
        BalanceRun run = propose(5);
        assertThat(run.status()).isEqualTo(RunStatus.PROPOSED);
        assertThat(run.seed()).isEqualTo(5);
        assertThat(run.hash()).isNull();
        assertThat(run.placements()).hasSize(60);
        assertThat(run.ours().sizes()).containsExactly(30, 30);
        assertThat(run.ours().hardViolations()).isZero();
        assertThat(classOf(run, 1000)).isEqualTo(classOf(run, 1001)); // together
        assertThat(classOf(run, 1002)).isNotEqualTo(classOf(run, 1003)); // apart
        assertThat(run.ours().flagCounts()).containsKeys("留守", "随迁", "班干部");
        assertThat(run.ours().meanTotalSpread()).isLessThanOrEqualTo(run.snake().meanTotalSpread());
        // the audit row names the run and its parameters, never a student's name
        assertThat(store.audit()).filteredOn(a -> a.action().equals(ClassBalanceAuditActions.PROPOSE)).singleElement()
                .satisfies(a -> assertThat(a.changes()).contains("seed").doesNotContain("学生"));
    }

    @Test
    void r15_theSameSeedGivesTheSameClassesAnotherSeedAValidResult() {
        BalanceRun first = propose(5);
        BalanceRun again = service.rerun(registrar, first.id(), 5);
        assertThat(again.placements()).isEqualTo(first.placements());
        BalanceRun other = service.rerun(registrar, first.id(), 6);
        assertThat(other.seed()).isEqualTo(6);
        assertThat(other.ours().hardViolations()).isZero();
        assertThat(other.ours().sizeSpread()).isLessThanOrEqualTo(1);
    }

    @Test
    void r15_confirmedByThePrincipalTheRunIsLockedHashedAuditedAndPlaced() {
        BalanceRun run = propose(5);
        BalanceRun sent = service.submit(registrar, run.id());
        assertThat(sent.status()).isEqualTo(RunStatus.SUBMITTED);
        assertThat(sent.workflowRequestId()).isEqualTo(77);
        assertThat(submitted.get(0).type()).isEqualTo("class-balance");
        // submitted: no more changes
        assertRefused(() -> service.rerun(registrar, run.id(), 9), ClassBalanceMessages.RUN_LOCKED);

        decide(run.id(), Decision.APPROVE, principal);

        BalanceRun confirmed = service.run(principal, run.id());
        assertThat(confirmed.status()).isEqualTo(RunStatus.CONFIRMED);
        assertThat(confirmed.confirmedBy()).isEqualTo("principal");
        assertThat(confirmed.hash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(placement.placed).singleElement().satisfies(m -> {
            assertThat(m).hasSize(60);
            for (RunPlacement p : confirmed.placements()) {
                assertThat(m).containsEntry(p.studentId(), p.classNumber());
            }
        });
        assertThat(store.actions()).contains(ClassBalanceAuditActions.CONFIRM);
        assertThat(store.audit()).filteredOn(a -> a.action().equals(ClassBalanceAuditActions.CONFIRM)).singleElement()
                .satisfies(a -> assertThat(a.changes()).contains(confirmed.hash()));
        // confirmed: immutable
        assertRefused(() -> service.rerun(registrar, run.id(), 9), ClassBalanceMessages.RUN_LOCKED);
        assertRefused(() -> service.submit(registrar, run.id()), ClassBalanceMessages.RUN_LOCKED);
        assertThat(service.run(registrar, run.id()).editable()).isFalse();
    }

    @Test
    void verifyRecomputesFromTheStoredInputsAndSeedAndCatchesATamperedResult() {
        BalanceRun run = propose(5);
        service.submit(registrar, run.id());
        decide(run.id(), Decision.APPROVE, principal);

        RunVerification ok = service.verify(registrar, run.id());
        assertThat(ok.matches()).isTrue();
        assertThat(ok.recomputedHash()).isEqualTo(service.run(registrar, run.id()).hash());

        // someone edits the stored result behind the application's back: the first student changes class
        store.transactions().inTransaction(em -> {
            org.xueji.classbalance.service.internal.entity.RunEntity e =
                    em.find(org.xueji.classbalance.service.internal.entity.RunEntity.class, run.id());
            String first = e.resultText.substring(0, e.resultText.indexOf('\n'));
            String swapped = first.endsWith("\t1") ? first.replace("\t1", "\t2") : first.replace("\t2", "\t1");
            e.resultText = swapped + e.resultText.substring(first.length());
            return null;
        });
        RunVerification tampered = service.verify(registrar, run.id());
        assertThat(tampered.sameResult()).isFalse();
        assertThat(tampered.matches()).isFalse();
    }

    @Test
    void aPlacementTheRegistryRefusesRollsTheConfirmationBack() {
        BalanceRun run = propose(5);
        service.submit(registrar, run.id());
        placement.failure = new DomainException(PlacementMessages.CLASS_OVER_CAP, 1, 56, 55);
        assertThatThrownBy(() -> decide(run.id(), Decision.APPROVE, principal)).isInstanceOf(DomainException.class);
        BalanceRun after = service.run(registrar, run.id());
        assertThat(after.status()).isEqualTo(RunStatus.SUBMITTED);
        assertThat(after.hash()).isNull();
        assertThat(store.actions()).doesNotContain(ClassBalanceAuditActions.CONFIRM);
    }

    @Test
    void aRejectedRunIsClosedAndNobodyIsPlaced() {
        BalanceRun run = propose(5);
        service.submit(registrar, run.id());
        decide(run.id(), Decision.REJECT, principal);
        assertThat(service.run(registrar, run.id()).status()).isEqualTo(RunStatus.REJECTED);
        assertThat(placement.placed).isEmpty();
        assertRefused(() -> service.rerun(registrar, run.id(), 1), ClassBalanceMessages.RUN_LOCKED);
    }

    @Test
    void publicationListsClassAndMaskedNameOnlyOnceConfirmed() {
        BalanceRun run = propose(5);
        assertRefused(() -> service.publication(registrar, run.id()), ClassBalanceMessages.NOT_CONFIRMED);
        service.submit(registrar, run.id());
        decide(run.id(), Decision.APPROVE, principal);
        List<PublishedPlacement> list = service.publication(principal, run.id());
        assertThat(list).hasSize(60);
        assertThat(list).extracting(PublishedPlacement::maskedName).allMatch(n -> n.matches("学\\*+\\d"));
        assertThat(list).extracting(PublishedPlacement::classNumber).isSorted();
    }

    @Test
    void r1_everyMethodChecksPermissionAndSchool() {
        BalanceRun run = propose(5);
        NewRun other = new NewRun(SCHOOL, 1, 2026, 2, 55, 5L, List.of());
        assertThatThrownBy(() -> service.propose(otherRegistrar, other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.propose(principal, other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.run(otherRegistrar, run.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.run(teacher, run.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.runs(otherRegistrar, SCHOOL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.rerun(otherRegistrar, run.id(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.submit(principal, run.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.verify(otherRegistrar, run.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.publication(teacher, run.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.balanceFile(principal, new byte[0], 1, 55, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.readScores(teacher, new byte[0], "x.csv")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.monitor(registrar, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.monitor(otherRegistrar, SCHOOL, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.runs(principal, SCHOOL)).extracting(BalanceRun::id).containsExactly(run.id());
        assertThat(store.actions()).contains("classbalance.propose");
    }

    @Test
    void badRunsAreRefusedAndNothingIsStored() {
        List<StudentExtras> stranger = List.of(new StudentExtras(99, 10.0, null, null, null, null));
        assertRefused(() -> service.propose(registrar, new NewRun(SCHOOL, 1, 2026, 2, 55, 1L, stranger)),
                ClassBalanceMessages.EXTRAS_UNKNOWN_STUDENT);
        assertRefused(() -> service.propose(registrar, new NewRun(SCHOOL, 1, 2026, 3, 55, 1L, List.of())),
                ClassBalanceMessages.CLASSES_NOT_IN_REGISTRY);
        assertRefused(() -> service.propose(registrar, new NewRun(SCHOOL, 2, 2026, 2, 55, 1L, List.of())),
                ClassBalanceMessages.NOT_STARTING_GRADE);
        // R14: 60 students, 2 classes, cap 29
        assertThatThrownBy(() -> service.propose(registrar, new NewRun(SCHOOL, 1, 2026, 2, 29, 1L, List.of())))
                .isInstanceOfSatisfying(BalanceRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BalanceMessages.TOO_MANY_STUDENTS));
        List<StudentExtras> outOfRange = List.of(new StudentExtras(1000, 1200.0, null, null, null, null));
        assertThatThrownBy(() -> service.propose(registrar, new NewRun(SCHOOL, 1, 2026, 2, 55, 1L, outOfRange)))
                .isInstanceOfSatisfying(BalanceRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(BalanceMessages.SCORE_OUT_OF_RANGE));
        placement.intake.clear();
        assertRefused(() -> service.propose(registrar, new NewRun(SCHOOL, 1, 2026, 2, 55, 1L, List.of())),
                ClassBalanceMessages.NO_INTAKE);
        assertThat(store.count("SELECT COUNT(*) FROM CB_RUN")).isZero();
    }

    @Test
    void fileModeRoundTripWritesOneClassPerStudentAndNothingIsStored(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("学生ID,姓名,性别,总分,语文,数学,英语,同班组,分班组\n");
        for (int i = 0; i < 40; i++) {
            String together = i < 3 ? "T" : "";
            String apart = i >= 3 && i < 6 ? "P" : "";
            csv.append("S").append(i).append(",学生").append(i).append(',').append(i % 2 == 0 ? "男" : "女").append(',')
                    .append(150 + i).append(",50,50,").append(50 + i).append(',').append(together).append(',').append(apart)
                    .append('\n');
        }
        FileBalance result = service.balanceFile(registrar, csv.toString().getBytes(StandardCharsets.UTF_8), 4, 55, 3);
        Path out = dir.resolve("out.csv");
        BalanceFileCommandAccess.write(result, out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF学生ID,班级");
        assertThat(lines).hasSize(41);
        Map<String, Integer> classOf = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            classOf.put(f[0], Integer.parseInt(f[1]));
        }
        assertThat(classOf).hasSize(40);
        assertThat(classOf.values()).allMatch(c -> c >= 1 && c <= 4);
        assertThat(classOf.get("S0")).isEqualTo(classOf.get("S1")).isEqualTo(classOf.get("S2"));
        assertThat(Set.of(classOf.get("S3"), classOf.get("S4"), classOf.get("S5"))).hasSize(3);
        assertThat(store.count("SELECT COUNT(*) FROM CB_RUN")).isZero();
    }

    @Test
    void r16_theMonitorMarksClassesOverTheCapAndPostsOneLedgerEntryPerClassAndMonth() {
        store.clock().setToday(LocalDate.of(2026, 10, 12));
        sizes.add(new ClassSize(new SchoolClass(1, SCHOOL, 1, 1, 2026, 55, null), "一小", 55, 55));
        sizes.add(new ClassSize(new SchoolClass(2, SCHOOL, 1, 2, 2026, 55, null), "一小", 56, 55));
        sizes.add(new ClassSize(new SchoolClass(3, SCHOOL, 7, 1, 2026, 55, null), "一小", 66, 55));
        sizes.add(new ClassSize(new SchoolClass(4, SCHOOL, 2, 1, 2025, 55, null), "一小", 70, 55)); // not a starting grade
        List<IncidentPost> posts = new ArrayList<>();
        service.ledger = (LedgerService) Proxy.newProxyInstance(LedgerService.class.getClassLoader(),
                new Class<?>[] {LedgerService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("post")) {
                        posts.add((IncidentPost) args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        List<ClassMonitorRow> rows = service.monitor(district, null, null);
        assertThat(rows).extracting(ClassMonitorRow::classId).containsExactly(1L, 2L, 3L);
        assertThat(rows).extracting(ClassMonitorRow::overCap).containsExactly(false, true, true);
        assertThat(rows).extracting(ClassMonitorRow::huge).containsExactly(false, false, true);
        assertThat(posts).extracting(IncidentPost::reference)
                .containsExactly("class-over-cap#2/2026-10", "class-over-cap#3/2026-10");
        service.monitor(district, null, null);
        // the same references again: the ledger keeps one entry per source and reference
        assertThat(posts.subList(2, 4)).extracting(IncidentPost::reference)
                .containsExactly("class-over-cap#2/2026-10", "class-over-cap#3/2026-10");
    }

    private BalanceRun confirmed(long seed) {
        BalanceRun run = propose(seed);
        service.submit(registrar, run.id());
        decide(run.id(), Decision.APPROVE, principal);
        return run;
    }

    @Test
    void headTeachersAreDrawnByLotFromListAndSeedStoredAuditedWithoutNamesAndSetOnTheClasses() {
        BalanceRun run = confirmed(5);
        HeadTeacherDraw draw = service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t", "qian.t"), List.of("孙老师"), "s1"));
        // lots by hand (printf '%s\n%s' s1 CANDIDATE | sha256sum): name:孙老师 014b…, account:qian.t 4a09…,
        // account:zhao.t 6739… → class 1 孙老师, class 2 钱老师
        assertThat(draw.seed()).isEqualTo("s1");
        assertThat(draw.candidates()).containsExactly("account:qian.t", "account:zhao.t", "name:孙老师");
        assertThat(draw.classes()).containsExactly(new DrawnHeadTeacher(1, "name:孙老师", "孙老师"),
                new DrawnHeadTeacher(2, "account:qian.t", "钱老师"));
        assertThat(placement.headTeachersSet).containsExactly(Map.of(1, "孙老师", 2, "钱老师"));
        assertThat(service.headTeachers(registrar, run.id())).contains(draw);
        assertThat(store.audit()).filteredOn(a -> a.action().equals("classbalance.head-teachers")
                        && String.valueOf(run.id()).equals(a.targetId())).singleElement()
                .satisfies(a -> assertThat(a.changes()).contains("s1").contains("2=qian.t")
                        .doesNotContain("孙").doesNotContain("钱").doesNotContain("赵"));
        assertThat(service.verifyHeadTeachers(registrar, run.id()).matches()).isTrue();
        // the same list in another order with the same seed gives the same draw: another run proves it
        BalanceRun second = confirmed(6);
        HeadTeacherDraw again = service.drawHeadTeachers(registrar, second.id(),
                new NewHeadTeacherDraw(List.of("qian.t"), List.of("孙老师", " 赵老师 "), "s1"));
        assertThat(again.classes()).extracting(DrawnHeadTeacher::name).containsExactly("孙老师", "钱老师");
        assertThat(again.candidates()).containsExactly("account:qian.t", "name:孙老师", "name:赵老师");
    }

    @Test
    void aDrawWithoutASeedRecordsTheSeedItDrewAndATamperedDrawFailsVerification() {
        BalanceRun run = confirmed(5);
        HeadTeacherDraw draw = service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t", "qian.t"), List.of(), null));
        assertThat(draw.seed()).matches("[0-9a-f]{16}");
        assertThat(service.verifyHeadTeachers(principal, run.id()).matches()).isTrue();
        store.execute("UPDATE CB_HEAD_TEACHER_DRAW SET RESULT_TEXT = '1\tname:甲\t甲\n2\tname:乙\t乙\n'");
        assertThat(service.verifyHeadTeachers(principal, run.id()).matches()).isFalse();
    }

    @Test
    void headTeacherDrawsAreRefusedWithTheirCauseAndNothingIsStored() {
        BalanceRun proposed = propose(5);
        assertRefused(() -> service.drawHeadTeachers(principal, proposed.id(),
                new NewHeadTeacherDraw(List.of("zhao.t", "qian.t"), List.of(), "s")), ClassBalanceMessages.RUN_NOT_CONFIRMED);
        BalanceRun run = confirmed(6);
        assertRefused(() -> service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t"), List.of(), "s")), ClassBalanceMessages.HEAD_TEACHERS_TOO_FEW);
        assertRefused(() -> service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t", "far.t"), List.of(), "s")), ClassBalanceMessages.NOT_A_TEACHER_OF_SCHOOL);
        assertRefused(() -> service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t", "registrar"), List.of(), "s")), ClassBalanceMessages.NOT_A_TEACHER_OF_SCHOOL);
        assertRefused(() -> service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t", "nobody"), List.of(), "s")), ClassBalanceMessages.NOT_A_TEACHER_OF_SCHOOL);
        assertRefused(() -> service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t", "zhao.t"), List.of(), "s")), ClassBalanceMessages.HEAD_TEACHER_TWICE);
        assertRefused(() -> service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of(), List.of("孙老师", "孙老师"), "s")), ClassBalanceMessages.HEAD_TEACHER_TWICE);
        assertRefused(() -> service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t"), List.of(" "), "s")), ClassBalanceMessages.HEAD_TEACHER_NAME_INVALID);
        assertRefused(() -> service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t", "qian.t"), List.of(), "a\nb")), ClassBalanceMessages.SEED_INVALID);
        assertThat(store.count("SELECT COUNT(*) FROM CB_HEAD_TEACHER_DRAW")).isZero();
        assertThat(placement.headTeachersSet).isEmpty();
        assertRefused(() -> service.verifyHeadTeachers(principal, run.id()), ClassBalanceMessages.NO_HEAD_TEACHER_DRAW);
        assertThat(service.headTeachers(principal, run.id())).isEmpty();

        // a registry refusal rolls the draw back
        placement.failure = new DomainException(PlacementMessages.CLASS_MISSING, 2, 1);
        assertThatThrownBy(() -> service.drawHeadTeachers(principal, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t", "qian.t"), List.of(), "s"))).isInstanceOf(DomainException.class);
        assertThat(store.count("SELECT COUNT(*) FROM CB_HEAD_TEACHER_DRAW")).isZero();
        placement.failure = null;

        service.drawHeadTeachers(principal, run.id(), new NewHeadTeacherDraw(List.of("zhao.t", "qian.t"), List.of(), "s"));
        assertRefused(() -> service.drawHeadTeachers(registrar, run.id(),
                new NewHeadTeacherDraw(List.of("zhao.t", "qian.t"), List.of(), "t")), ClassBalanceMessages.HEAD_TEACHERS_ALREADY_DRAWN);
        assertThat(store.count("SELECT COUNT(*) FROM CB_HEAD_TEACHER_DRAW")).isEqualTo(1);
    }

    @Test
    void r1_headTeacherDrawsAndExportsCheckPermissionAndSchool() {
        BalanceRun run = confirmed(5);
        NewHeadTeacherDraw d = new NewHeadTeacherDraw(List.of("zhao.t", "qian.t"), List.of(), "s");
        assertThatThrownBy(() -> service.drawHeadTeachers(teacher, run.id(), d)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.drawHeadTeachers(otherRegistrar, run.id(), d)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.headTeachers(teacher, run.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.headTeachers(otherRegistrar, run.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.verifyHeadTeachers(otherRegistrar, run.id())).isInstanceOf(AccessDeniedException.class);
        // the principal reviews but holds no EXPORT_DATA; another school's registrar is out of scope
        assertThatThrownBy(() -> service.exportResult(principal, run.id(), 42)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.exportResult(otherRegistrar, run.id(), 42)).isInstanceOf(AccessDeniedException.class);
        assertThat(releases.asked).isEmpty();
        assertThat(store.count("SELECT COUNT(*) FROM CB_HEAD_TEACHER_DRAW")).isZero();
    }

    @Test
    void r4_theResultWithNamesIsExportedOnlyUnderAnApprovedReleaseWhileThePublicationStaysFree() throws Exception {
        BalanceRun run = confirmed(5);
        long before = store.actions().stream().filter("classbalance.export"::equals).count();
        assertThatThrownBy(() -> service.exportResult(registrar, run.id(), 41)).isInstanceOf(DomainException.class);
        assertThat(store.actions().stream().filter("classbalance.export"::equals).count()).isEqualTo(before);

        ResultExport export = service.exportResult(registrar, run.id(), 42);
        // the release was asked for this school, grade and the BASIC field group
        assertThat(releases.asked.get(releases.asked.size() - 1).export()).isEqualTo(new ExportRequest(ResultExports.KIND, SCHOOL, 1,
                Set.of(ReleaseField.BASIC)));
        assertThat(export.releaseId()).isEqualTo(42);
        assertThat(export.rows()).isEqualTo(60);
        List<List<String>> rows = new ArrayList<>();
        new SheetReader(SpreadsheetLimits.defaults()).read(new java.io.ByteArrayInputStream(export.xlsx()),
                export.fileName(), (n, cells) -> rows.add(cells.stream().map(RawCell::text).toList()));
        assertThat(rows.get(0)).containsExactly("班级", "学生ID", "姓名", "性别");
        BalanceRun full = service.run(registrar, run.id());
        RunPlacement first = full.placements().stream().filter(p -> p.studentId() == Long.parseLong(rows.get(1).get(1)))
                .findFirst().orElseThrow();
        assertThat(rows.get(1)).containsExactly(String.valueOf(first.classNumber()), String.valueOf(first.studentId()),
                first.name(), first.male() ? "男" : "女");
        assertThat(rows.get(rows.size() - 1).get(0)).contains("数据发布申请 #42");
        assertThat(store.audit()).filteredOn(a -> a.action().equals("classbalance.export")).singleElement()
                .satisfies(a -> assertThat(a.changes()).contains("42").doesNotContain("学生"));
        // the anonymised publication needs no release
        int asked = releases.asked.size();
        assertThat(service.publication(principal, run.id())).hasSize(60);
        assertThat(releases.asked).hasSize(asked);
        // a run not confirmed is not exported, and no release is used for it
        BalanceRun proposed = propose(9);
        assertRefused(() -> service.exportResult(registrar, proposed.id(), 42), ClassBalanceMessages.RUN_NOT_CONFIRMED);
        assertThat(releases.asked).hasSize(asked);
    }

    @Test
    void r4_theExportIsHeadedInTheConsolesLanguage() throws Exception {
        BalanceRun run = confirmed(5);
        ResultExport export = service.exportResult(registrar, run.id(), 42, java.util.Locale.ENGLISH);
        List<List<String>> rows = new ArrayList<>();
        new SheetReader(SpreadsheetLimits.defaults()).read(new java.io.ByteArrayInputStream(export.xlsx()),
                export.fileName(), (n, cells) -> rows.add(cells.stream().map(RawCell::text).toList()));
        assertThat(rows.get(0)).containsExactly("Class", "Student ID", "Name", "Sex");
        assertThat(rows.get(1).get(3)).isIn("Male", "Female");
        assertThat(export.fileName()).isEqualTo("class-placement-" + run.id() + ".xlsx");
    }

    private static void assertRefused(Runnable call, ClassBalanceMessages reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(reason));
    }
}

package org.xueji.dropout.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.risk.DisciplineKind;
import org.xueji.dropout.api.risk.GradesResult;
import org.xueji.dropout.api.risk.RiskIndicator;
import org.xueji.dropout.api.risk.RiskMessages;
import org.xueji.dropout.api.risk.RiskWeights;
import org.xueji.dropout.api.risk.StudentRisk;
import org.xueji.dropout.service.internal.risk.RiskConfig;
import org.xueji.dropout.service.internal.risk.RiskServiceImpl;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.testkit.AuditRow;
import org.xueji.registry.api.risk.RegistryRiskFacts;
import org.xueji.registry.api.risk.StudentRiskFacts;

/**
 * Early warning (issue 10 item 7) on the real dropout schema, a fake registry (its facts are
 * what registry-service reads from REG_STUDENT), the clock at 2025-10-15 in the autumn
 * semester 2025 (1 September 2025 – 20 January 2026). Expected scores are counted by hand in
 * the comments from the default weights in the README, never taken from the code.
 */
class RiskWarningTest extends DropoutFixture {

    static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

    /**
     * 101 (class 11): grade 8, born 2012-05-01 (13 on 1 September 2025 = 8 + 5, not over-age), 留守.
     * 102 (class 12): grade 7, born 2010-03-02 (15 on 1 September, 7 + 5 = 12, three years over),
     * repeated, transferred within the year. 201 (school 2, class 21): grade 7, nothing.
     */
    static final Map<Long, StudentRiskFacts> FACTS = Map.of(
            101L, new StudentRiskFacts(101L, "张小明", Fakes.STUDENTS.get(101L).idNumber(), LocalDate.of(2012, 5, 1),
                    1L, 11L, 8, true, false, false, false, false, false, false),
            102L, new StudentRiskFacts(102L, "李小红", Fakes.STUDENTS.get(102L).idNumber(), LocalDate.of(2010, 3, 2),
                    1L, 12L, 7, false, false, false, false, true, true, false),
            201L, new StudentRiskFacts(201L, "王小军", Fakes.STUDENTS.get(201L).idNumber(), LocalDate.of(2011, 9, 9),
                    2L, 21L, 7, false, false, false, false, false, false, false));

    static final RegistryRiskFacts REGISTRY = new RegistryRiskFacts() {
        @Override
        public List<StudentRiskFacts> ofSchool(EntityManager em, Actor actor, long schoolId, LocalDate since) {
            actor.requireSchool(schoolId);
            return FACTS.values().stream().filter(f -> f.schoolId() == schoolId).toList();
        }

        @Override
        public Optional<StudentRiskFacts> ofStudent(EntityManager em, Actor actor, long studentId, LocalDate since) {
            Optional<StudentRiskFacts> f = Optional.ofNullable(FACTS.get(studentId));
            f.ifPresent(x -> actor.requireSchool(x.schoolId()));
            return f;
        }
    };

    RiskServiceImpl risk;

    @BeforeEach
    void openRisk() {
        risk = riskWith(RiskConfig.DEFAULTS);
    }

    RiskServiceImpl riskWith(RiskWeights weights) {
        return new RiskServiceImpl(store.support(), REGISTRY, Fakes.schools(), Fakes.years(), Fakes.students(),
                weights);
    }

    /** 101's term: September attendance, a warning in October, two of three core subjects failed. */
    void importTerm() {
        // class 11's school days: 1–5, 8–12 (ten days with a mark); 101: 旷 on 8, 9 and 12 (never three
        // in a row, so the attendance feed opens no entry), 病 on 11: 3 unexplained, 4 absences of 10 = 40 %
        service.importAttendance(HEAD_A, 11L, SEPTEMBER, "九月.csv", AttendanceTest.sheet(
                AttendanceTest.row(101L, "√", "√", "√", "√", "√", "", "", "旷", "旷", "√", "病", "旷")));
        risk.recordDiscipline(HEAD_A, 101L, LocalDate.of(2025, 10, 10), DisciplineKind.WARNING);
        GradesResult g = risk.importGrades(HEAD_A, 11L, 2025, 1, "成绩.csv",
                grades(gradeRow(101L, "55", "48", "72")));
        assertThat(g.rows()).isEqualTo(1);
        assertThat(g.failing()).isEqualTo(1);
    }

    @Test
    void item7_scoreOnAHandCheckedCase() {
        importTerm();

        StudentRisk s = risk.score(REGISTRAR_A, 101L);
        // ABSENCES 20 (3 ≥ 3) + ABSENCE_RATE 15 (40 % ≥ 10 %) + DISCIPLINE 10 + FAILING 15 (55, 48 < 60)
        // + PRIORITY_GROUP 10 (留守) + UPPER_GRADE 10 (grade 8) = 80
        assertThat(s.score()).isEqualTo(80);
        assertThat(s.indicators()).containsExactlyInAnyOrder(RiskIndicator.ABSENCES, RiskIndicator.ABSENCE_RATE,
                RiskIndicator.DISCIPLINE, RiskIndicator.FAILING, RiskIndicator.PRIORITY_GROUP,
                RiskIndicator.UPPER_GRADE);
        assertThat(s.unexplainedDays()).isEqualTo(3);
        assertThat(s.absencePercent()).isEqualTo(40);
        assertThat(s.disciplineCount()).isEqualTo(1);
        assertThat(s.failingSubjects()).isEqualTo(2);
        assertThat(s.idNumber()).contains("********").doesNotContain(Fakes.STUDENTS.get(101L).idNumber());

        // 102: OVER_AGE 10 + REPEATED 10 + RECENT_CHANGE 10 = 30, below the threshold 40
        StudentRisk t = risk.score(REGISTRAR_A, 102L);
        assertThat(t.score()).isEqualTo(30);
        assertThat(t.indicators()).containsExactlyInAnyOrder(RiskIndicator.OVER_AGE, RiskIndicator.REPEATED,
                RiskIndicator.RECENT_CHANGE);

        List<StudentRisk> listed = risk.atRisk(REGISTRAR_A, 1L, 0);
        assertThat(listed).extracting(StudentRisk::studentId).containsExactly(101L);
        // a second import of the same month replaces it: the figures do not double
        service.importAttendance(HEAD_A, 11L, SEPTEMBER, "九月.csv", AttendanceTest.sheet(
                AttendanceTest.row(101L, "√", "√", "√", "√", "√", "", "", "旷", "旷", "√", "病", "旷")));
        assertThat(risk.score(REGISTRAR_A, 101L).unexplainedDays()).isEqualTo(3);
    }

    @Test
    void item7_changedWeightsAndThreshold() {
        importTerm();
        RiskWeights changed = RiskConfig.from(Map.of("threshold", "25", "weight.OVER_AGE", "20",
                "weight.ABSENCES", "0"), w -> { });
        risk = riskWith(changed);

        // 101: ABSENCES switched off; 15 + 10 + 15 + 10 + 10 = 60
        // 102: OVER_AGE 20 + REPEATED 10 + RECENT_CHANGE 10 = 40, now above 25
        List<StudentRisk> listed = risk.atRisk(DISTRICT, 1L, 0);
        assertThat(listed).extracting(StudentRisk::studentId, StudentRisk::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(101L, 60),
                        org.assertj.core.groups.Tuple.tuple(102L, 40));
        assertThat(listed.get(0).indicators()).doesNotContain(RiskIndicator.ABSENCES);
        assertThat(risk.atRisk(DISTRICT, 1L, 1)).hasSize(1);
        assertThat(risk.weights(DISTRICT).threshold()).isEqualTo(25);
    }

    @Test
    void item7_invalidConfigKeepsDefaultsAndLogs() {
        List<String> warnings = new ArrayList<>();
        RiskWeights w = RiskConfig.from(Map.of("threshold", "zero", "weight.REPEATED", "-5",
                "absenceRate.percent", "400", "weight.FAILING", "30"), warnings::add);

        assertThat(w.threshold()).isEqualTo(40);
        assertThat(w.weight(RiskIndicator.REPEATED)).isEqualTo(10);
        assertThat(w.absenceRatePercent()).isEqualTo(10);
        assertThat(w.weight(RiskIndicator.FAILING)).isEqualTo(30);
        assertThat(warnings).hasSize(3).allMatch(s -> s.contains("default"));
    }

    @Test
    void item7_aPersonConfirmsBeforeTheChildEntersTheSuspectedLedger() {
        importTerm();
        risk.atRisk(REGISTRAR_A, 1L, 0);
        assertThat(entries()).isZero();

        Entry e = risk.confirm(REGISTRAR_A, 101L, ReasonCategory.LEARNING_DIFFICULTY, "预警名单确认");

        assertThat(e.status()).isEqualTo(EntryStatus.SUSPECTED);
        assertThat(e.studentId()).isEqualTo(101L);
        assertThat(entries()).isEqualTo(1);
        assertThat(risk.atRisk(REGISTRAR_A, 1L, 0).get(0).openEntryId()).isEqualTo(e.id());
        // a student below the threshold is not put on the ledger by the early warning
        assertThatThrownBy(() -> risk.confirm(REGISTRAR_A, 102L, ReasonCategory.OTHER, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(x -> assertThat(keys(x)).containsExactly(RiskMessages.BELOW_THRESHOLD));
        assertThat(entries()).isEqualTo(1);
        // the confirmation is audited with score and indicators, no name, no ID number
        AuditRow row = store.audit().stream().filter(a -> a.action().equals("dropout.risk.confirm")).findFirst()
                .orElseThrow();
        assertThat(row.changes()).contains("80").contains("ABSENCES").doesNotContain("张小明")
                .doesNotContain(Fakes.STUDENTS.get(101L).idNumber());
        assertThat(store.audit()).allSatisfy(a -> assertThat(String.valueOf(a.changes())).doesNotContain("张小明"));
    }

    @Test
    void item7_noDuplicateEntryWhenTheChildAlreadyHasOne() {
        importTerm();
        Entry reported = reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");

        Entry confirmed = risk.confirm(REGISTRAR_A, 101L, ReasonCategory.OTHER, null);
        risk.confirm(REGISTRAR_A, 101L, ReasonCategory.OTHER, null);

        assertThat(confirmed.id()).isEqualTo(reported.id());
        assertThat(entries()).isEqualTo(1);
        // one more source (the confirmed early warning, named as such), once however often it is confirmed that day
        assertThat(confirmed.sources()).extracting(s -> s.source())
                .containsExactlyInAnyOrder(org.xueji.registry.api.followup.AtRiskSource.REPORT,
                        org.xueji.registry.api.followup.AtRiskSource.EARLY_WARNING);
        assertThat(store.count("select count(*) from DRP_SOURCE")).isEqualTo(2);
    }

    @Test
    void r1_scopeSchoolTheirSchoolTeachersTheirClassesDistrictAll() {
        importTerm();
        risk = riskWith(RiskConfig.from(Map.of("threshold", "25"), w -> { }));

        assertThat(risk.atRisk(DISTRICT, 1L, 0)).extracting(StudentRisk::studentId).containsExactly(101L, 102L);
        assertThat(risk.atRisk(PRINCIPAL_A, 1L, 0)).extracting(StudentRisk::studentId).containsExactly(101L, 102L);
        assertThat(risk.atRisk(TEACHER_A, 1L, 0)).extracting(StudentRisk::studentId).containsExactly(101L);
        assertThat(risk.atRisk(TEACHER_A2, 1L, 0)).extracting(StudentRisk::studentId).containsExactly(102L);
        for (Actor outsider : List.of(PRINCIPAL_B, TEACHER_B, VILLAGE)) {
            assertThatThrownBy(() -> risk.atRisk(outsider, 1L, 0)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> risk.score(outsider, 101L)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> risk.confirm(outsider, 101L, ReasonCategory.OTHER, null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> risk.score(TEACHER_A2, 101L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> risk.confirm(TEACHER_A2, 101L, ReasonCategory.OTHER, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> risk.recordDiscipline(TEACHER_A2, 101L, TODAY, DisciplineKind.WARNING))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> risk.importGrades(TEACHER_A2, 11L, 2025, 1, "成绩.csv",
                grades(gradeRow(101L, "10", "10")))).isInstanceOf(AccessDeniedException.class);
        // confirming needs RECORD_DROPOUT: the district leader views but does not record
        assertThat(risk.atRisk(LEADER, 1L, 0)).isNotEmpty();
        assertThatThrownBy(() -> risk.confirm(LEADER, 101L, ReasonCategory.OTHER, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(entries()).isZero();
        assertThat(store.actions()).contains("access.denied");
    }

    @Test
    void badInput_gradesImportRefusedWholeWithAMessagePerRowNothingStored() {
        // 102 is in class 12, not 11; 101 twice; a score that is no number; one above 150; a row without ID
        assertThatThrownBy(() -> risk.importGrades(HEAD_A, 11L, 2025, 1, "成绩.csv", grades(
                gradeRow(101L, "55", "48", "72"),
                gradeRow(102L, "90", "90", "90"),
                gradeRow(101L, "70", "70", "70"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(x -> assertThat(errors(x)).containsExactly(
                        "GRADES_UNKNOWN_STUDENT@3", "GRADES_DUPLICATE@4"));
        assertThatThrownBy(() -> risk.importGrades(HEAD_A, 11L, 2025, 1, "成绩.csv", grades(
                gradeRow(101L, "五十", "48", "172"),
                ",无名,60,60,60")))
                .isInstanceOf(ValidationException.class)
                .satisfies(x -> assertThat(errors(x)).containsExactly(
                        "GRADES_BAD_SCORE@2", "GRADES_BAD_SCORE@2", "GRADES_ID_MISSING@3"));
        assertThatThrownBy(() -> risk.importGrades(HEAD_A, 11L, 2025, 1, "成绩.csv",
                new ByteArrayInputStream("学号,姓名,语文\r\n1,张,60".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ValidationException.class)
                .satisfies(x -> assertThat(keys(x)).containsExactly(RiskMessages.GRADES_BAD_HEADER));
        assertThatThrownBy(() -> risk.importGrades(HEAD_A, 11L, 2025, 3, "成绩.csv", grades(gradeRow(101L, "60"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(x -> assertThat(keys(x)).containsExactly(RiskMessages.TERM_INVALID));
        assertThatThrownBy(() -> risk.importGrades(HEAD_A, 11L, 2025, 1, "成绩.csv", grades(gradeRow(101L, "", ""))))
                .isInstanceOf(ValidationException.class)
                .satisfies(x -> assertThat(keys(x)).containsExactly(RiskMessages.GRADES_NO_SCORE));
        assertThat(store.count("select count(*) from DRP_RISK_GRADES")).isZero();
        assertThat(store.actions()).doesNotContain("dropout.risk.grades");
        // a discipline record dated tomorrow is refused
        assertThatThrownBy(() -> risk.recordDiscipline(HEAD_A, 101L, TODAY.plusDays(1), DisciplineKind.WARNING))
                .isInstanceOf(ValidationException.class);
        assertThat(store.count("select count(*) from DRP_RISK_DISCIPLINE")).isZero();
    }

    @Test
    void badInput_attendanceWithAnUnknownStudentStoresNoFigures() {
        assertThatThrownBy(() -> service.importAttendance(HEAD_A, 11L, SEPTEMBER, "九月.csv", AttendanceTest.sheet(
                AttendanceTest.row(101L, "旷", "旷"), AttendanceTest.row(102L, "√"))))
                .isInstanceOf(ValidationException.class);
        assertThat(store.count("select count(*) from DRP_RISK_ATTENDANCE")).isZero();
    }

    static ByteArrayInputStream grades(String... lines) {
        List<String> all = new ArrayList<>();
        all.add("身份证号,姓名,语文,数学,英语");
        all.addAll(List.of(lines));
        return new ByteArrayInputStream(String.join("\r\n", all).getBytes(StandardCharsets.UTF_8));
    }

    static String gradeRow(long student, String... scores) {
        return Fakes.STUDENTS.get(student).idNumber() + "," + Fakes.STUDENTS.get(student).name() + ","
                + String.join(",", scores);
    }

    static List<MessageKey> keys(Throwable x) {
        return ((ValidationException) x).errors().stream().map(f -> f.messageKey()).toList();
    }

    /** key@row for the per-row messages (the row is the first argument). */
    static List<String> errors(Throwable x) {
        return ((ValidationException) x).errors().stream()
                .map(f -> ((Enum<?>) f.messageKey()).name() + "@" + f.args()[0]).toList();
    }
}

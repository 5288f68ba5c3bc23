package org.xueji.dropout.service.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.ClosingOutcome;
import org.xueji.dropout.api.DropoutService;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.homevisit.ContactKind;
import org.xueji.dropout.api.report.CampaignFigures;
import org.xueji.dropout.api.report.DropoutReport;
import org.xueji.dropout.api.report.ReportFile;
import org.xueji.dropout.api.report.ReportFormat;
import org.xueji.dropout.api.report.ReportMessages;
import org.xueji.dropout.api.report.SchoolAgeLedger;
import org.xueji.dropout.api.report.SchoolFigures;
import org.xueji.dropout.service.internal.DropoutConfig;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.documents.spreadsheet.RawCell;
import org.xueji.platform.documents.spreadsheet.SheetReader;
import org.xueji.platform.documents.spreadsheet.SpreadsheetLimits;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.platform.testkit.ReleaseDouble;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.priority.PriorityRoster;

/**
 * Item 10 reports on a crafted small case (rows written in SQL with chosen dates; every expected
 * figure counted by hand in the comments), item 1's school-age counts and the ledger export (R4).
 */
class ReportTest {

    static final LocalDate TODAY = LocalDate.of(2025, 11, 5);
    static final Actor DISTRICT = Actor.of("district-admin", "区学籍管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    static final Actor PRINCIPAL_A = Actor.of("principal1", "甲校校长", Role.PRINCIPAL, 1L, Set.of(), "test");
    static final Actor PRINCIPAL_B = Actor.of("principal2", "乙校校长", Role.PRINCIPAL, 2L, Set.of(), "test");
    static final Actor HEAD_A = Actor.of("head1", "甲校班主任", Role.HEAD_TEACHER, 1L, Set.of(11L), "test");
    static final Actor VILLAGE = Actor.of("village1", "新桥村干部", Role.VILLAGE_OFFICIAL, null, Set.of(), "test");

    ModuleTestStore store;
    ReportServiceImpl service;
    final ReleaseDouble releases = ReleaseDouble.approving(7L);
    final List<EntryQuery> listed = new ArrayList<>();

    @BeforeEach
    void openStore() {
        store = ModuleTestStore.of("xueji-dropout", "org/xueji/dropout/service/db/changelog.xml", "DRP");
        store.clock().setToday(TODAY);
        service = new ReportServiceImpl(store.support(), schools(), roster(), dropouts(), releases,
                DropoutConfig.DEFAULTS);
        craft();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private void entry(long id, long school, String found, String confirmed, String closed, String outcome,
                       String reason, String town) {
        store.execute("INSERT INTO DRP_ENTRY (ID, STATUS, CHILD_KEY, SCHOOL_ID, REASON, FOUND_ON, CONFIRMED_ON, CLOSED_ON, "
                + "OUTCOME, TOWN, CREATED_AT, CREATED_BY) VALUES (" + id + ", '" + (closed != null ? "CLOSED"
                : confirmed != null ? "DROPOUT" : "SUSPECTED") + "', 'k" + id + "', " + school + ", '" + reason + "', "
                + "'" + found + "', " + q(confirmed) + ", " + q(closed) + ", " + q(outcome) + ", " + q(town)
                + ", CURRENT_TIMESTAMP, 'test')");
    }

    private static String q(String s) {
        return s == null ? "NULL" : "'" + s + "'";
    }

    /**
     * Entries (school, found, confirmed, closed, outcome, reason, town):
     * 1: school 1, 09-10, 09-20, open, 外出务工, 黄花镇
     * 2: school 1, 10-05, —, open, 厌学, 黄花镇
     * 3: school 1, 10-08, 10-12, closed 10-28 back at school, 学习困难, 春华镇
     * 4: school 1, 09-01, 09-03, closed 09-30 transferred, 其他, 春华镇
     * 5: school 1, 10-20, confirmed 11-02, open, 家庭经济困难, 春华镇
     * 6: school 1, 11-03, —, open, 其他, 春华镇
     * 7: school 2, 10-10, —, open, 厌学, 黄花镇
     * 8: school 1, 08-01, 08-05, closed 11-01 moved away, 早婚早育, no town
     */
    private void craft() {
        entry(1, 1, "2025-09-10", "2025-09-20", null, null, "MIGRANT_WORK", "黄花镇");
        entry(2, 1, "2025-10-05", null, null, null, "SCHOOL_WEARINESS", "黄花镇");
        entry(3, 1, "2025-10-08", "2025-10-12", "2025-10-28", "BACK_AT_SCHOOL", "LEARNING_DIFFICULTY", "春华镇");
        entry(4, 1, "2025-09-01", "2025-09-03", "2025-09-30", "TRANSFERRED", "OTHER", "春华镇");
        entry(5, 1, "2025-10-20", "2025-11-02", null, null, "FAMILY_HARDSHIP", "春华镇");
        entry(6, 1, "2025-11-03", null, null, null, "OTHER", "春华镇");
        entry(7, 2, "2025-10-10", null, null, null, "SCHOOL_WEARINESS", "黄花镇");
        entry(8, 1, "2025-08-01", "2025-08-05", "2025-11-01", "MOVED_AWAY", "EARLY_MARRIAGE", null);
        // 劝返 visits: entry 1 on 10-03, 10-31 and 11-01; entry 7 on 10-15
        int v = 1;
        for (String[] x : new String[][] {{"1", "2025-10-03"}, {"1", "2025-10-31"}, {"1", "2025-11-01"},
                {"7", "2025-10-15"}}) {
            store.execute("INSERT INTO DRP_VISIT (ID, ENTRY_ID, VISITED_ON, VISITORS, MET, OUTCOME, RECORDED_BY, "
                    + "RECORDED_AT) VALUES (" + v++ + ", " + x[0] + ", '" + x[1] + "', '甲', '母亲', '同意', 't', "
                    + "CURRENT_TIMESTAMP)");
        }
        // home visits: school 1 home visit 10-09, phone 10-21, phone 09-30; school 2 home visit 10-11
        int h = 1;
        for (String[] x : new String[][] {{"1", "HOME_VISIT", "2025-10-09"}, {"1", "PHONE_CALL", "2025-10-21"},
                {"1", "PHONE_CALL", "2025-09-30"}, {"2", "HOME_VISIT", "2025-10-11"}}) {
            store.execute("INSERT INTO DRP_HOME_VISIT (ID, STUDENT_ID, SCHOOL_ID, KIND, VISIT_DATE, VISITORS, CONTENT, "
                    + "OUTCOME, RECORDED_BY, RECORDED_AT) VALUES (" + h++ + ", 100, " + x[0] + ", '" + x[1] + "', '"
                    + x[2] + "', '甲', '内容', '结果', 't', CURRENT_TIMESTAMP)");
        }
        // campaign 1 (open since 09-15): households h1 (school 1, recorded 10-10), h2 (school 1, not
        // recorded), h3 (school 1, recorded 11-02), h4 (school 2, recorded 10-01); campaign 2 closed in June
        store.execute("INSERT INTO DRP_CAMPAIGN (ID, TITLE, SCHOOL_YEAR, SEMESTER, OPENED_ON, OPENED_BY) VALUES "
                + "(1, '2025秋季排查', 2025, 1, '2025-09-15', 'd')");
        store.execute("INSERT INTO DRP_CAMPAIGN (ID, TITLE, SCHOOL_YEAR, SEMESTER, OPENED_ON, OPENED_BY, CLOSED_AT, "
                + "CLOSED_BY) VALUES (2, '2025春季排查', 2024, 2, '2025-03-01', 'd', '2025-06-30 10:00:00', 'd')");
        household(1, 1, "黄花镇", "'2025-10-10 09:00:00'");
        household(2, 1, "黄花镇", "NULL");
        household(3, 1, "春华镇", "'2025-11-02 09:00:00'");
        household(4, 2, "黄花镇", "'2025-10-01 09:00:00'");
        // children: h1 out of school (no record, A) and at school (record 101); h3 out of school (no
        // record, B); h4 out of school (no record, C); h4 moved away (no record, D: not school-age here)
        child(1, 1, null, "430121201201010011", "OUT_OF_SCHOOL");
        child(2, 1, 101L, null, "PRESENT");
        child(3, 3, null, "430121201202020022", "OUT_OF_SCHOOL");
        child(4, 4, null, "430121201203030033", "OUT_OF_SCHOOL");
        child(5, 4, null, "430121201204040044", "MOVED_AWAY");
    }

    private void household(long id, long school, String town, String recordedAt) {
        store.execute("INSERT INTO DRP_HOUSEHOLD (ID, CAMPAIGN_ID, SCHOOL_ID, TOWN, HOUSEHOLD, TEACHER, RECORDED_AT) VALUES ("
                + id + ", 1, " + school + ", '" + town + "', '户" + id + "', 'teacher1', " + recordedAt + ")");
    }

    private void child(long id, long household, Long student, String idNumber, String finding) {
        store.execute("INSERT INTO DRP_SURVEY_CHILD (ID, HOUSEHOLD_ID, STUDENT_ID, ID_NUMBER, FINDING) VALUES (" + id
                + ", " + household + ", " + (student == null ? "NULL" : student) + ", " + q(idNumber) + ", '" + finding
                + "')");
    }

    @Test
    void item10_schoolMonthlyReportOnTheCraftedCase() {
        DropoutReport r = service.schoolMonthly(PRINCIPAL_A, 1L, YearMonth.of(2025, 10));

        assertThat(r.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(r.to()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(r.suspectedAtEnd()).isEqualTo(2);   // 2, 5 (confirmed only on 11-02)
        assertThat(r.dropoutAtEnd()).isEqualTo(2);     // 1, 8 (closed only on 11-01)
        assertThat(r.stillOut()).isEqualTo(4);
        assertThat(r.newlyFound()).isEqualTo(3);       // 2, 3, 5
        assertThat(r.confirmed()).isEqualTo(1);        // 3
        assertThat(r.returned()).isEqualTo(1);         // 3
        assertThat(r.closed()).containsExactly(Map.entry(ClosingOutcome.BACK_AT_SCHOOL, 1L));
        assertThat(r.reasonsOpen()).containsOnly(Map.entry(ReasonCategory.MIGRANT_WORK, 1L),
                Map.entry(ReasonCategory.SCHOOL_WEARINESS, 1L), Map.entry(ReasonCategory.FAMILY_HARDSHIP, 1L),
                Map.entry(ReasonCategory.EARLY_MARRIAGE, 1L));
        assertThat(r.byTown()).containsOnly(Map.entry("黄花镇", 2L), Map.entry("春华镇", 1L), Map.entry("", 1L));
        assertThat(r.persuasionVisits()).isEqualTo(2); // entry 1 on 10-03 and 10-31
        assertThat(r.homeVisits()).containsOnly(Map.entry(ContactKind.HOME_VISIT, 1L),
                Map.entry(ContactKind.PHONE_CALL, 1L), Map.entry(ContactKind.PARENT_MEETING, 0L));
        assertThat(r.campaigns()).containsExactly(new CampaignFigures(1, "2025秋季排查", 2025, 1, 3, 1, 1, false));
        assertThat(r.bySchool()).containsExactly(new SchoolFigures(1, 2, 2, 3, 1));
    }

    @Test
    void item10_districtQuarterlyReportOnTheCraftedCase() {
        DropoutReport r = service.districtQuarterly(DISTRICT, 2025, 4); // 10-01 … 12-31

        assertThat(r.suspectedAtEnd()).isEqualTo(3);   // 2, 6, 7
        assertThat(r.dropoutAtEnd()).isEqualTo(2);     // 1, 5
        assertThat(r.newlyFound()).isEqualTo(5);       // 2, 3, 5, 6, 7
        assertThat(r.confirmed()).isEqualTo(2);        // 3, 5
        assertThat(r.returned()).isEqualTo(1);         // 3
        assertThat(r.closed()).containsOnly(Map.entry(ClosingOutcome.BACK_AT_SCHOOL, 1L),
                Map.entry(ClosingOutcome.MOVED_AWAY, 1L));
        assertThat(r.reasonsOpen()).containsOnly(Map.entry(ReasonCategory.MIGRANT_WORK, 1L),
                Map.entry(ReasonCategory.SCHOOL_WEARINESS, 2L), Map.entry(ReasonCategory.FAMILY_HARDSHIP, 1L),
                Map.entry(ReasonCategory.OTHER, 1L));
        assertThat(r.byTown()).containsOnly(Map.entry("黄花镇", 3L), Map.entry("春华镇", 2L));
        assertThat(r.persuasionVisits()).isEqualTo(4);
        assertThat(r.homeVisits()).containsOnly(Map.entry(ContactKind.HOME_VISIT, 2L),
                Map.entry(ContactKind.PHONE_CALL, 1L), Map.entry(ContactKind.PARENT_MEETING, 0L));
        assertThat(r.campaigns()).containsExactly(new CampaignFigures(1, "2025秋季排查", 2025, 1, 4, 3, 3, false));
        assertThat(r.bySchool()).containsExactly(new SchoolFigures(1, 2, 2, 4, 1), new SchoolFigures(2, 1, 0, 1, 0));
    }

    @Test
    void item10_scopeAndBadInput() {
        assertThatThrownBy(() -> service.schoolMonthly(PRINCIPAL_B, 1L, YearMonth.of(2025, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.schoolMonthly(HEAD_A, 1L, YearMonth.of(2025, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.districtQuarterly(PRINCIPAL_A, 2025, 4)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.districtQuarterly(VILLAGE, 2025, 4)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.districtQuarterly(DISTRICT, 2025, 5)).isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(ReportMessages.QUARTER_INVALID);
        assertThatThrownBy(() -> service.schoolMonthly(PRINCIPAL_A, 1L, YearMonth.of(2025, 12)))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(ReportMessages.PERIOD_IN_FUTURE);
        assertThat(store.actions()).contains("access.denied");
    }

    @Test
    void item10_reportFilesAsPdfAndSpreadsheetWithTheSameFiguresAudited() {
        ReportFile pdf = service.districtQuarterlyFile(DISTRICT, 2025, 4, ReportFormat.PDF);
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.fileName()).isEqualTo("dropout-quarterly-2025-Q4.pdf");

        ReportFile xlsx = service.schoolMonthlyFile(PRINCIPAL_A, 1L, YearMonth.of(2025, 10), ReportFormat.XLSX);
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        new SheetReader(SpreadsheetLimits.defaults()).read(new ByteArrayInputStream(xlsx.content()), xlsx.fileName(),
                (row, cells) -> {
                    if (cells.size() == 2) {
                        figures.put(cells.get(0).text().strip(), cells.get(1).text());
                    }
                });
        assertThat(figures).containsEntry("期末疑似辍学", "2").containsEntry("期末辍学", "2")
                .containsEntry("期末仍未返校", "4").containsEntry("本期新发现", "3").containsEntry("本期劝返复学", "1")
                .containsEntry("本期劝返走访次数", "2").containsEntry("本期家访次数", "2");
        assertThat(store.actions()).filteredOn("dropout.report.export"::equals).hasSize(2);
        assertThatThrownBy(() -> service.schoolMonthlyFile(PRINCIPAL_B, 1L, YearMonth.of(2025, 10), ReportFormat.PDF))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void item1_schoolAgeLedgerCountsRegistryAndSurveyedChildrenWithoutRecord() {
        SchoolAgeLedger district = service.schoolAge(DISTRICT);
        assertThat(district.registryBySchool()).containsOnly(Map.entry(1L, 1200L), Map.entry(2L, 800L));
        // without a record: A (h1, school 1, 黄花镇), B (h3, school 1, 春华镇), C (h4, school 2, 黄花镇); D moved away
        assertThat(district.withoutRecordBySchool()).containsOnly(Map.entry(1L, 2L), Map.entry(2L, 1L));
        assertThat(district.withoutRecordByTown()).containsOnly(Map.entry("黄花镇", 2L), Map.entry("春华镇", 1L));
        assertThat(district.minAge()).isEqualTo(6);
        assertThat(district.maxAge()).isEqualTo(16);

        SchoolAgeLedger school = service.schoolAge(PRINCIPAL_A);
        assertThat(school.registryBySchool()).containsOnly(Map.entry(1L, 1200L));
        assertThat(school.withoutRecordBySchool()).containsOnly(Map.entry(1L, 2L));
        assertThat(school.withoutRecordByTown()).containsOnly(Map.entry("黄花镇", 1L), Map.entry("春华镇", 1L));
        assertThatThrownBy(() -> service.schoolAge(HEAD_A)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void r4_ledgerExportIsRefusedWithoutAnApprovedReleaseBeforeAnyRowIsRead() {
        assertThatThrownBy(() -> service.exportLedger(DISTRICT, EntryQuery.open(), 3L)).isInstanceOf(DomainException.class)
                .extracting(x -> ((DomainException) x).messageKey()).isEqualTo(ReleaseDouble.Refusal.NOT_APPROVED);
        assertThat(releases.asked).extracting(ReleaseDouble.Asked::releaseId).containsExactly(3L);
        assertThat(listed).isEmpty();
        assertThatThrownBy(() -> service.exportLedger(HEAD_A, EntryQuery.open(), 7L))
                .isInstanceOf(AccessDeniedException.class); // no EXPORT_DATA
        assertThat(store.actions()).doesNotContain("dropout.ledger.export");

        ReportFile file = service.exportLedger(DISTRICT, EntryQuery.open(), 7L);
        List<List<String>> rows = new ArrayList<>();
        new SheetReader(SpreadsheetLimits.defaults()).read(new ByteArrayInputStream(file.content()), file.fileName(),
                (row, cells) -> rows.add(cells.stream().map(RawCell::text).toList()));
        assertThat(rows.get(0)).startsWith("编号", "状态", "姓名");
        assertThat(rows.get(1)).startsWith("2", "疑似辍学", "赵小花");
        assertThat(rows.get(1)).contains("430121********0042");
        assertThat(rows.get(rows.size() - 1).get(0)).contains(ReleaseDouble.DOCUMENT);
        assertThat(store.actions()).contains("dropout.ledger.export");
    }

    private SchoolService schools() {
        return (SchoolService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SchoolService.class},
                (p, m, a) -> switch (m.getName()) {
                    case "listSchools" -> List.of(new School(1, "S001", "甲校", SchoolType.PRIMARY, "黄花镇", List.of(),
                            false, null, null), new School(2, "S002", "乙校", SchoolType.PRIMARY, "春华镇", List.of(),
                            false, null, null));
                    case "getSchool" -> new School((Long) a[1], "S00" + a[1], "校", SchoolType.PRIMARY, "黄花镇",
                            List.of(), false, null, null);
                    case "toString" -> "FakeSchools";
                    default -> throw new AssertionError("not used: " + m.getName());
                });
    }

    private static PriorityRoster roster() {
        return new PriorityRoster() {
            @Override
            public List<org.xueji.registry.api.priority.PriorityStudent> priorityStudents(Actor actor, Long schoolId) {
                throw new AssertionError("not used here");
            }

            @Override
            public Map<Long, Long> schoolAgeCounts(Actor actor, LocalDate on, int minAge, int maxAge) {
                assertThat(on).isEqualTo(TODAY);
                Map<Long, Long> all = new java.util.TreeMap<>(Map.of(1L, 1200L, 2L, 800L));
                if (!actor.isDistrictWide()) {
                    all.keySet().retainAll(Set.of(actor.schoolId()));
                }
                return all;
            }
        };
    }

    private DropoutService dropouts() {
        Entry child = new Entry(2, EntryStatus.SUSPECTED, null, "赵小花", Sex.FEMALE, LocalDate.of(2014, 6, 1),
                "430121********0042", 1L, null, "赵大山户", "黄花镇", "新桥村", ReasonCategory.SCHOOL_WEARINESS,
                LocalDate.of(2025, 10, 5), List.of(), null, null, null, null, null, List.of(), Set.of(), null, 0);
        return (DropoutService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DropoutService.class},
                (p, m, a) -> switch (m.getName()) {
                    case "list" -> {
                        listed.add((EntryQuery) a[1]);
                        yield (Integer) a[2] == 0 ? List.of(child) : List.of();
                    }
                    case "toString" -> "FakeDropouts";
                    default -> throw new AssertionError("not used: " + m.getName());
                });
    }
}

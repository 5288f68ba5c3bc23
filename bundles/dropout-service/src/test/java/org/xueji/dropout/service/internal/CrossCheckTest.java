package org.xueji.dropout.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.ChildData;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.NewEntry;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.crosscheck.CheckKind;
import org.xueji.dropout.api.crosscheck.CrossCheckFinding;
import org.xueji.dropout.api.crosscheck.CrossCheckMessages;
import org.xueji.dropout.api.crosscheck.CrossCheckRun;
import org.xueji.dropout.api.crosscheck.FindingQuery;
import org.xueji.dropout.api.crosscheck.FindingStatus;
import org.xueji.dropout.api.crosscheck.ImportedList;
import org.xueji.dropout.api.crosscheck.ListKind;
import org.xueji.dropout.service.internal.crosscheck.CrossCheckServiceImpl;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.documents.spreadsheet.SpreadsheetException;
import org.xueji.registry.api.followup.AtRiskSource;

/**
 * 四查三比对 (R29) on crafted lists whose findings were worked out by hand (see {@link #lists()}),
 * bad-input imports refused whole, resolutions in scope, and a never-enrolled child opened as one
 * suspected entry.
 */
class CrossCheckTest extends DropoutFixture {

    static final String ID_101 = Fakes.STUDENTS.get(101L).idNumber();
    static final String ID_102 = Fakes.STUDENTS.get(102L).idNumber();
    static final String ID_201 = Fakes.STUDENTS.get(201L).idNumber();
    /** No record: the child of {@link DropoutFixture#noRecordChild}. */
    static final String ZHAO = Fakes.id(LocalDate.of(2014, 6, 1), 42);
    static final String QIAN = Fakes.id(LocalDate.of(2015, 2, 3), 51);
    static final String SUN = Fakes.id(LocalDate.of(2013, 7, 8), 63);

    CrossCheckServiceImpl crossChecks;

    @BeforeEach
    void service() {
        crossChecks = new CrossCheckServiceImpl(store.support(), Fakes.students(), AREAS, Fakes.schools(),
                DropoutConfig.DEFAULTS, () -> Set.of("黄花镇", "春华镇"));
    }

    static ByteArrayInputStream csv(String... lines) {
        return new ByteArrayInputStream(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    ImportedList load(ListKind kind, String town, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = "身份证号,姓名,乡镇,村,备注";
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return crossChecks.importList(DISTRICT, kind, town, "list.csv", csv(lines));
    }

    /**
     * Household register 黄花镇: 张小明 (record 101), 赵小花 and 钱小二 (no record); 春华镇: 王小军
     * (record 201). Ledger: 101 and 102 from the R18 check (籍在人不在), 201 reported. Aid list:
     * 王小军 and 孙小五 (no entry). Poverty list: 李小红 (102). By hand: never enrolled 赵小花 and
     * 钱小二; not present 101 (on the register) and 102 (not on it); dropout on aid 201; dropout
     * of a poverty household 102 (joint follow-up).
     */
    void lists() {
        load(ListKind.HOUSEHOLD_REGISTER, "黄花镇",
                ID_101 + ",张小明,黄花镇,新桥村,",
                ZHAO + ",赵小花,黄花镇,新桥村,",
                QIAN + ",钱小二,黄花镇,旧桥村,");
        load(ListKind.HOUSEHOLD_REGISTER, "春华镇", ID_201 + ",王小军,春华镇,东村,");
        load(ListKind.FINANCIAL_AID, null, ID_201 + ",王小军,春华镇,东村,营养餐补助",
                SUN + ",孙小五,春华镇,东村,生活补助");
        load(ListKind.POVERTY, null, ID_102 + ",李小红,黄花镇,旧桥村,低保");
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 101L, "r18:1:1", TODAY));
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 102L, "r18:1:2", TODAY));
        reportStudent(PRINCIPAL_B, 201L, "春华镇", "东村");
    }

    List<CrossCheckFinding> all(org.xueji.platform.api.Actor actor) {
        return crossChecks.findings(actor, new FindingQuery(null, null, null, null, null), 0, 100);
    }

    @Test
    void r29_eachComparisonOnCraftedListsGivesTheHandCountedFindings() {
        lists();

        CrossCheckRun run = crossChecks.run(DISTRICT);

        assertThat(run.counts()).isEqualTo(Map.of(CheckKind.NOT_ENROLLED, 2L, CheckKind.NOT_PRESENT, 2L,
                CheckKind.DROPOUT_AID, 1L, CheckKind.DROPOUT_POVERTY, 1L));
        assertThat(all(DISTRICT)).extracting(CrossCheckFinding::kind, CrossCheckFinding::name,
                        CrossCheckFinding::studentId, CrossCheckFinding::schoolId, CrossCheckFinding::town,
                        CrossCheckFinding::village, CrossCheckFinding::inHouseholdRegister,
                        CrossCheckFinding::jointFollowUp, CrossCheckFinding::listNote)
                .containsExactly(
                        tuple(CheckKind.NOT_ENROLLED, "赵小花", null, null, "黄花镇", "新桥村", true, false, null),
                        tuple(CheckKind.NOT_ENROLLED, "钱小二", null, null, "黄花镇", "旧桥村", true, false, null),
                        tuple(CheckKind.NOT_PRESENT, "张小明", 101L, 1L, "黄花镇", "新桥村", true, false, null),
                        tuple(CheckKind.NOT_PRESENT, "李小红", 102L, 1L, null, null, false, false, null),
                        tuple(CheckKind.DROPOUT_AID, "王小军", 201L, 2L, "春华镇", "东村", false, false, "营养餐补助"),
                        tuple(CheckKind.DROPOUT_POVERTY, "李小红", 102L, 1L, "黄花镇", "旧桥村", false, true, "低保"));
        // ID numbers leave the service masked
        assertThat(all(DISTRICT)).allMatch(f -> f.idNumber().contains("****"));
        assertThat(actions()).contains("dropout.crosscheck.import", "dropout.crosscheck.run");
        assertThat(store.audit()).noneMatch(r -> r.changes() != null
                && (r.changes().contains(ZHAO) || r.changes().contains("赵小花")));
    }

    @Test
    void r29_schoolsAndTownsSeeTheFindingsOfTheirScopeOnly() {
        lists();
        crossChecks.run(DISTRICT);

        assertThat(all(PRINCIPAL_A)).extracting(CrossCheckFinding::kind, CrossCheckFinding::studentId)
                .containsExactly(tuple(CheckKind.NOT_PRESENT, 101L), tuple(CheckKind.NOT_PRESENT, 102L),
                        tuple(CheckKind.DROPOUT_POVERTY, 102L));
        assertThat(all(PRINCIPAL_B)).extracting(CrossCheckFinding::kind).containsExactly(CheckKind.DROPOUT_AID);
        // the village official of 黄花镇/新桥村: the never-enrolled child and the absent child of that village
        assertThat(all(VILLAGE)).extracting(CrossCheckFinding::name).containsExactly("赵小花", "张小明");
        assertThat(all(TEACHER_A)).extracting(CrossCheckFinding::studentId).containsExactly(101L);
        assertThat(crossChecks.runs(PRINCIPAL_B).get(0).counts()).isEqualTo(Map.of(CheckKind.NOT_ENROLLED, 0L,
                CheckKind.NOT_PRESENT, 0L, CheckKind.DROPOUT_AID, 1L, CheckKind.DROPOUT_POVERTY, 0L));
    }

    @Test
    void r29_aResolutionNeedsAReasonAndTheScopeAndIsAudited() {
        lists();
        crossChecks.run(DISTRICT);
        long f101 = all(DISTRICT).get(2).id();

        assertThatThrownBy(() -> crossChecks.resolve(PRINCIPAL_A, f101, "  "))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(CrossCheckMessages.REASON_REQUIRED);
        assertThatThrownBy(() -> crossChecks.resolve(PRINCIPAL_B, f101, "已返校"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actions()).contains("access.denied");

        CrossCheckFinding done = crossChecks.resolve(PRINCIPAL_A, f101, "学生已于10月14日返校，班主任确认");

        assertThat(done.status()).isEqualTo(FindingStatus.RESOLVED);
        assertThat(done.resolvedBy()).isEqualTo("principal1");
        assertThat(crossChecks.findings(PRINCIPAL_A, FindingQuery.latestOpen(), 0, 10))
                .extracting(CrossCheckFinding::studentId).containsExactly(102L, 102L);
        assertThatThrownBy(() -> crossChecks.resolve(PRINCIPAL_A, f101, "再次"))
                .isInstanceOf(DomainException.class).extracting(x -> ((DomainException) x).messageKey())
                .isEqualTo(CrossCheckMessages.FINDING_RESOLVED);
        assertThat(actions()).contains("dropout.crosscheck.resolve");
        assertThat(store.audit()).noneMatch(r -> r.changes() != null && r.changes().contains("返校"));
    }

    @Test
    void r29_aNeverEnrolledChildOpensOneSuspectedEntryThroughTheLedgerPath() {
        lists();
        crossChecks.run(DISTRICT);
        long qian = all(DISTRICT).get(1).id();

        long entry = crossChecks.openSuspected(DISTRICT, qian);

        Entry e = service.get(DISTRICT, entry);
        assertThat(e.name()).isEqualTo("钱小二");
        assertThat(e.town()).isEqualTo("黄花镇");
        assertThat(e.village()).isEqualTo("旧桥村");
        assertThat(e.sources()).extracting(s -> s.source(), s -> s.reference())
                .containsExactly(tuple(AtRiskSource.CROSS_CHECK, "crosscheck:" + qian));
        assertThat(all(DISTRICT).get(1).status()).isEqualTo(FindingStatus.RESOLVED);
        assertThat(all(DISTRICT).get(1).entryId()).isEqualTo(entry);
        assertThatThrownBy(() -> crossChecks.openSuspected(DISTRICT, qian)).isInstanceOf(DomainException.class);
        // a child on the ledgers already: the finding is not an enrolment question
        long notPresent = all(DISTRICT).get(2).id();
        assertThatThrownBy(() -> crossChecks.openSuspected(DISTRICT, notPresent))
                .isInstanceOf(DomainException.class).extracting(x -> ((DomainException) x).messageKey())
                .isEqualTo(CrossCheckMessages.NOT_AN_ENROLMENT_FINDING);
    }

    @Test
    void r23_aChildAlreadyReportedKeepsItsOneOpenEntry() {
        lists();
        Entry reported = service.report(DISTRICT, new NewEntry(new ChildData(null, "赵小花", Sex.FEMALE,
                LocalDate.of(2014, 6, 1), ZHAO), null, "赵大山户", "黄花镇", "新桥村", ReasonCategory.FAMILY_HARDSHIP,
                AtRiskSource.REPORT, TODAY, null));
        crossChecks.run(DISTRICT);
        CrossCheckFinding zhao = all(DISTRICT).get(0);
        assertThat(zhao.entryId()).isEqualTo(reported.id());
        long before = entries();

        long entry = crossChecks.openSuspected(VILLAGE, zhao.id());

        assertThat(entry).isEqualTo(reported.id());
        assertThat(entries()).isEqualTo(before);
        assertThat(service.get(DISTRICT, entry).sources()).hasSize(2);
        assertThat(service.list(DISTRICT, EntryQuery.open(), 0, 50)).filteredOn(x -> "赵小花".equals(x.name())).hasSize(1);
    }

    @Test
    void r29_aNewerListOfTheSameKindAndTownReplacesTheOldOne() {
        load(ListKind.HOUSEHOLD_REGISTER, "黄花镇", ZHAO + ",赵小花,黄花镇,新桥村,", QIAN + ",钱小二,黄花镇,旧桥村,");
        load(ListKind.HOUSEHOLD_REGISTER, "春华镇", SUN + ",孙小五,春华镇,东村,");
        load(ListKind.HOUSEHOLD_REGISTER, "黄花镇", QIAN + ",钱小二,黄花镇,旧桥村,");

        assertThat(crossChecks.lists(DISTRICT)).extracting(ImportedList::town, ImportedList::rows)
                .containsExactlyInAnyOrder(tuple("黄花镇", 1), tuple("春华镇", 1));
        assertThat(store.count("select count(*) from DRP_XC_ROW")).isEqualTo(2);
        assertThat(crossChecks.run(DISTRICT).counts().get(CheckKind.NOT_ENROLLED)).isEqualTo(2L);
    }

    @Test
    void badInput_everyRowMessageAtOnceAndNothingStored() {
        load(ListKind.HOUSEHOLD_REGISTER, "黄花镇", ZHAO + ",赵小花,黄花镇,新桥村,");
        String badCheck = ZHAO.substring(0, 17) + (ZHAO.charAt(17) == '1' ? "2" : "1");
        String tooOld = Fakes.id(LocalDate.of(2005, 1, 1), 71);
        String tooYoung = Fakes.id(LocalDate.of(2021, 3, 3), 72);

        assertThatThrownBy(() -> load(ListKind.HOUSEHOLD_REGISTER, "黄花镇",
                QIAN + ",钱小二,黄花镇,旧桥村,",         // row 2: fine
                badCheck + ",某甲,黄花镇,新桥村,",        // row 3: check character wrong
                QIAN + ",钱小二,黄花镇,旧桥村,",         // row 4: same as row 2
                tooOld + ",某乙,黄花镇,新桥村,",          // row 5: 20 years old
                tooYoung + ",某丙,黄花镇,新桥村,",        // row 6: 4 years old
                SUN + ",孙小五,白云镇,东村,",            // row 7: unknown town
                ID_201 + ",王小军,春华镇,东村,",         // row 8: another town than the list's
                Fakes.id(LocalDate.of(2012, 1, 1), 81) + ",,黄花镇,,")) // row 9: no name
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().stream()
                        .map(e -> e.messageKey().key() + ":" + e.args()[0]).toList())
                .isEqualTo(List.of("ROW_ID_INVALID:3", "ROW_DUPLICATE:4", "ROW_AGE_OUTSIDE:5", "ROW_AGE_OUTSIDE:6",
                        "ROW_TOWN_UNKNOWN:7", "ROW_TOWN_OTHER:8", "ROW_NAME_MISSING:9"));

        // the list in use is untouched: one row, 赵小花
        assertThat(store.count("select count(*) from DRP_XC_ROW")).isEqualTo(1);
        assertThat(crossChecks.lists(DISTRICT)).extracting(ImportedList::rows).containsExactly(1);
    }

    @Test
    void badInput_ageMessageNamesTheAgeAndTheLimits() {
        String tooOld = Fakes.id(LocalDate.of(2005, 1, 1), 71);
        ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> load(ListKind.POVERTY, null, tooOld + ",某乙,春华镇,,低保"));
        FieldError error = e.errors().get(0);
        assertThat(error.messageKey()).isEqualTo(CrossCheckMessages.ROW_AGE_OUTSIDE);
        assertThat(error.args()).containsExactly(2, 20, 6, 16);
        assertThat(CrossCheckMessages.ROW_AGE_OUTSIDE.format(java.util.Locale.SIMPLIFIED_CHINESE, error.args()))
                .isEqualTo("第 2 行：年龄 20 岁，不在义务教育年龄 6–16 岁内");
    }

    @Test
    void badInput_unknownListTownMissingColumnsAndANonSpreadsheetAreRefused() {
        assertThatThrownBy(() -> load(ListKind.HOUSEHOLD_REGISTER, "白云镇", ZHAO + ",赵小花,白云镇,,"))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(CrossCheckMessages.TOWN_UNKNOWN);
        assertThatThrownBy(() -> load(ListKind.HOUSEHOLD_REGISTER, null, ZHAO + ",赵小花,黄花镇,,"))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(CrossCheckMessages.TOWN_REQUIRED);
        assertThatThrownBy(() -> crossChecks.importList(DISTRICT, ListKind.FINANCIAL_AID, null, "aid.csv",
                csv("姓名,乡镇", "赵小花,黄花镇")))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().stream().map(FieldError::args)
                        .map(a -> a[0]).toList())
                .isEqualTo(List.of("身份证号"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        assertThatThrownBy(() -> crossChecks.importList(DISTRICT, ListKind.FINANCIAL_AID, null, "aid.csv",
                new ByteArrayInputStream(png))).isInstanceOf(SpreadsheetException.class)
                .hasMessageContaining("PNG");
        assertThat(store.count("select count(*) from DRP_XC_LIST")).isZero();
    }

    @Test
    void r29_onlyTheDistrictImportsAndRuns() {
        assertThatThrownBy(() -> crossChecks.importList(PRINCIPAL_A, ListKind.POVERTY, null, "p.csv",
                csv("身份证号,姓名,乡镇", ZHAO + ",赵小花,黄花镇"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crossChecks.run(TOWN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crossChecks.run(LEADER)).isInstanceOf(AccessDeniedException.class);
        assertThat(store.count("select count(*) from DRP_XC_RUN")).isZero();
        assertThat(actions()).containsOnly("access.denied");
    }
}

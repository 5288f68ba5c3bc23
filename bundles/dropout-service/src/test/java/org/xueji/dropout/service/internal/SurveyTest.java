package org.xueji.dropout.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.Campaign;
import org.xueji.dropout.api.CampaignProgress;
import org.xueji.dropout.api.ChildData;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.Household;
import org.xueji.dropout.api.NewHousehold;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.SurveyChild;
import org.xueji.dropout.api.SurveyFinding;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.followup.AtRiskSource;

/** 拉网式排查 (R23): campaigns, households assigned to teachers, findings, suspected entries, closing. */
class SurveyTest extends DropoutFixture {

    static final LocalDate BIRTH = LocalDate.of(2013, 8, 8);

    static SurveyChild outOfSchool() {
        return new SurveyChild(new ChildData(null, "孙小草", Sex.FEMALE, BIRTH, Fakes.id(BIRTH, 64)),
                SurveyFinding.OUT_OF_SCHOOL, null, ReasonCategory.MIGRANT_WORK, null);
    }

    private Household assign(Campaign c, long school, String town, String village, String teacher, Actor by) {
        return surveys.assign(by, new NewHousehold(c.id(), school, town, village, "孙大海户", teacher));
    }

    @Test
    void r23_campaignIsOpenedByTheDistrictInASemester() {
        assertThatThrownBy(() -> surveys.open(PRINCIPAL_A, "秋季排查")).isInstanceOf(AccessDeniedException.class);
        Campaign c = surveys.open(DISTRICT, "2025年秋季拉网式排查");
        assertThat(c.schoolYear()).isEqualTo(2025);
        assertThat(c.semester()).isEqualTo(1);
        store.clock().setToday(LocalDate.of(2026, 1, 30)); // winter holiday: no semester
        assertThatThrownBy(() -> surveys.open(DISTRICT, "寒假")).isInstanceOf(DomainException.class)
                .extracting(x -> ((DomainException) x).messageKey()).isEqualTo(DropoutMessages.NO_SEMESTER);
    }

    @Test
    void r23_outOfSchoolChildBecomesASuspectedEntrySeenBySchoolAndDistrict() {
        Campaign c = surveys.open(DISTRICT, "秋季排查");
        Household h = assign(c, 1L, "黄花镇", "新桥村", "teacher1", PRINCIPAL_A);
        SurveyChild present = new SurveyChild(ChildData.ofStudent(102L), SurveyFinding.PRESENT, null, null, null);

        Household recorded = surveys.record(TEACHER_A, h.id(), List.of(outOfSchool(), present));

        assertThat(recorded.recorded()).isTrue();
        Long entryId = recorded.children().get(0).entryId();
        assertThat(entryId).isNotNull();
        assertThat(recorded.children().get(1).entryId()).isNull();
        Entry e = service.get(DISTRICT, entryId);
        assertThat(e.status()).isEqualTo(EntryStatus.SUSPECTED);
        assertThat(e.schoolId()).isEqualTo(1L);
        assertThat(e.town()).isEqualTo("黄花镇");
        assertThat(e.village()).isEqualTo("新桥村");
        assertThat(e.reason()).isEqualTo(ReasonCategory.MIGRANT_WORK);
        assertThat(e.sources()).extracting(s -> s.source()).containsExactly(AtRiskSource.SURVEY);
        assertThat(service.list(PRINCIPAL_A, EntryQuery.of(EntryStatus.SUSPECTED), 0, 10)).extracting(Entry::id)
                .containsExactly(entryId);
        assertThat(service.list(VILLAGE, EntryQuery.of(EntryStatus.SUSPECTED), 0, 10)).extracting(Entry::id)
                .containsExactly(entryId);
        assertThat(service.list(PRINCIPAL_B, EntryQuery.open(), 0, 10)).isEmpty();
        // R22: the surveying teacher answers for the child found (and so sees the entry though it has no class)
        assertThat(service.list(TEACHER_A, EntryQuery.open(), 0, 10)).extracting(Entry::id).containsExactly(entryId);
        assertThat(e.responsible()).extracting(p -> p.username()).containsExactly("teacher1");
        assertThat(service.list(TEACHER_A2, EntryQuery.open(), 0, 10)).isEmpty();
        assertThat(service.counts(DISTRICT).ageChildren()).isEqualTo(2);
        // recording the household again does not double the entry
        surveys.record(TEACHER_A, h.id(), List.of(outOfSchool(), present));
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void r23_householdsGoToTeachersOfTheSchoolAndOnlyTheyOrTheSchoolRecordThem() {
        Campaign c = surveys.open(DISTRICT, "秋季排查");
        assertThatThrownBy(() -> assign(c, 1L, "黄花镇", "新桥村", "teacher9", PRINCIPAL_A))
                .isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(DropoutMessages.TEACHER_NOT_OF_SCHOOL);
        assertThatThrownBy(() -> assign(c, 2L, "黄花镇", "新桥村", "teacher9", PRINCIPAL_A))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assign(c, 1L, "黄花镇", "新桥村", "teacher1", TEACHER_A))
                .isInstanceOf(AccessDeniedException.class);
        Household mine = assign(c, 1L, "黄花镇", "新桥村", "teacher1", PRINCIPAL_A);
        Household theirs = assign(c, 1L, "黄花镇", "老屋村", "teacher2", PRINCIPAL_A);

        assertThat(surveys.households(TEACHER_A, c.id())).extracting(Household::id).containsExactly(mine.id());
        assertThat(surveys.households(PRINCIPAL_A, c.id())).hasSize(2);
        assertThat(surveys.households(PRINCIPAL_B, c.id())).isEmpty();
        assertThat(surveys.households(VILLAGE, c.id())).extracting(Household::id).containsExactly(mine.id());
        assertThatThrownBy(() -> surveys.record(TEACHER_A, theirs.id(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(surveys.record(PRINCIPAL_A, theirs.id(), List.of()).recorded()).isTrue();
    }

    @Test
    void r23_campaignCannotCloseWithUnrecordedHouseholds() {
        Campaign c = surveys.open(DISTRICT, "秋季排查");
        Household a = assign(c, 1L, "黄花镇", "新桥村", "teacher1", PRINCIPAL_A);
        Household b = assign(c, 1L, "春华镇", "东山村", "teacher2", PRINCIPAL_A);
        surveys.record(TEACHER_A, a.id(), List.of(outOfSchool()));

        assertThatThrownBy(() -> surveys.close(DISTRICT, c.id())).isInstanceOf(DomainException.class)
                .satisfies(x -> {
                    assertThat(((DomainException) x).messageKey()).isEqualTo(DropoutMessages.CAMPAIGN_UNRECORDED);
                    assertThat(((DomainException) x).args()).containsExactly(1L);
                });
        assertThat(surveys.campaigns(DISTRICT).get(0).closed()).isFalse();

        List<CampaignProgress> bySchool = surveys.progress(DISTRICT, c.id(), false);
        assertThat(bySchool).containsExactly(new CampaignProgress("1", 2, 1, 1));
        assertThat(surveys.progress(DISTRICT, c.id(), true)).containsExactly(
                new CampaignProgress("春华镇", 1, 0, 0), new CampaignProgress("黄花镇", 1, 1, 1));

        surveys.record(TEACHER_A2, b.id(), List.of());
        assertThat(surveys.close(DISTRICT, c.id()).closed()).isTrue();
        assertThatThrownBy(() -> surveys.record(TEACHER_A, a.id(), List.of())).isInstanceOf(DomainException.class)
                .extracting(x -> ((DomainException) x).messageKey()).isEqualTo(DropoutMessages.CAMPAIGN_CLOSED);
    }

    @Test
    void badInput_surveyRowsRefusedWholeNothingStored() {
        Campaign c = surveys.open(DISTRICT, "秋季排查");
        Household h = assign(c, 1L, "黄花镇", "新桥村", "teacher1", PRINCIPAL_A);
        LocalDate toddler = LocalDate.of(2021, 1, 1);
        SurveyChild young = new SurveyChild(new ChildData(null, "小宝", Sex.MALE, toddler, Fakes.id(toddler, 1)),
                SurveyFinding.OUT_OF_SCHOOL, null, null, null);
        SurveyChild movedNowhere = new SurveyChild(ChildData.ofStudent(101L), SurveyFinding.MOVED_AWAY, " ", null, null);
        SurveyChild malformed = new SurveyChild(new ChildData(null, "孙小草", Sex.FEMALE, BIRTH, "43012120130808006"),
                SurveyFinding.OUT_OF_SCHOOL, null, null, null);

        assertRefused(h, List.of(outOfSchool(), young), DropoutMessages.NOT_SCHOOL_AGE);
        assertRefused(h, List.of(movedNowhere), DropoutMessages.WHERE_REQUIRED);
        assertRefused(h, List.of(outOfSchool(), outOfSchool()), DropoutMessages.CHILD_TWICE);
        assertRefused(h, List.of(malformed), DropoutMessages.ID_NUMBER_INVALID);
        assertThat(entries()).isZero();
        assertThat(store.count("select count(*) from DRP_SURVEY_CHILD")).isZero();
        assertThat(surveys.households(DISTRICT, c.id()).get(0).recorded()).isFalse();
    }

    private void assertRefused(Household h, List<SurveyChild> children, DropoutMessages key) {
        assertThatThrownBy(() -> surveys.record(TEACHER_A, h.id(), children)).isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey()).isEqualTo(key);
    }
}

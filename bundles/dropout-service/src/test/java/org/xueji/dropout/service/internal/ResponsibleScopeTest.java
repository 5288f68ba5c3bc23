package org.xueji.dropout.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.ResponsibleLine;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.registry.api.followup.AtRiskSource;

/** R22: named persons on both lines, the government line inside its area; who sees which entries. */
class ResponsibleScopeTest extends DropoutFixture {

    @Test
    void r22_governmentLinePersonMustCoverTheChildsVillage() {
        Entry inVillage = reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");
        Entry elsewhere = reportStudent(REGISTRAR_A, 102L, "黄花镇", "老屋村");

        Entry named = service.assign(REGISTRAR_A, inVillage.id(), ResponsibleLine.GOVERNMENT, "village1");
        assertThat(named.responsible()).extracting(p -> p.username()).containsExactly("village1");
        assertThat(named.missingLines()).containsExactlyInAnyOrder(ResponsibleLine.SCHOOL_LEADER,
                ResponsibleLine.TEACHER, ResponsibleLine.HEAD_TEACHER);

        assertRefused(elsewhere.id(), ResponsibleLine.GOVERNMENT, "village1", DropoutMessages.PERSON_OUTSIDE_AREA);
        // a school account is not on the government line; a village official not on the education line
        assertRefused(elsewhere.id(), ResponsibleLine.GOVERNMENT, "principal1", DropoutMessages.PERSON_WRONG_ROLE);
        assertRefused(inVillage.id(), ResponsibleLine.TEACHER, "village1", DropoutMessages.PERSON_WRONG_ROLE);
        assertThat(service.get(DISTRICT, elsewhere.id()).responsible()).isEmpty();
        assertThat(service.get(DISTRICT, elsewhere.id()).missingLines()).hasSize(4);
    }

    @Test
    void r22_governmentLineNeedsTheHouseholdsPlace() {
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 101L, "r18:1", TODAY));
        long id = service.list(DISTRICT, EntryQuery.open(), 0, 1).get(0).id();

        assertRefused(id, ResponsibleLine.GOVERNMENT, "village1", DropoutMessages.HOUSEHOLD_PLACE_MISSING);
    }

    @Test
    void r22_educationLineBelongsToTheChildsSchoolAndClass() {
        Entry e = reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");

        assertRefused(e.id(), ResponsibleLine.TEACHER, "teacher9", DropoutMessages.PERSON_OTHER_SCHOOL);
        assertRefused(e.id(), ResponsibleLine.SCHOOL_LEADER, "principal2", DropoutMessages.PERSON_OTHER_SCHOOL);
        assertRefused(e.id(), ResponsibleLine.SCHOOL_LEADER, "teacher1", DropoutMessages.PERSON_WRONG_ROLE);
        assertRefused(e.id(), ResponsibleLine.HEAD_TEACHER, "teacher1", DropoutMessages.PERSON_WRONG_ROLE);
        assertRefused(e.id(), ResponsibleLine.TEACHER, "nobody", DropoutMessages.PERSON_UNKNOWN);

        service.assign(REGISTRAR_A, e.id(), ResponsibleLine.SCHOOL_LEADER, "principal1");
        service.assign(REGISTRAR_A, e.id(), ResponsibleLine.TEACHER, "teacher2");
        service.assign(REGISTRAR_A, e.id(), ResponsibleLine.HEAD_TEACHER, "head1");
        Entry all = service.assign(REGISTRAR_A, e.id(), ResponsibleLine.GOVERNMENT, "village1");
        assertThat(all.missingLines()).isEmpty();
        // naming another person on a line replaces the first
        Entry again = service.assign(REGISTRAR_A, e.id(), ResponsibleLine.TEACHER, "teacher1");
        assertThat(again.responsible()).filteredOn(p -> p.line() == ResponsibleLine.TEACHER)
                .extracting(p -> p.username()).containsExactly("teacher1");
    }

    private void assertRefused(long id, ResponsibleLine line, String who, DropoutMessages key) {
        assertThatThrownBy(() -> service.assign(REGISTRAR_A, id, line, who)).isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey()).isEqualTo(key);
    }

    @Test
    void r22_scopeTable_villageOfficialSeesOnlyTheirVillages() {
        Entry xinqiao = reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");
        Entry laowu = reportStudent(REGISTRAR_A, 102L, "黄花镇", "老屋村");
        Entry chunhua = reportStudent(PRINCIPAL_B, 201L, "春华镇", "东山村");

        assertThat(ids(service.list(VILLAGE, EntryQuery.open(), 0, 100))).containsExactly(xinqiao.id());
        assertThat(ids(service.list(TOWN, EntryQuery.open(), 0, 100))).containsExactly(chunhua.id());
        assertThat(ids(service.list(DISTRICT, EntryQuery.open(), 0, 100)))
                .containsExactlyInAnyOrder(xinqiao.id(), laowu.id(), chunhua.id());
        assertThat(ids(service.list(PRINCIPAL_A, EntryQuery.open(), 0, 100)))
                .containsExactlyInAnyOrder(xinqiao.id(), laowu.id());
        assertThat(ids(service.list(PRINCIPAL_B, EntryQuery.open(), 0, 100))).containsExactly(chunhua.id());
        assertThat(ids(service.list(TEACHER_A, EntryQuery.open(), 0, 100))).containsExactly(xinqiao.id());
        assertThatThrownBy(() -> service.get(VILLAGE, laowu.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(PRINCIPAL_B, xinqiao.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(TEACHER_A, laowu.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.counts(VILLAGE).byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);

        // a teacher named for a child of another class sees that child too (R22: their children)
        service.assign(REGISTRAR_A, laowu.id(), ResponsibleLine.TEACHER, "teacher1");
        assertThat(ids(service.list(TEACHER_A, EntryQuery.open(), 0, 100)))
                .containsExactlyInAnyOrder(xinqiao.id(), laowu.id());
        assertThat(service.get(TEACHER_A, laowu.id()).id()).isEqualTo(laowu.id());
        // refusals are audited
        assertThat(store.audit()).anyMatch(r -> r.action().equals("access.denied") && r.changes().contains("dropout.entry.view"));
    }

    @Test
    void r22_reportingOutsideOnesAreaIsRefused() {
        assertThatThrownBy(() -> service.report(VILLAGE, noRecordChild("老屋村"))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.report(VILLAGE, noRecordChild("新桥村")).village()).isEqualTo("新桥村");
        assertThatThrownBy(() -> reportStudent(PRINCIPAL_B, 101L, "黄花镇", "新桥村"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void r22_responsiblePersonsAndMissingOnesAreReminded() {
        Entry e = reportStudent(REGISTRAR_A, 101L, "黄花镇", "新桥村");
        assertThat(watch.reminders(PRINCIPAL_A)).extracting(Reminder::message)
                .contains(DropoutMessages.REMINDER_MISSING_PERSONS);
        assertThat(watch.reminders(VILLAGE)).extracting(Reminder::message)
                .doesNotContain(DropoutMessages.REMINDER_MY_CHILDREN);

        service.assign(REGISTRAR_A, e.id(), ResponsibleLine.GOVERNMENT, "village1");

        List<Reminder> mine = watch.reminders(VILLAGE);
        assertThat(mine).filteredOn(r -> r.message() == DropoutMessages.REMINDER_MY_CHILDREN)
                .extracting(Reminder::args).containsExactly(List.of(1L));
        assertThat(watch.reminders(PRINCIPAL_B)).isEmpty();
    }

    private static List<Long> ids(List<Entry> entries) {
        return entries.stream().map(Entry::id).toList();
    }
}

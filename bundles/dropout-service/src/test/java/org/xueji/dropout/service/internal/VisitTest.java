package org.xueji.dropout.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.NewVisit;
import org.xueji.dropout.api.Visit;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.reminder.Reminder;
import org.xueji.platform.documents.DocumentMessages;
import org.xueji.registry.api.followup.AtRiskSource;

/** 劝返 visits, their evidence, the reminder after N working days and the ledger incident after the second limit. */
class VisitTest extends DropoutFixture {

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private long dropout() {
        signals.atRisk(Fakes.signal(AtRiskSource.R18_NOT_PRESENT, 101L, "r18:1", TODAY));
        long id = service.list(DISTRICT, EntryQuery.open(), 0, 1).get(0).id();
        service.confirm(REGISTRAR_A, id, null, null);
        return id;
    }

    @Test
    void visitWithPhotoIsRecordedAndItsEvidenceReadBack() throws IOException {
        long id = dropout();
        byte[] photo = png();

        Visit v = service.recordVisit(TEACHER_A, id, new NewVisit(TODAY, "张老师、村主任", "母亲", "同意下周返校", "周一到校接",
                "IMG_0001.png", photo));

        assertThat(v.evidenceType()).isEqualTo("image/png");
        assertThat(service.visits(DISTRICT, id)).extracting(Visit::id).containsExactly(v.id());
        assertThat(service.evidence(PRINCIPAL_A, v.id()).content()).isEqualTo(photo);
        assertThat(service.get(DISTRICT, id).lastVisitOn()).isEqualTo(TODAY);
        assertThat(actions()).contains("dropout.visit.add", "dropout.evidence.view");
        assertThat(store.audit()).noneMatch(r -> r.changes() != null && r.changes().contains("母亲"));
    }

    @Test
    void badInput_visitInTheFutureOrWithAFakeImageIsRefusedNothingStored() {
        long id = dropout();

        assertThatThrownBy(() -> service.recordVisit(TEACHER_A, id, new NewVisit(TODAY.plusDays(1), "张老师", "母亲",
                "同意", null, null, null))).isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(DropoutMessages.DATE_IN_FUTURE);
        assertThatThrownBy(() -> service.recordVisit(TEACHER_A, id, new NewVisit(TODAY, "张老师", "母亲", "同意", null,
                "photo.jpg", "not an image".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(ValidationException.class)
                .extracting(x -> ((ValidationException) x).errors().get(0).messageKey())
                .isEqualTo(DocumentMessages.EVIDENCE_WRONG_TYPE);
        assertThatThrownBy(() -> service.recordVisit(TEACHER_A, id, new NewVisit(TODAY, " ", "母亲", "同意", null,
                null, null))).isInstanceOf(ValidationException.class);
        assertThat(store.count("select count(*) from DRP_VISIT")).isZero();
        assertThat(store.count("select count(*) from DRP_EVIDENCE")).isZero();
    }

    @Test
    void r23_noVisitForTenWorkingDaysIsRemindedAndPastTwentyLedgered() {
        long id = dropout(); // confirmed Wednesday 2025-10-15
        watch.bindLedger(ledger.service());

        store.clock().setToday(LocalDate.of(2025, 10, 28)); // 9 working days later
        assertThat(watch.reminders(PRINCIPAL_A)).extracting(Reminder::message)
                .doesNotContain(DropoutMessages.REMINDER_VISIT_DUE);
        store.clock().setToday(LocalDate.of(2025, 10, 29)); // the 10th working day
        assertThat(watch.reminders(PRINCIPAL_A)).filteredOn(r -> r.message() == DropoutMessages.REMINDER_VISIT_DUE)
                .extracting(Reminder::args).containsExactly(java.util.List.of(1L, 10));
        assertThat(watch.reminders(PRINCIPAL_B)).isEmpty();
        assertThat(watch.postOverdue()).isZero();

        store.clock().setToday(LocalDate.of(2025, 11, 11)); // 19 working days
        assertThat(watch.postOverdue()).isZero();
        store.clock().setToday(LocalDate.of(2025, 11, 12)); // 20 working days
        watch.postOverdue();
        watch.postOverdue();
        assertThat(ledger.posts).hasSize(1);
        assertThat(ledger.posts.get(0).schoolId()).isEqualTo(1L);
        assertThat(ledger.posts.get(0).reference()).isEqualTo("no-visit:" + id + ":2025-10-15");

        // a visit restarts the count
        service.recordVisit(TEACHER_A, id, new NewVisit(LocalDate.of(2025, 11, 12), "张老师", "父亲", "仍在外务工", null,
                null, null));
        assertThat(watch.reminders(PRINCIPAL_A)).extracting(Reminder::message)
                .doesNotContain(DropoutMessages.REMINDER_VISIT_DUE);
        watch.postOverdue();
        assertThat(ledger.posts).hasSize(1);
    }

    @Test
    void withoutTheLedgerNothingIsPosted() {
        dropout();
        store.clock().setToday(LocalDate.of(2025, 12, 31));
        assertThat(watch.postOverdue()).isZero();
    }
}

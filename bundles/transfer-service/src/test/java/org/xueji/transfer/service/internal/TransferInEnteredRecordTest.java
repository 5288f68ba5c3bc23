package org.xueji.transfer.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.transfer.service.internal.TransferFixture.*;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.testkit.TestWorkingDays;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.EnteredRecord;
import org.xueji.transfer.api.NewChange;

/**
 * Issue 14: a transfer in (转入) not yet approved has no record in the registry; its 转学联系表 and the change's
 * details are printed and shown from the record entered from the sending school's form (TRF_INCOMING), the ID
 * number masked (R1), within the change's scope.
 */
@DisplayName("Issue 14: the entered record of a pending transfer in, on the form and in the details (real schemas)")
class TransferInEnteredRecordTest {

    /** A child registered in Guangzhou, born 20 May 2013 (valid check character). */
    static final String ID_OUTSIDE = ChineseIdNumber.of("440106", LocalDate.of(2013, 5, 20), 37).value();
    /** The same number as IdentityMask shows it: first 6 and last 4 kept (written out by hand). */
    static final String MASKED = "440106********" + ID_OUTSIDE.substring(14);

    TransferFixture f;

    @BeforeEach
    void setUp() {
        f = new TransferFixture(TestWorkingDays.weekdays(2026));
        f.service.schoolNames(id -> "学校" + id);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }

    @Test
    @DisplayName("转学联系表 of a pending transfer in: printed from the entered record (sending school, masked ID), not 'not found'")
    void contactFormOfAPendingTransferInIsPrintedFromTheEnteredRecord() throws IOException {
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, TransferInTest.incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7));
        assertThat(r.studentId()).isZero(); // no record yet

        String page = text(f.service.contactForm(REGISTRAR_B, r.id()));
        assertThat(page).contains("转学联系表", "转入", "广东省广州市天河区某中学", "学校2", "7年级", "随父母迁居本区",
                "（批准后生成）", "身份证件号", MASKED);
        assertThat(page).doesNotContain(ID_OUTSIDE).doesNotContain("转入学生");
        // the decisions in words, not the steps' status constants
        assertThat(page).contains("审批记录", "待审批", "待前一步").doesNotContain("PENDING").doesNotContain("WAITING");
        assertThat(f.store.actions()).contains("transfer.form");
        // the district prints it too; a school outside the change does not
        assertThat(text(f.service.contactForm(LEADER, r.id()))).contains(MASKED);
        assertThatThrownBy(() -> f.service.contactForm(REGISTRAR_A, r.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("转学联系表 after approval: the created record's 学籍号 (masked), the sending school still the one outside")
    void contactFormAfterApprovalShowsTheCreatedRecordsNumber() throws IOException {
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, TransferInTest.incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7));
        f.service.decide(PRINCIPAL_B, r.id(), Decision.APPROVE, null);
        f.service.recordReply(REGISTRAR_B, r.id(), true, null);
        f.service.decide(LEADER, r.id(), Decision.APPROVE, "同意");

        String page = text(f.service.contactForm(REGISTRAR_B, r.id()));
        assertThat(page).contains("G" + MASKED, "广东省广州市天河区某中学").doesNotContain("（批准后生成）")
                .doesNotContain(ID_OUTSIDE);
    }

    @Test
    @DisplayName("The details read the entered record's main fields, the ID number masked; scope as the change; audited without values")
    void enteredRecordOfAPendingTransferInIsReadMaskedWithinTheChangesScope() {
        ChangeRequest r = f.service.submitTransferIn(REGISTRAR_B, TransferInTest.incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7));

        EnteredRecord e = f.service.enteredRecord(REGISTRAR_B, r.id()).orElseThrow();
        assertThat(e.changeId()).isEqualTo(r.id());
        assertThat(e.name()).isEqualTo("转入学生");
        assertThat(e.sex()).isEqualTo(Sex.MALE); // sequence 37: odd, male (GB 11643)
        assertThat(e.birthDate()).isEqualTo(LocalDate.of(2013, 5, 20));
        assertThat(e.idType()).isEqualTo(IdDocumentType.RESIDENT_ID);
        assertThat(e.maskedIdNumber()).isEqualTo(MASKED);
        assertThat(e.gradeLevel()).isEqualTo(7);
        assertThat(e.sendingSchool()).isEqualTo("广东省广州市天河区某中学");
        assertThat(f.service.enteredRecord(LEADER, r.id())).isPresent();
        assertThat(f.store.actions()).contains(ChangeQueries.ENTERED_RECORD);
        assertThat(f.store.audit()).allSatisfy(a -> assertThat(String.valueOf(a.changes()))
                .doesNotContain(ID_OUTSIDE).doesNotContain("转入学生"));

        // R1: another school, and an account without VIEW_STUDENT of another school, are refused
        assertThatThrownBy(() -> f.service.enteredRecord(REGISTRAR_A, r.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.service.enteredRecord(PRINCIPAL_A, r.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("No entered record for other changes, nor once the transfer in is decided (the registry holds the record, or nothing is kept)")
    void noEnteredRecordForOtherChangesOrOnceDecided() {
        ChangeRequest approved = f.service.submitTransferIn(REGISTRAR_B,
                TransferInTest.incoming(ID_OUTSIDE, SCHOOL_B, CLASS_B7, 7));
        f.service.decide(PRINCIPAL_B, approved.id(), Decision.APPROVE, null);
        f.service.recordReply(REGISTRAR_B, approved.id(), true, null);
        f.service.decide(LEADER, approved.id(), Decision.APPROVE, "同意");
        assertThat(f.service.enteredRecord(REGISTRAR_B, approved.id())).isEmpty();

        String other = ChineseIdNumber.of("440106", LocalDate.of(2013, 8, 2), 52).value();
        ChangeRequest rejected = f.service.submitTransferIn(REGISTRAR_B, TransferInTest.incoming(other, SCHOOL_B, CLASS_B7, 7));
        f.service.decide(PRINCIPAL_B, rejected.id(), Decision.REJECT, "材料不全");
        assertThat(f.service.enteredRecord(REGISTRAR_B, rejected.id())).isEmpty();

        long student = f.student(SCHOOL_A, CLASS_A7);
        ChangeRequest transfer = f.service.submit(REGISTRAR_B, new NewChange(org.xueji.transfer.api.ChangeType.TRANSFER,
                student, SCHOOL_B, CLASS_B7, 7, TransferInTest.DAY, "迁居", null, null, true, null, null,
                transferEvidence()));
        assertThat(f.service.enteredRecord(REGISTRAR_B, transfer.id())).isEmpty();
    }

    @Test
    @DisplayName("A pending transfer in of a child with a passport or without any document: the form prints, the number masked or absent")
    void childWithoutResidentIdPrintsAndShowsTheEnteredRecord() throws IOException {
        var form = TransferInTest.printedForm(ID_OUTSIDE);
        ChangeRequest passport = f.service.submitTransferIn(REGISTRAR_B, new org.xueji.transfer.api.IncomingTransfer(
                TransferInTest.withDocument(form, IdDocumentType.PASSPORT, "E12345678"), 7, SCHOOL_B, CLASS_B7,
                TransferInTest.DAY, "随父母迁居本区", "香港某小学", true, null, transferEvidence()));
        // IdentityMask on a short number keeps its last 2 characters
        assertThat(f.service.enteredRecord(REGISTRAR_B, passport.id()).orElseThrow().maskedIdNumber())
                .isEqualTo("*******78");
        assertThat(text(f.service.contactForm(REGISTRAR_B, passport.id()))).contains("香港某小学", "*******78")
                .doesNotContain("E12345678");

        String other = ChineseIdNumber.of("440106", LocalDate.of(2013, 8, 2), 52).value();
        ChangeRequest none = f.service.submitTransferIn(REGISTRAR_B, new org.xueji.transfer.api.IncomingTransfer(
                TransferInTest.withDocument(TransferInTest.printedForm(other), IdDocumentType.OTHER, null), 7,
                SCHOOL_B, CLASS_B7, TransferInTest.DAY, "随父母迁居本区", "澳门某小学", true, null, transferEvidence()));
        EnteredRecord e = f.service.enteredRecord(REGISTRAR_B, none.id()).orElseThrow();
        assertThat(e.idType()).isEqualTo(IdDocumentType.OTHER);
        assertThat(e.maskedIdNumber()).isEmpty();
        assertThat(text(f.service.contactForm(REGISTRAR_B, none.id()))).contains("澳门某小学", "（批准后生成）");
    }
}

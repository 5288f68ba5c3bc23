package org.xueji.ui.enrollment.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.enrollment.api.FileRejectedException;
import org.xueji.enrollment.api.ImportIssue;
import org.xueji.platform.api.DomainException;

class RosterRejectionTest {

    @Test
    void aRefusedFileCarriesItsRowReport() {
        List<ImportIssue> rows = List.of(new ImportIssue(3, "身份证件号", "校验位错误"),
                new ImportIssue(7, "年级", "年级应为 1–12"));
        DomainException e = new FileRejectedException(rows, EnrollmentMessages.ROSTER_REJECTED, 2);
        assertThat(RosterRejection.issues(e)).isEqualTo(rows);
    }

    @Test
    void otherRefusalsHaveNoRowReport() {
        assertThat(RosterRejection.issues(new DomainException(EnrollmentMessages.VERIFICATION_CLOSED))).isEmpty();
    }
}

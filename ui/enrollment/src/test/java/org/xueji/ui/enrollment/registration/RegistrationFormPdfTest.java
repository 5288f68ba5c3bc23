package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** D3: the downloaded registration form's file name. */
class RegistrationFormPdfTest {

    @Test
    void namedAfterTheRegistryNumber() {
        assertThat(RegistrationFormPdf.fileName("G11010520200304123X", 42))
                .isEqualTo("学籍登记表-G11010520200304123X.pdf");
    }

    @Test
    void nothingButLettersAndDigitsOfTheNumberGoesIntoTheName() {
        assertThat(RegistrationFormPdf.fileName("G1101/../\"x", 42)).isEqualTo("学籍登记表-G1101x.pdf");
    }

    @Test
    void theStudentIdStandsInForAMissingNumber() {
        assertThat(RegistrationFormPdf.fileName(null, 42)).isEqualTo("学籍登记表-42.pdf");
        assertThat(RegistrationFormPdf.fileName(" ", 42)).isEqualTo("学籍登记表-42.pdf");
    }
}

package org.xueji.registry.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.identity.StudentRegistryNumber.Kind;
import org.xueji.registry.api.IdDocumentType;

@DisplayName("D1 学籍号 kinds: G for a resident ID, J without any document, L for other documents")
class RegistryNumbersTest {

    @Test
    void aResidentIdGivesAPermanentNumber() {
        assertThat(RegistryNumbers.kindFor(IdDocumentType.RESIDENT_ID, "11010520190101002X")).isEqualTo(Kind.G);
    }

    @Test
    void noDocumentAtAllGivesAJNumber() {
        assertThat(RegistryNumbers.kindFor(IdDocumentType.OTHER, null)).isEqualTo(Kind.J);
        assertThat(RegistryNumbers.kindFor(IdDocumentType.OTHER, "  ")).isEqualTo(Kind.J);
    }

    @Test
    void otherDocumentsGiveATemporaryNumber() {
        for (IdDocumentType t : new IdDocumentType[] {IdDocumentType.HONG_KONG, IdDocumentType.MACAU,
                IdDocumentType.TAIWAN, IdDocumentType.FOREIGN_PERMANENT, IdDocumentType.PASSPORT}) {
            assertThat(RegistryNumbers.kindFor(t, "E12345678")).as(t.label()).isEqualTo(Kind.L);
        }
        assertThat(RegistryNumbers.kindFor(IdDocumentType.OTHER, "证明2026-01")).isEqualTo(Kind.L);
    }

    @Test
    void aMaskedNumberKeepsKindAreaAndLastFour() {
        assertThat(StudentServiceImpl.maskedRegistryNumber("G430104201901010017"))
                .isEqualTo("G430104********0017");
        assertThat(StudentServiceImpl.maskedRegistryNumber("x")).isEqualTo("X");
        assertThat(StudentServiceImpl.maskedRegistryNumber("J123")).isEqualTo("J**3");
    }
}

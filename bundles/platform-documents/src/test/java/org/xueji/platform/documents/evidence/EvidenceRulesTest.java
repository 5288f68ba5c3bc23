package org.xueji.platform.documents.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.documents.DocumentMessages;

/** Evidence judged by content, size and declared pixels (R5: uploads cannot take the system down). */
class EvidenceRulesTest {

    @Test
    void realImagesAndPdfAreAcceptedWithTheirKind() throws IOException {
        assertThat(EvidenceRules.DOCUMENTS.judge("photo", image("png", 40, 30))).isEqualTo(EvidenceKind.PNG);
        assertThat(EvidenceRules.DOCUMENTS.judge("photo", image("jpg", 40, 30))).isEqualTo(EvidenceKind.JPEG);
        assertThat(EvidenceRules.DOCUMENTS.judge("scan", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(EvidenceKind.PDF);
    }

    @Test
    void r5_renamedExecutableIsRefusedWhateverItsName() {
        byte[] windowsProgram = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertRefused(EvidenceRules.DOCUMENTS, windowsProgram, DocumentMessages.EVIDENCE_WRONG_TYPE);
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        assertRefused(EvidenceRules.DOCUMENTS, elf, DocumentMessages.EVIDENCE_WRONG_TYPE);
    }

    @Test
    void pdfIsRefusedWherePhotosOnlyAreAccepted() {
        assertRefused(EvidenceRules.PHOTOS, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII),
                DocumentMessages.EVIDENCE_WRONG_TYPE);
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertRefused(EvidenceRules.DOCUMENTS, new byte[0], DocumentMessages.EVIDENCE_EMPTY);
        EvidenceRules small = new EvidenceRules(1024, EnumSet.allOf(EvidenceKind.class), 1_000_000);
        byte[] big = new byte[1025];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThatThrownBy(() -> small.judge("scan", big)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors().get(0).messageKey()).isEqualTo(DocumentMessages.EVIDENCE_TOO_LARGE);
            assertThat(e.errors().get(0).args()).containsExactly("1 KB");
        });
    }

    @Test
    void r5_pngDeclaringAHugePictureIsRefusedBeforeDecoding() {
        // a valid PNG signature and header declaring 50,000 × 50,000 pixels, a few dozen bytes long
        assertRefused(EvidenceRules.PHOTOS, pngHeaderOnly(50_000, 50_000), DocumentMessages.EVIDENCE_IMAGE_TOO_LARGE);
        assertThat(EvidenceRules.PHOTOS.judge("photo", pngHeaderOnly(4000, 3000))).isEqualTo(EvidenceKind.PNG);
    }

    @Test
    void truncatedImageIsRefusedAsUnreadable() {
        byte[] jpegStartOnly = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
        assertRefused(EvidenceRules.PHOTOS, jpegStartOnly, DocumentMessages.EVIDENCE_IMAGE_UNREADABLE);
    }

    private static void assertRefused(EvidenceRules rules, byte[] content, DocumentMessages expected) {
        assertThatThrownBy(() -> rules.judge("evidence", content)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).field()).isEqualTo("evidence");
                    assertThat(e.errors().get(0).messageKey()).isEqualTo(expected);
                });
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** PNG signature + IHDR chunk (with its CRC) + IEND: enough for a header reader. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }
}

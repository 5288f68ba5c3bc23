package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScanFilesTest {

    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    @Test
    void acceptsPdfJpgAndPngWhoseContentMatches() {
        assertThat(ScanFiles.check("批准文件.pdf", PDF)).isNull();
        assertThat(ScanFiles.check("scan.PNG", PNG)).isNull();
        assertThat(ScanFiles.check("scan.jpg", JPG)).isNull();
        assertThat(ScanFiles.check("scan.jpeg", JPG)).isNull();
    }

    @Test
    void refusesOtherTypesMismatchesEmptyAndLargeFiles() {
        assertThat(ScanFiles.check("scan.exe", PDF)).isEqualTo(AdminUiText.SCAN_WRONG_TYPE);
        assertThat(ScanFiles.check("scan.pdf", PNG)).isEqualTo(AdminUiText.SCAN_CONTENT_MISMATCH);
        assertThat(ScanFiles.check("scan.png", new byte[] {1})).isEqualTo(AdminUiText.SCAN_CONTENT_MISMATCH);
        assertThat(ScanFiles.check("scan.pdf", new byte[0])).isEqualTo(AdminUiText.SCAN_EMPTY);
        assertThat(ScanFiles.check("scan.pdf", null)).isEqualTo(AdminUiText.SCAN_EMPTY);
        byte[] big = new byte[ScanFiles.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(ScanFiles.check("scan.pdf", big)).isEqualTo(AdminUiText.SCAN_TOO_LARGE);
        byte[] limit = new byte[ScanFiles.MAX_BYTES];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        assertThat(ScanFiles.check("scan.pdf", limit)).isNull();
    }

    @Test
    void readsAtMostTheLimit() throws Exception {
        assertThat(ScanFiles.readLimited(new ByteArrayInputStream(PDF))).isEqualTo(PDF);
        assertThat(ScanFiles.readLimited(new ByteArrayInputStream(new byte[ScanFiles.MAX_BYTES]))).hasSize(ScanFiles.MAX_BYTES);
        // a client that ignores the browser's limit is refused on the server
        assertThat(ScanFiles.readLimited(new ByteArrayInputStream(new byte[ScanFiles.MAX_BYTES + 1]))).isNull();
    }

    @Test
    void cleanNameDropsPathsAndControlCharacters() {
        assertThat(ScanFiles.cleanName("C:\\Users\\a\\批准.pdf")).isEqualTo("批准.pdf");
        assertThat(ScanFiles.cleanName("../../etc/x\u0000.pdf")).isEqualTo("x.pdf");
        assertThat(ScanFiles.cleanName("a".repeat(150) + ".pdf")).hasSize(100).endsWith(".pdf");
        assertThat(ScanFiles.cleanName(null)).isNull();
    }
}

package org.xueji.ui.shell.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Uploads are judged by content (magic bytes), never by name: disguised files are refused. */
class ContentSnifferTest {

    private static final Set<ContentKind> ALL = EnumSet.allOf(ContentKind.class);

    @Test
    @DisplayName("R4 scans: PDF, PNG and JPEG are told by their signatures")
    void binarySignatures() {
        assertThat(ContentSniffer.detect("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1), ALL))
                .contains(ContentKind.PDF);
        assertThat(ContentSniffer.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13), ALL))
                .contains(ContentKind.PNG);
        assertThat(ContentSniffer.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F'), ALL))
                .contains(ContentKind.JPEG);
        assertThat(ContentSniffer.detect(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0), ALL))
                .contains(ContentKind.XLS);
    }

    @Test
    @DisplayName("an xlsx is a zip with xl/ entries; any other zip is no accepted kind")
    void zips() throws IOException {
        assertThat(ContentSniffer.detect(zip("[Content_Types].xml", "xl/workbook.xml"), ALL)).contains(ContentKind.XLSX);
        assertThat(ContentSniffer.detect(zip("word/document.xml"), ALL)).isEmpty();
    }

    @Test
    @DisplayName("text is CSV (UTF-8 or GB18030), JSON when JSON-shaped and accepted")
    void text() {
        byte[] csv = "学籍号,姓名\r\nG11010519491231002X,张三\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "姓名,性别\n李四,男\n".getBytes(Charset.forName("GB18030"));
        byte[] json = " \n{\"year\": 2026, \"holidays\": []}".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentSniffer.detect(csv, ALL)).contains(ContentKind.CSV);
        assertThat(ContentSniffer.detect(gbk, ALL)).contains(ContentKind.CSV);
        assertThat(ContentSniffer.detect(json, ALL)).contains(ContentKind.JSON);
        assertThat(ContentSniffer.detect(json, EnumSet.of(ContentKind.CSV))).contains(ContentKind.CSV);
        assertThat(ContentSniffer.detect(csv, EnumSet.of(ContentKind.PDF))).isEmpty();
    }

    @Test
    @DisplayName("a program renamed .pdf or .csv is none of the kinds")
    void disguised() {
        byte[] exe = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF);
        byte[] elf = bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0);
        assertThat(ContentSniffer.detect(exe, ALL)).isEmpty();
        assertThat(ContentSniffer.detect(elf, ALL)).isEmpty();
        assertThat(ContentSniffer.detect(new byte[0], ALL)).isEmpty();
        assertThat(ContentSniffer.detect(null, ALL)).isEmpty();
    }

    @Test
    @DisplayName("a PDF is refused where only images are accepted")
    void kindNotAccepted() {
        assertThat(ContentSniffer.detect("%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                EnumSet.of(ContentKind.PNG, ContentKind.JPEG))).isEmpty();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

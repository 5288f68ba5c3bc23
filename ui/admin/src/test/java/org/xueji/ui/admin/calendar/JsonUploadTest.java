package org.xueji.ui.admin.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** D2 bad input: an uploaded calendar file is judged by content and size, not by its name. */
class JsonUploadTest {

    @Test
    void d2_aJsonObjectIsAccepted() {
        assertThat(JsonUpload.judge("{\"year\": 2027}".getBytes(UTF_8))).isNull();
        assertThat(JsonUpload.judge(" \r\n\t{}".getBytes(UTF_8))).isNull();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertThat(JsonUpload.judge(bom)).isNull();
    }

    @Test
    void d2_disguisedAndEmptyFilesAreRefused() {
        // a spreadsheet (zip) renamed to .json
        assertThat(JsonUpload.judge(new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo(CalendarUiText.IMPORT_NOT_JSON);
        assertThat(JsonUpload.judge("[1, 2]".getBytes(UTF_8))).isEqualTo(CalendarUiText.IMPORT_NOT_JSON);
        assertThat(JsonUpload.judge(new byte[0])).isEqualTo(CalendarUiText.IMPORT_NOT_JSON);
        assertThat(JsonUpload.judge("   ".getBytes(UTF_8))).isEqualTo(CalendarUiText.IMPORT_NOT_JSON);
    }

    @Test
    void d2_oversizedFilesAreRefused() throws Exception {
        byte[] big = new byte[JsonUpload.MAX_BYTES + 1];
        big[0] = '{';
        assertThat(JsonUpload.judge(big)).isEqualTo(CalendarUiText.IMPORT_TOO_LARGE);
        assertThat(JsonUpload.readLimited(new ByteArrayInputStream(big))).isNull();
        byte[] exact = new byte[JsonUpload.MAX_BYTES];
        assertThat(JsonUpload.readLimited(new ByteArrayInputStream(exact))).hasSize(JsonUpload.MAX_BYTES);
        assertThat(JsonUpload.cleanName("C:\\x\\..\\2027.json")).isEqualTo("2027.json");
    }
}

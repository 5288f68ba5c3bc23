package org.xueji.ui.shell.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R4: an export's file is served once; the same link again answers 410 Gone. */
class SingleUseDownloadTest {

    @Test
    @DisplayName("R4: the first request gets the file, a second request is refused with 410 and gets nothing of it")
    void r4_secondDownloadRefused() throws Exception {
        SingleUseDownload download = SingleUseDownload.of("学籍号,姓名\r\n".getBytes(StandardCharsets.UTF_8),
                "students.csv", "text/csv", Locale.SIMPLIFIED_CHINESE);
        List<Integer> statuses = new ArrayList<>();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        download.serve(first, statuses::add);
        assertThat(first.toString(StandardCharsets.UTF_8)).isEqualTo("学籍号,姓名\r\n");
        assertThat(statuses).isEmpty();
        assertThat(download.served()).isTrue();

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        download.serve(second, statuses::add);
        assertThat(statuses).containsExactly(410);
        assertThat(second.toString(StandardCharsets.UTF_8)).doesNotContain("学籍号,姓名").contains("已下载过一次");
    }

    @Test
    @DisplayName("R4: an exported file on disk is deleted once served")
    void r4_fileDeletedOnceServed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("export.xlsx"), "内容");
        SingleUseDownload download = SingleUseDownload.ofFile(file, "students.xlsx", "application/x", Locale.ENGLISH);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        download.serve(first, s -> { });
        assertThat(first.toString(StandardCharsets.UTF_8)).isEqualTo("内容");
        assertThat(file).doesNotExist();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        List<Integer> statuses = new ArrayList<>();
        download.serve(second, statuses::add);
        assertThat(statuses).containsExactly(410);
        assertThat(second.toString(StandardCharsets.UTF_8)).startsWith("This file has been downloaded once");
    }
}

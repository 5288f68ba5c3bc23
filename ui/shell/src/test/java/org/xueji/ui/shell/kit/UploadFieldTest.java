package org.xueji.ui.shell.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** File names a browser sends are cleaned before they are shown or stored. */
class UploadFieldTest {

    @Test
    @DisplayName("paths and control characters are dropped, at most 100 characters kept")
    void cleanName() {
        assertThat(UploadField.cleanName("C:\\Users\\a\\批准.pdf")).isEqualTo("批准.pdf");
        assertThat(UploadField.cleanName("../../etc/x\u0000.pdf")).isEqualTo("x.pdf");
        assertThat(UploadField.cleanName("a".repeat(150) + ".pdf")).hasSize(100).endsWith(".pdf");
        assertThat(UploadField.cleanName(null)).isEmpty();
    }
}

package org.xueji.ui.shell.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R4 scans and other uploads: size limit and kind by content, with clear zh/en messages. */
class UploadRulesTest {

    private static final UploadRules SCANS = UploadRules.of(5 * 1024 * 1024, ContentKind.PDF, ContentKind.PNG,
            ContentKind.JPEG);
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    @DisplayName("an accepted file is given its kind")
    void accepted() {
        UploadRules.Verdict v = SCANS.check("批复.pdf", PDF.length, PDF);
        assertThat(v.accepted()).isTrue();
        assertThat(v.kind()).isEqualTo(ContentKind.PDF);
    }

    @Test
    @DisplayName("a file over the limit is refused naming its size and the limit")
    void tooLarge() {
        UploadRules.Verdict v = SCANS.check("big.pdf", 6 * 1024 * 1024 + 512 * 1024, null);
        assertThat(v.accepted()).isFalse();
        assertThat(v.refusal().message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件“big.pdf”太大：6.5 MB 超过上限 5 MB。");
        assertThat(v.refusal().message(Locale.ENGLISH))
                .isEqualTo("The file \"big.pdf\" is too large: 6.5 MB exceeds the limit of 5 MB.");
    }

    @Test
    @DisplayName("a disguised file is refused, naming the accepted kinds in the reader's language")
    void disguised() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        UploadRules.Verdict v = SCANS.check("scan.pdf", exe.length, exe);
        assertThat(v.accepted()).isFalse();
        assertThat(v.refusal().message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "文件“scan.pdf”不是可接受的类型（按内容判断，不看扩展名）。可接受：PDF 文档、PNG 图片、JPEG 图片。");
        assertThat(v.refusal().message(Locale.ENGLISH)).isEqualTo("The file \"scan.pdf\" is not of an accepted type "
                + "(judged by its content, not its extension). Accepted: PDF document, PNG image, JPEG image.");
    }

    @Test
    @DisplayName("an empty file is refused")
    void empty() {
        UploadRules.Verdict v = SCANS.check("a.png", 0, new byte[0]);
        assertThat(v.refusal().message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件“a.png”是空的。");
    }

    @Test
    @DisplayName("sizes read as people write them")
    void sizes() {
        assertThat(UploadRules.sizeText(512)).isEqualTo("512 B");
        assertThat(UploadRules.sizeText(1024)).isEqualTo("1 KB");
        assertThat(UploadRules.sizeText(1536)).isEqualTo("1.5 KB");
        assertThat(UploadRules.sizeText(5 * 1024 * 1024)).isEqualTo("5 MB");
    }

    @Test
    @DisplayName("the chooser lists media types and extensions; rules need a kind and a positive limit")
    void chooserAndLimits() {
        assertThat(SCANS.chooserTypes()).containsExactly("application/pdf", ".pdf", "image/png", ".png",
                "image/jpeg", ".jpg", ".jpeg");
        assertThatIllegalArgumentException().isThrownBy(() -> UploadRules.of(0, ContentKind.PDF));
    }
}

package org.xueji.ui.kit.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pad keeps what the browser sends only when it is a PNG data URL of a sensible size. */
class SignaturePadTest {

    private static final byte[] PNG_1X1 = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static String dataUrl(byte[] bytes) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aStrokeHandsThePngToTheListenerAndClearingHandsNull() {
        SignaturePad pad = new SignaturePad("sig", "签名", Locale.SIMPLIFIED_CHINESE);
        List<byte[]> heard = new ArrayList<>();
        pad.setListener(heard::add);
        assertThat(pad.isEmpty()).isTrue();
        pad.strokeEnded(dataUrl(PNG_1X1));
        assertThat(pad.png()).isEqualTo(PNG_1X1);
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0)).isEqualTo(PNG_1X1);
        pad.clear();
        assertThat(pad.isEmpty()).isTrue();
        assertThat(heard).hasSize(2);
        assertThat(heard.get(1)).isNull();
    }

    @Test
    void anythingButAPngDataUrlIsIgnored() {
        SignaturePad pad = new SignaturePad("sig", "签名", Locale.ENGLISH);
        pad.strokeEnded("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(PNG_1X1));
        pad.strokeEnded("data:image/png;base64,@@not base64@@");
        pad.strokeEnded(null);
        assertThat(pad.isEmpty()).isTrue();
        byte[] tooLarge = new byte[SignaturePad.MAX_PNG_BYTES + 10];
        assertThat(SignaturePad.decode(dataUrl(tooLarge))).isNull();
        assertThat(SignaturePad.decode(dataUrl(PNG_1X1))).isEqualTo(PNG_1X1);
    }

    @Test
    void theClearButtonSaysSoInBothLanguages() {
        assertThat(SignaturePadText.CLEAR.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("清除");
        assertThat(SignaturePadText.CLEAR.format(Locale.ENGLISH)).isEqualTo("Clear");
    }
}

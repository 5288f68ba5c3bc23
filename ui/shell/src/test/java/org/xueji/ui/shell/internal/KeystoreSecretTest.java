package org.xueji.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 item 2: the keystore password comes from a file, never from config admin (config:list shows it). */
class KeystoreSecretTest {

    @TempDir
    Path etc;

    @Test
    void r5_thePasswordIsTheFirstLineOfTheFileBesideTheConfiguration() throws IOException {
        Files.writeString(etc.resolve("xueji-keystore.pass"), "Tls-Secret-9f3a\r\nsecond line\n");
        assertThat(KeystoreSecret.read("", "xueji-keystore.pass", etc)).isEqualTo("Tls-Secret-9f3a");
        Path elsewhere = Files.writeString(etc.resolve("abs.pass"), "Other-Secret-1");
        assertThat(KeystoreSecret.read(null, elsewhere.toAbsolutePath().toString(), etc)).isEqualTo("Other-Secret-1");
    }

    @Test
    void r5_aPasswordInTheConfigurationIsRefusedEvenWithAFile() throws IOException {
        Files.writeString(etc.resolve("xueji-keystore.pass"), "Tls-Secret-9f3a\n");
        assertThat(KeystoreSecret.read("Inline-Secret", "xueji-keystore.pass", etc)).isNull();
    }

    @Test
    void r5_aMissingOrEmptyFileStartsNoHttps() throws IOException {
        assertThat(KeystoreSecret.read("", "missing.pass", etc)).isNull();
        assertThat(KeystoreSecret.read("", " ", etc)).isNull();
        Files.writeString(etc.resolve("empty.pass"), "\n");
        assertThat(KeystoreSecret.read("", "empty.pass", etc)).isNull();
    }
}

package org.xueji.ui.shell.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTPS keystore's password, read from a file named in the configuration, never held in
 * Configuration Admin: Karaf's {@code config:list} and {@code config:property-list} print every
 * value a configuration holds, whatever its name (issue 16 item 2). A password put into
 * {@code keystorePassword} in etc/org.xueji.ui.shell.cfg is refused (HTTPS stays off, and the
 * log says why without the value).
 */
final class KeystoreSecret {

    private static final Logger LOG = LoggerFactory.getLogger(KeystoreSecret.class);

    /**
     * @param inlinePassword the configuration's {@code keystorePassword}: must be empty
     * @param passwordFile   the configuration's {@code keystorePasswordFile}, relative to {@code etc}
     * @return the password (the file's first line), or {@code null} when HTTPS must not start
     */
    static String read(String inlinePassword, String passwordFile, Path etc) {
        if (inlinePassword != null && !inlinePassword.isEmpty()) {
            LOG.error("HTTPS not started: keystorePassword is set in etc/org.xueji.ui.shell.cfg, where config:list "
                    + "shows it; remove it and put the password into the file named by keystorePasswordFile");
            return null;
        }
        if (passwordFile == null || passwordFile.isBlank()) {
            LOG.error("HTTPS not started: keystorePasswordFile is not set");
            return null;
        }
        Path file = Path.of(passwordFile.strip());
        if (!file.isAbsolute()) {
            file = etc.resolve(file);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String password = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
            if (password.isEmpty()) {
                LOG.error("HTTPS not started: the keystore password file {} is empty", file);
                return null;
            }
            return password;
        } catch (IOException e) {
            LOG.error("HTTPS not started: cannot read the keystore password file {} ({})", file,
                    e.getClass().getSimpleName());
            return null;
        }
    }

    private KeystoreSecret() {
    }
}

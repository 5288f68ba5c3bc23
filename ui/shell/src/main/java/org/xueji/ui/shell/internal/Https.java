package org.xueji.ui.shell.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The optional HTTPS connector, with a PKCS12 keystore from etc/ (see README). */
final class Https {

    private static final Logger LOG = LoggerFactory.getLogger(Https.class);

    /** Adds the HTTPS connector when configured; true when it was added. */
    static boolean addConnector(Server server, ShellConfig config) {
        if (config.httpsPort() <= 0) {
            return false;
        }
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        Path keystore = Path.of(config.keystorePath());
        if (!keystore.isAbsolute()) {
            keystore = etc.resolve(keystore);
        }
        if (!Files.isReadable(keystore)) {
            LOG.error("HTTPS not started: keystore {} not found", keystore);
            return false;
        }
        // from a file, not from Configuration Admin, whose values config:list prints (issue 16)
        String password = KeystoreSecret.read(config.keystorePassword(), config.keystorePasswordFile(), etc);
        if (password == null) {
            return false;
        }
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(keystore.toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(password);
        HttpConfiguration https = new HttpConfiguration();
        https.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(config.host());
        connector.setPort(config.httpsPort());
        server.addConnector(connector);
        LOG.info("HTTPS on port {} with keystore {}", config.httpsPort(), keystore);
        return true;
    }

    private Https() {
    }
}

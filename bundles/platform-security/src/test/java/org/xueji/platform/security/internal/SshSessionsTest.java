package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelDirectTcpip;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.channel.exception.SshChannelOpenException;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.forward.TcpForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.security.AccountSessionListener.Reason;

/**
 * The shell's SSH sessions against a real Apache SSHD server and client (the library Karaf's
 * ssh feature runs), set up as Karaf 4.4 sets it up: any forwarding accepted.
 */
class SshSessionsTest {

    private static final String PASSWORD = "Right-Pass-2026";
    /** A bound on waiting for the server to close a connection, not a measured time. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private SshServer server;
    private SshClient client;
    private final SshSessions sessions = new SshSessions();

    @BeforeEach
    void start() throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        server.setPasswordAuthenticator((username, password, session) -> PASSWORD.equals(password));
        server.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE); // as Karaf's ssh Activator does
        server.start();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        sessions.addServer(server);
    }

    @AfterEach
    void stop() throws IOException {
        client.stop();
        server.stop(true);
    }

    private ClientSession login(String username) throws IOException {
        ClientSession session = client.connect(username, "127.0.0.1", server.getPort()).verify(WAIT).getSession();
        session.addPasswordIdentity(PASSWORD);
        session.auth().verify(WAIT);
        return session;
    }

    @Test
    void r2_aDisabledAccountsSshSessionsCloseAndOthersStayOpen() throws IOException {
        ClientSession admin = login("Qu.Admin"); // typed with capitals: the account is qu.admin
        ClientSession again = login("qu.admin");
        ClientSession operator = login("karaf");

        sessions.accountSessionsEnded("qu.admin", Reason.DISABLED);

        assertThat(admin.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), WAIT)).contains(ClientSessionEvent.CLOSED);
        assertThat(again.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), WAIT)).contains(ClientSessionEvent.CLOSED);
        assertThat(operator.isOpen()).as("another user's session").isTrue();
        assertThat(server.getActiveSessions()).hasSize(1);
    }

    @Test
    void r5_portForwardingIsRefused() throws IOException {
        ClientSession admin = login("qu.admin");
        SshdSocketAddress target = new SshdSocketAddress("127.0.0.1", server.getPort());

        ChannelDirectTcpip channel = admin.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 0), target);
        assertThatThrownBy(() -> channel.open().verify(WAIT)).as("a direct-tcpip channel (ssh -L / -W)")
                .hasRootCauseInstanceOf(SshChannelOpenException.class).rootCause()
                .satisfies(e -> assertThat(((SshChannelOpenException) e).getReasonCode())
                        .isEqualTo(SshConstants.SSH_OPEN_ADMINISTRATIVELY_PROHIBITED));
        assertThatThrownBy(() -> admin.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0), target))
                .as("a remote forward (ssh -R)").isInstanceOf(IOException.class);
    }

    @Test
    void r5_aServerKarafRecreatesIsCoveredToo() throws IOException {
        // Karaf's ssh Activator re-creates the server on a change of its configuration and leaves
        // the old one registered: both are bound, the live one refuses forwarding too
        SshServer recreated = SshServer.setUpDefaultServer();
        recreated.setHost("127.0.0.1");
        recreated.setPort(0);
        recreated.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        recreated.setPasswordAuthenticator((username, password, session) -> PASSWORD.equals(password));
        recreated.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        recreated.start();
        try {
            sessions.addServer(recreated);
            assertThat(recreated.getForwardingFilter().canConnect(TcpForwardingFilter.Type.Direct,
                    new SshdSocketAddress("127.0.0.1", 22), null)).isFalse();
            assertThat(server.getForwardingFilter().canConnect(TcpForwardingFilter.Type.Direct,
                    new SshdSocketAddress("127.0.0.1", 22), null)).as("the first server still").isFalse();

            // sessions on either server end with the account
            ClientSession onFirst = login("qu.admin");
            ClientSession onRecreated = client.connect("qu.admin", "127.0.0.1", recreated.getPort()).verify(WAIT)
                    .getSession();
            onRecreated.addPasswordIdentity(PASSWORD);
            onRecreated.auth().verify(WAIT);
            sessions.accountSessionsEnded("qu.admin", Reason.DISABLED);
            assertThat(onFirst.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), WAIT)).contains(ClientSessionEvent.CLOSED);
            assertThat(onRecreated.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), WAIT))
                    .contains(ClientSessionEvent.CLOSED);
        } finally {
            recreated.stop(true);
        }
    }
}

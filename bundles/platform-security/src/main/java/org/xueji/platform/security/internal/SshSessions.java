package org.xueji.platform.security.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.session.helpers.AbstractSession;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.session.ServerSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.security.AccountSessionListener;

/**
 * The Karaf shell's SSH sessions follow account changes (issue 16 items 2 and 7). Karaf's ssh
 * bundle registers its Apache MINA SSHD server as a service; this component
 *
 * <ul>
 *   <li>closes every open SSH session of an account an administrator disabled, reset or
 *       re-scoped: the session's JAAS subject still carries the Karaf roles of the old role, so
 *       it must not outlive the change;</li>
 *   <li>refuses all port, agent and X11 forwarding: Karaf 4.4 builds its server with
 *       {@code AcceptAllForwardingFilter} and has no setting for it, but SSHD asks the server's
 *       filter at each request, so replacing it on the running server takes effect at once
 *       (and again whenever Karaf re-creates the server after a configuration change).</li>
 * </ul>
 */
// immediate: the forwarding filter must be in place from start, not only once someone asks for the listener
@Component(service = AccountSessionListener.class, immediate = true)
public class SshSessions implements AccountSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SshSessions.class);

    /**
     * Every SshServer service, not only the best one: Karaf 4.4's ssh Activator registers each
     * server it creates and never unregisters it, so after it re-creates the server (a change of
     * org.apache.karaf.shell, which fileinstall may deliver during the first start) a stopped
     * server with the lower service id stays registered. A reference to one server stayed bound to
     * that dead one and left the live server accepting every forward (found by ShellAccountE2E).
     */
    private final Set<SshServer> servers = ConcurrentHashMap.newKeySet();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addServer(SshServer sshServer) {
        refuseForwarding(sshServer);
        servers.add(sshServer);
    }

    void removeServer(SshServer sshServer) {
        servers.remove(sshServer);
    }

    /** No tunnels through the shell into the district's network (issue 16 item 2). */
    static void refuseForwarding(SshServer sshServer) {
        sshServer.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
    }

    @Override
    public void accountSessionsEnded(String username, Reason reason) {
        int closed = 0;
        for (SshServer s : servers) {
            closed += closeSessionsOf(s.getActiveSessions(), username);
        }
        if (closed > 0) {
            LOG.info("Closed {} SSH session(s) of account {} ({})", closed, username, reason);
        }
    }

    /** Closes at once (no graceful wait) the sessions logged in under the account's name. */
    static int closeSessionsOf(List<? extends AbstractSession> sessions, String username) {
        int closed = 0;
        for (AbstractSession session : sessions) {
            if (session instanceof ServerSession ss && ss.isAuthenticated()
                    && username.equals(AccountRecords.normalise(ss.getUsername()))) {
                ss.close(true);
                closed++;
            }
        }
        return closed;
    }
}

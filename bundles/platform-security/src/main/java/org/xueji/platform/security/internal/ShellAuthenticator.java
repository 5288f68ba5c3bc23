package org.xueji.platform.security.internal;

import java.time.Instant;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.Transactions;
import org.xueji.platform.security.internal.Authenticator.Verdict;
import org.xueji.platform.security.internal.entity.AccountEntity;
import org.xueji.platform.security.internal.jaas.ShellAuthentication;

/**
 * The account store as the shell's JAAS login module sees it: the same password check and
 * lockout as the web login, no web session. A password that must be changed first (new
 * account, reset, expired) refuses the shell: the change is made in the web console.
 */
final class ShellAuthenticator implements ShellAuthentication {

    static final String CHANNEL = "shell";

    private final Transactions tx;
    private final AuditTrail audit;
    private final Authenticator authenticator;

    ShellAuthenticator(EntityManagerFactory emf, AuditTrail audit, Authenticator authenticator) {
        this.tx = new Transactions(emf);
        this.audit = audit;
        this.authenticator = authenticator;
    }

    @Override
    public ShellLogin authenticate(String username, char[] password, String clientAddress) {
        try {
            String name = AccountRecords.normalise(username);
            return tx.inTransaction(em -> {
                Instant now = authenticator.now();
                Verdict v = authenticator.check(em, name, password, clientAddress, CHANNEL, now);
                AccountEntity a = v.account();
                switch (v.outcome()) {
                    case UNKNOWN:
                        return new ShellLogin(Result.UNKNOWN, name, null);
                    case LOCKED:
                        return new ShellLogin(Result.LOCKED, name, null);
                    case WRONG_PASSWORD:
                        return new ShellLogin(v.lockedUntil() == null ? Result.REFUSED : Result.LOCKED, name, null);
                    case DISABLED, THROTTLED:
                        return new ShellLogin(Result.REFUSED, name, null);
                    default:
                        break;
                }
                Actor actor = AccountRecords.actorOf(a, clientAddress);
                if (a.demo && !ClientAddresses.isLoopback(clientAddress)) {
                    // a published password opens a shell only on this machine (issue 16)
                    audit.append(em, Authenticator.event(actor, "login.failed", a, CHANNEL)
                            .withChanges(Authenticator.details(CHANNEL, "reason", "demo-account-beyond-loopback")));
                    return new ShellLogin(Result.REFUSED, name, null);
                }
                String pending = a.demo ? null : a.mustChange ? "password-change-required"
                        : authenticator.policy().isExpired(a.passwordChangedAt, now) ? "password-expired" : null;
                if (pending != null) {
                    audit.append(em, Authenticator.event(actor, "login.failed", a, CHANNEL)
                            .withChanges(Authenticator.details(CHANNEL, "reason", pending)));
                    return new ShellLogin(Result.REFUSED, name, null);
                }
                if (!mayUseShell(AccountRecords.role(a))) {
                    // the Karaf shell reaches files and the database: operators only (R1, R5)
                    audit.append(em, Authenticator.event(actor, "login.failed", a, CHANNEL)
                            .withChanges(Authenticator.details(CHANNEL, "reason", "no-shell-access")));
                    return new ShellLogin(Result.REFUSED, name, null);
                }
                a.lastLoginAt = now;
                audit.append(em, Authenticator.event(actor, "shell.login", a, CHANNEL)
                        .withChanges(Authenticator.details(CHANNEL)));
                return new ShellLogin(Result.OK, a.username, AccountRecords.role(a));
            });
        } finally {
            AccountRecords.wipe(password);
        }
    }

    /**
     * Who may log in to the Karaf shell (SSH) with a platform account: the district
     * administrator only. School and class accounts, the bureau's leaders and auditors work in
     * the web console; operators listed in {@code etc/users.properties} keep their own access.
     */
    static boolean mayUseShell(Role role) {
        return role == Role.DISTRICT_ADMIN;
    }

    @Override
    public void operatorLoggedIn(String username, String clientAddress) {
        String name = AccountRecords.printable(username, 64);
        Actor system = Actor.system("shell:" + name);
        Actor actor = new Actor(system.username(), name, null, null, Set.of(), system.permissions(), clientAddress);
        tx.run(em -> audit.append(em, AuditEvent.of(actor, "shell.login", "account", name, null)
                .withChanges(Authenticator.details(CHANNEL, "source", "etc/users.properties"))));
    }

    @Override
    public void unknownUserFailed(String username, String clientAddress) {
        tx.run(em -> authenticator.auditUnknown(em, username, clientAddress, CHANNEL));
    }
}

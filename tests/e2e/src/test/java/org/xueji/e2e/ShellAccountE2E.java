package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Karaf shell reaches files and the database, so only those who administer the system get
 * it (issue 16): the district administrator with the account's password, operators with their
 * keys; school and class accounts work in the web console. SFTP/SCP are off for everyone.
 */
@ExtendWith(RunningAssembly.class)
class ShellAccountE2E {

    @Test
    @DisplayName("R1: the district administrator logs in to the shell with the account password; audited")
    void theDistrictAdministratorLogsInWithTheAccountPassword(Karaf karaf) {
        Karaf.Result r = karaf.sshWithPassword("district-admin", Console.DEMO_PASSWORD, "xueji:schools");
        assertThat(r.exitCode()).as("ssh exit code, stderr: %s", r.stderr()).isZero();
        List<List<String>> rows = Karaf.tableRows(r.stdout());
        assertThat(rows).as("the district's schools").hasSizeGreaterThan(1);

        String audit = karaf.shell("xueji:audit --user district-admin --limit 50");
        assertThat(audit).as("R7: the shell login is in the audit trail").contains("shell.login");
    }

    @Test
    @DisplayName("R1: a school registrar and a head teacher get no shell, even with the right password; audited")
    void schoolAccountsGetNoShell(Karaf karaf) {
        String before = karaf.shell("xueji:schools");
        for (String user : List.of("registrar1", "headteacher1")) {
            Karaf.Result r = karaf.sshWithPassword(user, Console.DEMO_PASSWORD, "xueji:demo-load --students 10");
            assertThat(r.exitCode()).as("%s's ssh login", user).isNotZero();
            assertThat(r.stdout()).as("%s's ssh output", user).isBlank();
            String audit = karaf.shell("xueji:audit --user " + user + " --action login.failed --limit 5");
            assertThat(audit).as("R7: the refused shell login of %s is audited", user).contains("no-shell-access");
        }
        assertThat(karaf.shell("xueji:schools")).as("nothing was loaded").isEqualTo(before);
    }

    @Test
    @DisplayName("R1: SFTP and SCP are off: the database files cannot be listed or downloaded")
    void sftpAndScpAreOff(Karaf karaf) {
        Karaf.Result sftp = karaf.sftp("ls data/derby");
        assertThat(sftp.exitCode()).as("sftp, stderr: %s", sftp.stderr()).isNotZero();
        assertThat(sftp.stdout()).doesNotContain("xueji");

        Karaf.Result scp = karaf.ssh("scp -f data/derby/xueji/service.properties");
        assertThat(scp.stdout()).doesNotContain("derby.");
    }

    @Test
    @DisplayName("R5 (issue 16): SSH port forwarding is refused: no tunnel through the shell to the console or beyond")
    void portForwardingIsRefused(Karaf karaf) {
        assertForwardingRefused(karaf);
        // Karaf re-creates its SSH server when its configuration changes (as during a first start)
        // and leaves the old one registered: the new server must refuse forwarding too
        karaf.ssh("config:property-set -p org.apache.karaf.shell sshIdleTimeout 1800001");
        Karaf.await("the re-created SSH server answering", java.time.Duration.ofSeconds(60),
                () -> karaf.ssh("echo ready").stdout().contains("ready"));
        assertForwardingRefused(karaf);
    }

    private static void assertForwardingRefused(Karaf karaf) {
        Karaf.Result r = karaf.sshForward(karaf.httpPort());
        assertThat(r.stdout()).as("no answer of the console came through the tunnel").isEmpty();
        assertThat(r.exitCode()).as("ssh -W, %s", r).isNotZero();
        // OpenSSH at LogLevel=ERROR: "stdio forwarding failed" (the server's "administratively prohibited")
        assertThat(r.stderr()).containsAnyOf("stdio forwarding failed", "administratively prohibited");
    }

    @Test
    @DisplayName("R1 (issue 16): config:list shows no secret: no configured password value, not the demo password")
    void configListShowsNoSecrets(Karaf karaf) {
        String configs = karaf.shell("config:list");
        assertThat(configs).as("config:list lists the console's configuration").contains("org.xueji.ui.shell");
        List<String> secretValues = configs.lines().map(String::strip)
                .filter(l -> l.matches("(?i)[\\w.-]*(password|secret|passphrase)[\\w.-]*\\s*=.*"))
                .filter(l -> !l.replaceFirst("^[^=]*=", "").isBlank())
                .filter(l -> !l.matches("(?i)[\\w.-]*(passwordfile|password\\.file)[\\w.-]*\\s*=.*"))
                .toList();
        assertThat(secretValues).as("properties holding a password or secret value").isEmpty();
        assertThat(configs).doesNotContain(Console.DEMO_PASSWORD);
        assertThat(karaf.readLog()).as("karaf.log").doesNotContain(Console.DEMO_PASSWORD);
    }

    @Test
    @DisplayName("R2: a wrong password gets no shell")
    void aWrongPasswordGetsNoShell(Karaf karaf) {
        Karaf.Result r = karaf.sshWithPassword("district-admin", "Wrong-password-1", "xueji:students --limit 1");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.stdout()).doesNotContain("学籍号");
    }
}

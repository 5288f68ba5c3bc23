package org.xueji.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Karaf shell takes the same accounts as the console, with the same school scope (R1, R7). */
@ExtendWith(RunningAssembly.class)
class ShellAccountE2E {

    @Test
    @DisplayName("R1: registrar1 logs in to the shell with the account password and sees only their school")
    void anAccountLogsInToTheShellWithItsScope(Karaf karaf) {
        Karaf.Result r = karaf.sshWithPassword("registrar1", Console.DEMO_PASSWORD, "xueji:students --limit 1000");
        assertThat(r.exitCode()).as("ssh exit code, stderr: %s", r.stderr()).isZero();
        List<List<String>> rows = Karaf.tableRows(r.stdout());
        assertThat(rows).isNotEmpty();
        Set<String> schools = rows.stream().map(row -> row.get(4)).collect(Collectors.toSet());
        assertThat(schools).as("schools in registrar1's shell search").hasSize(1);

        String audit = karaf.shell("xueji:audit --user registrar1 --limit 50");
        assertThat(audit).as("R7: the shell login is in the audit trail").contains("shell.login");
    }

    @Test
    @DisplayName("R1: a school registrar cannot load a demo district from the shell")
    void aRegistrarCannotLoadDemoData(Karaf karaf) {
        String before = karaf.shell("xueji:schools");
        Karaf.Result r = karaf.sshWithPassword("registrar1", Console.DEMO_PASSWORD, "xueji:demo-load --students 10");
        assertThat(r.stdout() + r.stderr()).contains("ADMINISTER_SYSTEM");
        assertThat(karaf.shell("xueji:schools")).isEqualTo(before);
    }

    @Test
    @DisplayName("R2: a wrong password gets no shell")
    void aWrongPasswordGetsNoShell(Karaf karaf) {
        Karaf.Result r = karaf.sshWithPassword("registrar1", "Wrong-password-1", "xueji:students --limit 1");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.stdout()).doesNotContain("学籍号");
    }
}

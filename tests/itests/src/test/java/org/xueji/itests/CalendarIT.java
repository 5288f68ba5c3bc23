package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.calendar.CalendarService;
import org.xueji.platform.api.calendar.WorkingDayCalendar;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.registry.api.SchoolData;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;

/**
 * D2 in the running assembly: the calendar is seeded with 2024–2026 from the shipped files,
 * the shell commands compute on it (the example 2025-01-20 + 7 = 2025-02-05), a year
 * without data is an error naming the year, and only the district imports a year (a school
 * user is refused, and the refusal is audited).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CalendarIT {

    private static final Actor DISTRICT = Actor.system("itest-calendar");
    // the first test waits for the whole assembly to start (minutes on a busy build machine)

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject @Filter(timeout = 300_000) private WorkingDayCalendar workingDays;
    @Inject @Filter(timeout = 300_000) private CalendarService calendar;
    @Inject @Filter(timeout = 300_000) private SessionFactory sessionFactory;
    @Inject @Filter(timeout = 300_000) private AccountService accounts;
    @Inject @Filter(timeout = 300_000) private AuditService audit;
    @Inject @Filter(timeout = 300_000) private SchoolService schools;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    /** Output of a command run as {@code user} (the shell resolves the actor from the login name). */
    private String run(String user, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            Session session = sessionFactory.create(System.in, out, out);
            session.put("USER", user);
            try {
                session.execute(command);
                out.flush();
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                // the commands register shortly after the bundle starts
                boolean notYet = String.valueOf(e.getMessage()).contains("Command not found");
                if (!notYet || System.currentTimeMillis() > deadline) {
                    out.flush();
                    throw new CommandFailed(e, bytes.toString(StandardCharsets.UTF_8));
                }
                Thread.sleep(500);
            } finally {
                session.close();
            }
        }
    }

    /** A failed command with what it printed before failing. */
    static final class CommandFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final String output;

        CommandFailed(Exception cause, String output) {
            super(cause.getMessage(), cause);
            this.output = output;
        }
    }

    private static String lastLine(String output) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }

    @Test
    public void d2_theShippedYearsAreSeeded() {
        assertTrue("2024-2026 seeded: " + workingDays.years(), workingDays.years().containsAll(Set.of(2024, 2025, 2026)));
        assertEquals(33, calendar.year(DISTRICT, 2025).days().size());
    }

    @Test
    public void d2_workingDaysAddPrintsTheDateAloneOnItsLastLine() throws Exception {
        // Tue 21 .. Fri 24 (4), Sun 26 make-up (5), Mon 27 (6), 28 Jan - 4 Feb 春节, Wed 5 Feb (7)
        assertEquals("2025-02-05", lastLine(run("karaf", "xueji:working-days add 2025-01-20 7")));
        // 2026 国庆: from Wed 09-30, Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 make-up (3)
        assertEquals("2026-10-10", lastLine(run("karaf", "xueji:working-days add 2026-09-30 3")));
    }

    @Test
    public void d2_workingDaysBetweenPrintsTheCountAloneOnItsLastLine() throws Exception {
        assertEquals("7", lastLine(run("karaf", "xueji:working-days between 2025-01-20 2025-02-05")));
        // (Fri 2026-02-13, Tue 2026-02-24]: Sat 14 make-up, 15..23 春节, Tue 24
        assertEquals("2", lastLine(run("karaf", "xueji:working-days between 2026-02-13 2026-02-24")));
    }

    @Test
    public void d2_aYearWithoutDataIsAnErrorNamingTheYear_andNoDate() throws Exception {
        try {
            String out = run("karaf", "xueji:working-days add 2030-03-01 5");
            fail("a year without data must fail, printed: " + out);
        } catch (CommandFailed e) {
            assertTrue(e.getMessage(), e.getMessage().contains("2030"));
            assertFalse("no date printed: " + e.output, e.output.lines().anyMatch(l -> l.strip().matches(
                    "\\d{4}-\\d{2}-\\d{2}")));
        }
    }

    @Test
    public void d2_calendarCommandListsTheYearAndTheYearsHeld() throws Exception {
        String out = run("karaf", "xueji:calendar 2025");
        assertTrue(out, out.contains("2025-01-28") && out.contains("春节") && out.contains("调休上班"));
        assertTrue(lastLine(out), lastLine(out).contains("2024, 2025, 2026"));
    }

    @Test
    public void d2_aSchoolUserIsRefusedTheImport_audited_theDistrictImports() throws Exception {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        long school = schools.createSchool(DISTRICT, new SchoolData("CA" + n, "日历测试小学" + n, SchoolType.PRIMARY,
                "含浦街道", List.of(), false, null, null)).id();
        String registrar = "cal-reg-" + n;
        accounts.createAccount(DISTRICT, new NewAccount(registrar, "日历测试学籍管理员", Role.SCHOOL_REGISTRAR, school,
                Set.of(), null, "Initial-Pass-2026".toCharArray(), false));
        Path file = Files.createTempDirectory("calendar").resolve("2028.json");
        Files.writeString(file, "{\"year\": 2028, \"days\": ["
                + "{\"name\": \"元旦\", \"date\": \"2028-01-03\", \"isOffDay\": true},"
                + "{\"name\": \"国庆节\", \"date\": \"2028-10-07\", \"isOffDay\": false}]}");
        try {
            run(registrar, "xueji:calendar-import " + file);
            fail("a school user must not import");
        } catch (CommandFailed expected) {
            assertFalse(calendar.years(DISTRICT).contains(2028));
        }
        assertTrue("R7: the refusal is audited", audit.count(DISTRICT, new AuditQuery(registrar, null,
                "access.denied", "calendar-year", "2028", null, null)) >= 1);

        String out = run("karaf", "xueji:calendar-import " + file);
        assertTrue(out, out.contains("2028"));
        assertTrue(calendar.years(DISTRICT).contains(2028));
        assertTrue("D2: the import is audited", audit.count(DISTRICT, new AuditQuery(null, null,
                "calendar.year.import", "calendar-year", "2028", null, null)) >= 1);
        // deadlines follow at once: from Fri 2028-09-29, Sat 30 and Sun 10-01 off, Mon 10-02 (1) ..
        // Fri 10-06 (5), Sat 10-07 declared a make-up working day by the imported file (6)
        assertEquals(LocalDate.of(2028, 10, 7), workingDays.addWorkingDays(LocalDate.of(2028, 9, 29), 6));
        // a second import of the same year needs --replace
        try {
            run("karaf", "xueji:calendar-import " + file);
            fail("replacing needs --replace");
        } catch (CommandFailed expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("2028"));
        }
        String replaced = run("karaf", "xueji:calendar-import --replace " + file);
        assertTrue(replaced, replaced.contains("替换了原有的 2 个特殊日期"));
    }
}

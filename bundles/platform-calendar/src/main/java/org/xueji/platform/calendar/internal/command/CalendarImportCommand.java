package org.xueji.platform.calendar.internal.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.calendar.CalendarMessages;
import org.xueji.platform.api.calendar.CalendarService;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;

/** Imports a year from a holiday-cn JSON file (D2): district administration only, audited. */
@Service
@Command(scope = "xueji", name = "calendar-import",
        description = "从 JSON 文件（holiday-cn 格式）导入一年的节假日安排；已有年份须加 --replace（仅区管理员，留审计记录）")
public class CalendarImportCommand implements Action {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

    @Argument(index = 0, name = "file", required = true, description = "JSON 文件，如 2027.json")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--year", description = "年份；默认取文件名（2027.json → 2027）")
    Integer year;

    @Option(name = "--replace", description = "替换已有年份的数据")
    boolean replace;

    @Reference
    CalendarService calendar;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() throws IOException {
        Path path = Path.of(file);
        int target = year != null ? year : yearOf(path);
        if (Files.size(path) > CalendarService.MAX_IMPORT_BYTES) {
            throw new DomainException(CalendarMessages.IMPORT_TOO_LARGE, CalendarService.MAX_IMPORT_BYTES / 1024);
        }
        CalendarService.ImportResult r = calendar.importYear(ShellActors.of(session, accounts), target,
                Files.readAllBytes(path), replace);
        System.out.println("已导入 " + r.year() + " 年节假日安排：放假 " + r.daysOff() + " 天，调休上班 " + r.makeUpDays()
                + " 天" + (r.replaced() ? "（替换了原有的 " + r.previousDays() + " 个特殊日期）" : ""));
        return null;
    }

    private static int yearOf(Path path) {
        Matcher m = YEAR_FILE.matcher(path.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("请用 --year 指明年份（文件名不是 yyyy.json）");
        }
        return Integer.parseInt(m.group(1));
    }
}

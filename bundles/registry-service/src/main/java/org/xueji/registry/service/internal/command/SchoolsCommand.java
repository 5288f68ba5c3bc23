package org.xueji.registry.service.internal.command;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;

@Service
@Command(scope = "xueji", name = "schools", description = "列出本区学校 (list the district's schools)")
public class SchoolsCommand implements Action {

    @Option(name = "--town", description = "只列出该乡镇/街道的学校")
    String town;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        List<ClassSize> sizes = schools.classSizes(actor, null, null);
        Map<Long, Integer> students = sizes.stream().collect(
                Collectors.groupingBy(c -> c.schoolClass().schoolId(), Collectors.summingInt(ClassSize::students)));
        Map<Long, Long> classes = sizes.stream().collect(
                Collectors.groupingBy(c -> c.schoolClass().schoolId(), Collectors.counting()));
        ShellTable table = new ShellTable();
        table.column("代码");
        table.column("学校");
        table.column("类型");
        table.column("乡镇/街道");
        table.column("班级").alignRight();
        table.column("学生").alignRight();
        table.column("大校额");
        for (School s : schools.listSchools(actor)) {
            if (town != null && !town.equals(s.town())) {
                continue;
            }
            table.addRow().addContent(s.code(), s.name(), s.type().label(), s.town(),
                    classes.getOrDefault(s.id(), 0L), students.getOrDefault(s.id(), 0), s.oversize() ? "是" : "");
        }
        table.print(System.out);
        return null;
    }
}

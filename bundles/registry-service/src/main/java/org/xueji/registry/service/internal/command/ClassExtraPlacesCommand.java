package org.xueji.registry.service.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.shell.ShellActors;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;

/** R14 override from the shell: the district grants a starting-grade class places above the cap. */
@Service
@Command(scope = "xueji", name = "class-extra-places",
        description = "区教育局书面批准起始年级班级超出班额上限的名额（0 为撤销，R14）(grant places above the class cap)")
public class ClassExtraPlacesCommand implements Action {

    @Argument(index = 0, name = "classId", description = "班级编号（见 xueji:class-sizes）", required = true)
    long classId;

    @Argument(index = 1, name = "places", description = "增加的名额 0–10", required = true)
    int places;

    @Argument(index = 2, name = "reason", description = "书面理由（批复文号等）", required = true)
    String reason;

    @Reference
    SchoolService schools;

    @Reference
    Session session;

    @Reference
    AccountService accounts;

    @Override
    public Object execute() {
        Actor actor = ShellActors.of(session, accounts);
        SchoolClass c = schools.grantExtraPlaces(actor, classId, places, reason);
        System.out.println(c.name() + "：上限 " + (schools.classCap() + places) + " 人");
        return null;
    }
}

package org.xueji.platform.core.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xueji.platform.api.InstalledModule;
import org.xueji.platform.api.ModuleCatalog;

@Service
@Command(scope = "xueji", name = "modules", description = "已安装的模块及版本 (installed modules and versions)")
public class ModulesCommand implements Action {

    @Reference
    ModuleCatalog catalog;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("模块");
        table.column("组件包");
        table.column("版本");
        table.column("状态");
        for (InstalledModule m : catalog.installedModules()) {
            table.addRow().addContent(m.module(), m.symbolicName(), m.version(), m.state());
        }
        table.print(System.out);
        return null;
    }
}

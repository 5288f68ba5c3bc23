package org.xueji.platform.api;

import java.util.List;

/** Lists the installed Xueji modules with their versions (console dashboard, shell). */
public interface ModuleCatalog {

    /** The manifest header that marks a bundle as part of a module; its value is the module name. */
    String MODULE_HEADER = "Xueji-Module";

    List<InstalledModule> installedModules();
}

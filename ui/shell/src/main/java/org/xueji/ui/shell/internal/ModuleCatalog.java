package org.xueji.ui.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Installed Xueji modules: every bundle whose manifest carries {@code Xueji-Module}.
 */
final class ModuleCatalog {

    static final String MODULE_HEADER = "Xueji-Module";

    record ModuleBundle(String module, String symbolicName, String version, String state) {
    }

    static List<ModuleBundle> list(BundleContext context) {
        List<ModuleBundle> result = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String module = b.getHeaders().get(MODULE_HEADER);
            if (module != null) {
                result.add(new ModuleBundle(module, b.getSymbolicName(), b.getVersion().toString(), state(b)));
            }
        }
        result.sort(Comparator.comparing(ModuleBundle::module).thenComparing(ModuleBundle::symbolicName));
        return result;
    }

    static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    private ModuleCatalog() {
    }
}

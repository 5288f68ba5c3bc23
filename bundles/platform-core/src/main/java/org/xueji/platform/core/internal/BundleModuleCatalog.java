package org.xueji.platform.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.InstalledModule;
import org.xueji.platform.api.ModuleCatalog;

/** Reads the module bundles from the framework: whatever is installed right now. */
@Component(service = ModuleCatalog.class)
public class BundleModuleCatalog implements ModuleCatalog {

    private final BundleContext context;

    @Activate
    public BundleModuleCatalog(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<InstalledModule> installedModules() {
        List<InstalledModule> result = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String module = b.getHeaders().get(MODULE_HEADER);
            if (module != null) {
                result.add(new InstalledModule(module, b.getSymbolicName(), b.getVersion().toString(), state(b)));
            }
        }
        result.sort(Comparator.comparing(InstalledModule::module).thenComparing(InstalledModule::symbolicName));
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
}

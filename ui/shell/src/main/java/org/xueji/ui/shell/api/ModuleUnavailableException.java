package org.xueji.ui.shell.api;

/**
 * A view needs a service of a module that is not running (stopped, being upgraded). The
 * shell turns it into a "module not available" page rather than an error.
 */
public class ModuleUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String serviceName;

    public ModuleUnavailableException(String serviceName) {
        super("service not available: " + serviceName);
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}

package org.xueji.itests;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Polls the service registry: modules come and go asynchronously. */
final class ServiceWait {

    static <T> int count(BundleContext context, Class<T> type, String filter) {
        try {
            // Object.class means "any service class": select by the filter alone
            ServiceReference<?>[] refs = context.getServiceReferences(
                    type == Object.class ? null : type.getName(), filter);
            return refs == null ? 0 : refs.length;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Waits until the number of matching services satisfies the condition; returns the last count. */
    static <T> int waitFor(BundleContext context, Class<T> type, String filter,
                           java.util.function.IntPredicate condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        int n = count(context, type, filter);
        while (!condition.test(n) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            n = count(context, type, filter);
        }
        return n;
    }

    private ServiceWait() {
    }
}

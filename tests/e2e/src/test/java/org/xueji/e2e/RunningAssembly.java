package org.xueji.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one running Xueji distribution for the whole test run. The first test
 * class that uses it unpacks and starts Karaf ({@link Karaf#start()}); every later class gets the
 * same instance; Karaf is stopped with {@code bin/stop} when the test run ends (the instance
 * lives in the root context's store, which closes it last). A test method or lifecycle method
 * may take a {@link Karaf} parameter.
 */
public final class RunningAssembly implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningAssembly.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        karaf(context);
    }

    /** The running Karaf of this test run; starts it on first use. */
    public static Karaf karaf(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Started.class, k -> new Started(), Started.class).get();
    }

    /**
     * The outcome of the one start attempt: a failed start is not tried again by every later
     * test class (each would wait minutes), they all fail with its cause. Closed at the end of
     * the run by JUnit (values of the root store that are AutoCloseable).
     */
    static final class Started implements AutoCloseable {
        private final Karaf karaf;
        private final RuntimeException failure;

        Started() {
            Karaf k = null;
            RuntimeException f = null;
            try {
                k = Karaf.start();
            } catch (RuntimeException e) {
                f = e;
            }
            karaf = k;
            failure = f;
        }

        Karaf get() {
            if (failure != null) {
                throw new IllegalStateException("The Xueji distribution did not start: " + failure.getMessage(),
                        failure);
            }
            return karaf;
        }

        @Override
        public void close() {
            if (karaf != null) {
                karaf.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Karaf.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return karaf(extensionContext);
    }
}

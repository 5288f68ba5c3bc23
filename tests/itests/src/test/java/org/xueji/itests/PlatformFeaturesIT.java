package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.ConsoleEndpoint;
import org.xueji.platform.api.security.LoginResult;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.registry.api.StudentService;

/**
 * Boots the assembly's features in Karaf: every bundle active, the view contributions
 * present, the web console answering, and a module's bundles stopped and started again
 * while the system runs (D6).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformFeaturesIT {

    /** The assembly's boot features of ours (karaf-assembly/pom.xml), each a module line's feature. */
    private static final List<String> BOOTED_FEATURES = List.of("xueji-platform", "xueji-shell", "xueji-documents",
            "xueji-registry", "xueji-admin", "xueji-enrollment", "xueji-ledger", "xueji-dropout", "xueji-specialneeds",
            "xueji-admission", "xueji-classbalance", "xueji-transfer");

    private static final String VIEW_CONTRIBUTION = "org.xueji.ui.shell.api.ViewContribution";
    private static final Set<String> REGISTRY_ROUTES = Set.of("students", "students/:studentId", "schools", "classes");
    private static final Set<String> ENROLLMENT_ROUTES = Set.of("enrollment/register", "enrollment/print",
            "enrollment/deadlines", "enrollment/verification", "enrollment/import");
    /** issue 8: the ledger module's views (D4). */
    private static final Set<String> LEDGER_ROUTES = Set.of("ledger", "ledger/assessment");

    /** Karaf's boot features installed in full (they install in their own thread, see XuejiContainer). */
    @Inject @Filter(timeout = 600_000) private org.apache.karaf.features.BootFinished bootFinished;
    @Inject
    private BundleContext context;

    /** Karaf may still be provisioning the boot features (and refreshing itself) at first. */
    @Inject
    @Filter(timeout = 120_000)
    private FeaturesService features;

    @Inject
    @Filter(timeout = 120_000)
    private org.osgi.service.cm.ConfigurationAdmin configurations;

    @Inject
    @Filter(timeout = 120_000)
    private AccountService accounts;

    /** Waits until the registry is migrated and its services are up. */
    @Inject
    @Filter(timeout = 120_000)
    private StudentService students;

    @Inject
    @Filter(timeout = 120_000)
    private ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        return XuejiContainer.config();
    }

    @Test
    public void allOurFeaturesAreInstalled() throws Exception {
        for (String feature : BOOTED_FEATURES) {
            assertTrue(feature + " installed", features.isInstalled(features.getFeature(feature)));
        }
        // issue 16 (R1): the assembly as shipped is a real installation: no demo district, no demo
        // accounts with their published password (./run.sh and the e2e tests add it with bin/enable-demo)
        assertTrue("xueji-demo available offline", features.getFeature("xueji-demo") != null);
        assertTrue("xueji-demo not booted", !features.isInstalled(features.getFeature("xueji-demo")));
    }

    /**
     * D6 (issue 13 item 1): {@code feature:install -u xueji-X/NEW} replaces the version of xueji-X that
     * was installed by name, and only that one. A module installed only as a dependency of another
     * feature (as under a feature naming all modules) would stay, and its new version would run beside
     * it: each module's feature must be a requirement of its own.
     */
    @Test
    public void eachModuleIsInstalledByNameSoThatAnUpgradeReplacesIt() throws Exception {
        Set<String> installedByName = new TreeSet<>();
        for (Feature f : features.listRequiredFeatures()) {
            installedByName.add(f.getName());
        }
        for (String feature : BOOTED_FEATURES) {
            assertTrue(feature + " installed by name, not only as a dependency: " + installedByName,
                    installedByName.contains(feature));
        }
    }

    /**
     * Every Declarative Services component of our bundles can be built. A delayed component is built
     * when its service is first got, so each service our bundles register is got once (a component
     * SCR cannot build answers null); then no component may be in FAILED_ACTIVATION. Otherwise such a
     * failure shows only in the log, when a user first needs the service.
     */
    @Test
    public void everyComponentOfOurBundlesActivates() throws Exception {
        // a component SCR cannot build leaves its service registered, and getting it answers null
        List<String> failed = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            ServiceReference<?>[] registered = b.getSymbolicName().startsWith("org.xueji.")
                    ? b.getRegisteredServices() : null;
            for (ServiceReference<?> ref : registered == null ? new ServiceReference<?>[0] : registered) {
                if (context.getService(ref) != null) {
                    context.ungetService(ref);
                } else if (ref.getBundle() != null) {
                    failed.add(ref.getProperty("component.name") + " (its service cannot be got)");
                }
            }
        }
        int components = 0;
        for (Bundle b : context.getBundles()) {
            if (!b.getSymbolicName().startsWith("org.xueji.")) {
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    components++;
                    if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        failed.add(d.name + ": " + c.failure);
                    }
                }
            }
        }
        assertTrue("our bundles have components", components > 50);
        assertEquals("components that failed to activate", List.of(), failed);
    }

    @Test
    public void everyBundleIsActive() throws Exception {
        List<String> notActive = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 30_000;
        do {
            notActive.clear();
            for (Bundle b : context.getBundles()) {
                boolean fragment = b.getHeaders().get("Fragment-Host") != null;
                if (!fragment && b.getState() != Bundle.ACTIVE) {
                    notActive.add(b.getSymbolicName() + " " + b.getState());
                }
            }
            if (!notActive.isEmpty()) {
                Thread.sleep(500);
            }
        } while (!notActive.isEmpty() && System.currentTimeMillis() < deadline);
        assertEquals("bundles not active: " + notActive, List.of(), notActive);
        for (String ours : List.of("org.xueji.platform-api", "org.xueji.platform-persistence",
                "org.xueji.platform-core", "org.xueji.platform-security", "org.xueji.platform-audit",
                "org.xueji.ui-admin", "org.xueji.platform-workflow", "org.xueji.ui-workflow",
                "org.xueji.registry-api", "org.xueji.registry-service", "org.xueji.ui-shell",
                "org.xueji.ui-registry", "org.xueji.enrollment-api",
                "org.xueji.enrollment-service", "org.xueji.ui-enrollment",
                "org.xueji.ledger-api", "org.xueji.ledger-service", "org.xueji.ui-ledger",
                // UI kit: the student-record form (issue 8)
                "org.xueji.ui-kit")) {
            assertEquals(ours, Bundle.ACTIVE, bundle(ours).getState());
        }
    }

    /**
     * Issue 13 item 1 (D6): a module states the API versions it needs. bnd derives each import's
     * range from the version the bundle was built against, so in this distribution every import of
     * one of our packages starts at the major.minor of the package it wired to. A hand-written range
     * such as {@code [1.0,2)} shows here: it would let the module start on an API older than the one
     * it calls.
     */
    @Test
    public void everyImportOfOurPackagesAsksForTheVersionItWasBuiltAgainst() {
        java.util.regex.Pattern floor = java.util.regex.Pattern.compile("\\(version>=([0-9.]+)\\)");
        List<String> loose = new ArrayList<>();
        int checked = 0;
        for (Bundle b : context.getBundles()) {
            org.osgi.framework.wiring.BundleWiring wiring = b.adapt(org.osgi.framework.wiring.BundleWiring.class);
            if (b.getSymbolicName() == null || !b.getSymbolicName().startsWith("org.xueji.") || wiring == null) {
                continue;
            }
            for (org.osgi.framework.wiring.BundleWire wire
                    : wiring.getRequiredWires(org.osgi.framework.namespace.PackageNamespace.PACKAGE_NAMESPACE)) {
                String pkg = (String) wire.getCapability().getAttributes()
                        .get(org.osgi.framework.namespace.PackageNamespace.PACKAGE_NAMESPACE);
                if (!pkg.startsWith("org.xueji.")) {
                    continue;
                }
                checked++;
                org.osgi.framework.Version exported = (org.osgi.framework.Version) wire.getCapability().getAttributes()
                        .get(org.osgi.framework.namespace.PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
                String filter = wire.getRequirement().getDirectives().get("filter");
                java.util.regex.Matcher m = floor.matcher(filter == null ? "" : filter);
                org.osgi.framework.Version asked = m.find() ? org.osgi.framework.Version.parseVersion(m.group(1))
                        : org.osgi.framework.Version.emptyVersion;
                if (asked.getMajor() != exported.getMajor() || asked.getMinor() != exported.getMinor()) {
                    loose.add(b.getSymbolicName() + " imports " + pkg + " from " + asked + " (built against " + exported
                            + ")");
                }
            }
        }
        assertTrue("our bundles import our packages", checked > 100);
        assertEquals("imports of our packages not derived from the version built against", List.of(), loose);
    }

    @Test
    public void registryViewsAreContributedToTheShell() throws Exception {
        ServiceWait.waitFor(context, Object.class, "(objectClass=" + VIEW_CONTRIBUTION + ")", n -> n >= 4, 30_000);
        assertTrue(contributedRoutes().toString(), contributedRoutes().containsAll(REGISTRY_ROUTES));
        assertTrue("dashboard card", ServiceWait.count(context, Object.class,
                "(objectClass=org.xueji.ui.shell.api.DashboardContribution)") >= 1);
    }

    @Test
    public void webConsoleAnswers() throws Exception {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + XuejiContainer.WEB_PORT + "/")
                .openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(20_000);
        assertEquals(200, c.getResponseCode());
        // issue 16: nothing may frame the console
        assertEquals("DENY", c.getHeaderField("X-Frame-Options"));
        assertEquals("nosniff", c.getHeaderField("X-Content-Type-Options"));
        c.disconnect();
    }

    @Test
    public void registryUiBundleStopsAndStartsWithoutRestart() throws Exception {
        Bundle ui = bundle("org.xueji.ui-registry");
        ui.stop();
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            while (contributedRoutes().stream().anyMatch(REGISTRY_ROUTES::contains)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            Set<String> left = contributedRoutes();
            left.retainAll(REGISTRY_ROUTES);
            assertEquals("registry views withdrawn", Set.of(), left);
            assertEquals("the shell keeps running", Bundle.ACTIVE, bundle("org.xueji.ui-shell").getState());
        } finally {
            ui.start();
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while (!contributedRoutes().containsAll(REGISTRY_ROUTES) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue("registry views back: " + contributedRoutes(), contributedRoutes().containsAll(REGISTRY_ROUTES));
    }

    @Test
    public void registryServiceBundleStopsAndStartsWithoutRestart() throws Exception {
        Bundle service = bundle("org.xueji.registry-service");
        String filter = "(objectClass=" + StudentService.class.getName() + ")";
        service.stop();
        try {
            assertEquals(0, ServiceWait.waitFor(context, StudentService.class, null, n -> n == 0, 20_000));
        } finally {
            service.start();
        }
        assertEquals(1, ServiceWait.waitFor(context, StudentService.class, null, n -> n == 1, 60_000));
        ServiceReference<?>[] refs = context.getServiceReferences((String) null, filter);
        assertTrue(refs != null && refs.length == 1);
    }

    /** D6: the enrollment module goes away and comes back while the registry keeps serving. */
    @Test
    public void enrollmentModuleStopsAndStartsWithoutRestart() throws Exception {
        Bundle ui = bundle("org.xueji.ui-enrollment");
        Bundle service = bundle("org.xueji.enrollment-service");
        ServiceWait.waitFor(context, Object.class, "(objectClass=" + VIEW_CONTRIBUTION + ")",
                n -> n >= 4 + ENROLLMENT_ROUTES.size(), 30_000);
        assertTrue(contributedRoutes().toString(), contributedRoutes().containsAll(ENROLLMENT_ROUTES));
        ui.stop();
        service.stop();
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            while (contributedRoutes().stream().anyMatch(ENROLLMENT_ROUTES::contains)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            Set<String> left = contributedRoutes();
            left.retainAll(ENROLLMENT_ROUTES);
            assertEquals("enrollment views withdrawn", Set.of(), left);
            assertEquals(0, ServiceWait.count(context, Object.class,
                    "(objectClass=org.xueji.enrollment.api.RegistrationService)"));
            assertTrue("the registry keeps its views", contributedRoutes().containsAll(REGISTRY_ROUTES));
            assertEquals(1, ServiceWait.count(context, StudentService.class, null));
        } finally {
            service.start();
            ui.start();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (!contributedRoutes().containsAll(ENROLLMENT_ROUTES) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue("enrollment views back: " + contributedRoutes(), contributedRoutes().containsAll(ENROLLMENT_ROUTES));
        assertEquals(1, ServiceWait.waitFor(context, Object.class,
                "(objectClass=org.xueji.enrollment.api.RegistrationService)", n -> n == 1, 60_000));
    }

    /** D6: the ledger module goes away and comes back; the workflow listener with it. */
    @Test
    public void ledgerModuleStopsAndStartsWithoutRestart() throws Exception {
        Bundle ui = bundle("org.xueji.ui-ledger");
        Bundle service = bundle("org.xueji.ledger-service");
        String ledgerService = "(objectClass=org.xueji.ledger.api.LedgerService)";
        String listener = "(objectClass=org.xueji.platform.api.workflow.WorkflowListener)";
        long deadline0 = System.currentTimeMillis() + 30_000;
        while (!contributedRoutes().containsAll(LEDGER_ROUTES) && System.currentTimeMillis() < deadline0) {
            Thread.sleep(200);
        }
        assertTrue(contributedRoutes().toString(), contributedRoutes().containsAll(LEDGER_ROUTES));
        assertEquals(1, ServiceWait.waitFor(context, Object.class, ledgerService, n -> n == 1, 60_000));
        int listenersBefore = ServiceWait.count(context, Object.class, listener);
        ui.stop();
        service.stop();
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            while (contributedRoutes().stream().anyMatch(LEDGER_ROUTES::contains)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            Set<String> left = contributedRoutes();
            left.retainAll(LEDGER_ROUTES);
            assertEquals("ledger views withdrawn", Set.of(), left);
            assertEquals(0, ServiceWait.count(context, Object.class, ledgerService));
            assertEquals("its lapse listener goes with it", listenersBefore - 1,
                    ServiceWait.count(context, Object.class, listener));
            assertTrue("the registry keeps its views", contributedRoutes().containsAll(REGISTRY_ROUTES));
            assertEquals(1, ServiceWait.count(context, StudentService.class, null));
        } finally {
            service.start();
            ui.start();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (!contributedRoutes().containsAll(LEDGER_ROUTES) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue("ledger views back: " + contributedRoutes(), contributedRoutes().containsAll(LEDGER_ROUTES));
        assertEquals(1, ServiceWait.waitFor(context, Object.class, ledgerService, n -> n == 1, 60_000));
        assertEquals(listenersBefore, ServiceWait.waitFor(context, Object.class, listener,
                n -> n == listenersBefore, 60_000));
    }

    /**
     * Issue 16 (R1, R5): a demo account (published password) is refused as soon as the console
     * listens beyond loopback; plain HTTP beyond loopback does not start at all unless allowed.
     */
    @Test
    public void r1_demoAccountRefusedWhenTheConsoleListensBeyondLoopback() throws Exception {
        org.osgi.service.cm.Configuration console = configurations.getConfiguration("org.xueji.ui.shell", null);
        java.util.Dictionary<String, Object> original = console.getProperties();
        accounts.createAccount(org.xueji.platform.api.Actor.system("itest"), new NewAccount("demo.itest",
                "演示账号（测试）", org.xueji.platform.api.Role.AUDITOR, null, Set.of(), null,
                "Xueji-demo-2026".toCharArray(), true));
        try {
            assertTrue("console on loopback", awaitConsole(Boolean.TRUE));
            assertEquals(LoginResult.Status.OK, accounts.login("demo.itest", "Xueji-demo-2026".toCharArray(),
                    "127.0.0.1", "itest-demo-1").status());

            // every interface, plain HTTP, without the explicit permission: the console does not start
            console.update(with(original, "host", "0.0.0.0", "allowPlainHttpBeyondLoopback", "false"));
            assertTrue("no console over plain HTTP on 0.0.0.0", awaitConsole(null));

            // allowed explicitly (a TLS proxy in front): it listens, and the demo account is refused
            console.update(with(original, "host", "0.0.0.0", "allowPlainHttpBeyondLoopback", "true"));
            assertTrue("console on 0.0.0.0", awaitConsole(Boolean.FALSE));
            assertEquals(LoginResult.Status.FAILED, accounts.login("demo.itest", "Xueji-demo-2026".toCharArray(),
                    "127.0.0.1", "itest-demo-2").status());
        } finally {
            console.update(original);
            assertTrue("console back on loopback", awaitConsole(Boolean.TRUE));
            accounts.setEnabled(org.xueji.platform.api.Actor.system("itest"), "demo.itest", false);
        }
    }

    private static java.util.Dictionary<String, Object> with(java.util.Dictionary<String, Object> base,
                                                             String... keyValues) {
        java.util.Hashtable<String, Object> copy = new java.util.Hashtable<>();
        for (java.util.Enumeration<String> keys = base.keys(); keys.hasMoreElements(); ) {
            String k = keys.nextElement();
            copy.put(k, base.get(k));
        }
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            copy.put(keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    /** Waits until the console's endpoint says loopbackOnly == wanted (null: no console at all). */
    private boolean awaitConsole(Boolean wanted) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        do {
            ServiceReference<ConsoleEndpoint> ref = context.getServiceReference(ConsoleEndpoint.class);
            Boolean now = null;
            if (ref != null) {
                ConsoleEndpoint e = context.getService(ref);
                try {
                    now = e == null ? null : e.loopbackOnly();
                } finally {
                    context.ungetService(ref);
                }
            }
            if (java.util.Objects.equals(now, wanted)) {
                // a refused start shows as no endpoint at once: give the component time to have tried
                if (wanted != null || System.currentTimeMillis() > deadline - 50_000) {
                    return true;
                }
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        return false;
    }

    /** Issue 14 (D6): the transfer module is installed, and goes away and comes back while the system runs. */
    @Test
    public void transferModuleStopsAndStartsWithoutRestart() throws Exception {
        assertTrue("xueji-transfer installed", features.isInstalled(features.getFeature("xueji-transfer")));
        Set<String> routes = Set.of("transfers", "student-changes");
        String service = "(objectClass=org.xueji.transfer.api.TransferService)";
        String handlers = "(objectClass=org.xueji.platform.persistence.WorkflowHandler)";
        long deadline0 = System.currentTimeMillis() + 60_000;
        while (!contributedRoutes().containsAll(routes) && System.currentTimeMillis() < deadline0) {
            Thread.sleep(200);
        }
        assertTrue(contributedRoutes().toString(), contributedRoutes().containsAll(routes));
        assertEquals(1, ServiceWait.waitFor(context, Object.class, service, n -> n == 1, 60_000));
        int handlersBefore = ServiceWait.count(context, Object.class, handlers);
        Bundle ui = bundle("org.xueji.ui-transfer");
        Bundle impl = bundle("org.xueji.transfer-service");
        ui.stop();
        impl.stop();
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            while (contributedRoutes().stream().anyMatch(routes::contains) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            Set<String> left = contributedRoutes();
            left.retainAll(routes);
            assertEquals("transfer views withdrawn", Set.of(), left);
            assertEquals(0, ServiceWait.count(context, Object.class, service));
            assertEquals("its eleven workflow handlers go with it (ten types and 转入; no local type configured)",
                    handlersBefore - 11,
                    ServiceWait.count(context, Object.class, handlers));
            assertTrue("the registry keeps its views", contributedRoutes().containsAll(REGISTRY_ROUTES));
        } finally {
            impl.start();
            ui.start();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (!contributedRoutes().containsAll(routes) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue("transfer views back: " + contributedRoutes(), contributedRoutes().containsAll(routes));
        assertEquals(1, ServiceWait.waitFor(context, Object.class, service, n -> n == 1, 60_000));
        assertEquals(handlersBefore, ServiceWait.waitFor(context, Object.class, handlers, n -> n == handlersBefore,
                60_000));
    }

    /** Issue 9 (D6): class balancing goes away and comes back while the system runs. */
    @Test
    public void classBalanceModuleStopsAndStartsWithoutRestart() throws Exception {
        assertTrue("xueji-classbalance installed", features.isInstalled(features.getFeature("xueji-classbalance")));
        Set<String> routes = Set.of("classbalance", "classbalance/review", "classbalance/monitor");
        String service = "(objectClass=org.xueji.classbalance.api.ClassBalanceService)";
        String handlers = "(objectClass=org.xueji.platform.persistence.WorkflowHandler)";
        long deadline0 = System.currentTimeMillis() + 60_000;
        while (!contributedRoutes().containsAll(routes) && System.currentTimeMillis() < deadline0) {
            Thread.sleep(200);
        }
        assertTrue(contributedRoutes().toString(), contributedRoutes().containsAll(routes));
        assertEquals(1, ServiceWait.waitFor(context, Object.class, service, n -> n == 1, 60_000));
        int handlersBefore = ServiceWait.count(context, Object.class, handlers);
        Bundle ui = bundle("org.xueji.ui-classbalance");
        Bundle impl = bundle("org.xueji.classbalance-service");
        ui.stop();
        impl.stop();
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            while (contributedRoutes().stream().anyMatch(routes::contains) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            Set<String> left = contributedRoutes();
            left.retainAll(routes);
            assertEquals("class-balancing views withdrawn", Set.of(), left);
            assertEquals(0, ServiceWait.count(context, Object.class, service));
            assertEquals("its confirmation handler goes with it", handlersBefore - 1,
                    ServiceWait.count(context, Object.class, handlers));
            assertTrue("the registry keeps its views", contributedRoutes().containsAll(REGISTRY_ROUTES));
        } finally {
            impl.start();
            ui.start();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (!contributedRoutes().containsAll(routes) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue("class-balancing views back: " + contributedRoutes(), contributedRoutes().containsAll(routes));
        assertEquals(1, ServiceWait.waitFor(context, Object.class, service, n -> n == 1, 60_000));
        assertEquals(handlersBefore, ServiceWait.waitFor(context, Object.class, handlers, n -> n == handlersBefore,
                60_000));
    }

    private Set<String> contributedRoutes() throws Exception {
        Set<String> routes = new TreeSet<>();
        ServiceReference<?>[] refs = context.getServiceReferences(VIEW_CONTRIBUTION, null);
        if (refs != null) {
            for (ServiceReference<?> ref : refs) {
                Object view = context.getService(ref);
                try {
                    // through the interface: the implementing class may not be public
                    Class<?> api = ref.getBundle().adapt(org.osgi.framework.wiring.BundleWiring.class)
                            .getClassLoader().loadClass(VIEW_CONTRIBUTION);
                    routes.add((String) api.getMethod("route").invoke(view));
                } finally {
                    context.ungetService(ref);
                }
            }
        }
        return routes;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("bundle not installed: " + symbolicName);
    }
}

package org.xueji.ui.shell.internal;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.security.ConsoleEndpoint;
import org.xueji.platform.api.security.AccountSessionListener;

/**
 * Runs the web console: an embedded Jetty 12 with the Vaadin servlet. Karaf's own HTTP
 * service is javax.servlet while Vaadin 24 needs jakarta.servlet 6, hence our own server.
 * Vaadin's servlet-container initializers are run explicitly, because annotation scanning
 * does not work on OSGi bundle class loaders.
 */
@Component(immediate = true, configurationPid = "org.xueji.ui.shell", service = AccountSessionListener.class)
@Designate(ocd = ShellConfig.class)
public class ShellHttpServer implements AccountSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ShellHttpServer.class);

    private final ViewRegistry viewRegistry;
    private final SessionRegistry sessions = new SessionRegistry();
    private final Server server;

    private final ServiceRegistration<ConsoleEndpoint> endpoint;

    @Activate
    public ShellHttpServer(BundleContext bundleContext, ShellConfig config, @Reference ViewRegistry viewRegistry)
            throws Exception {
        this.viewRegistry = viewRegistry;
        long started = System.nanoTime();
        ClassLoader shellLoader = ShellHttpServer.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(shellLoader);
        try {
            server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost(config.host());
            connector.setPort(config.port());
            server.addConnector(connector);
            boolean https = Https.addConnector(server, config);
            String refusal = ConsoleTransport.refusal(config.host(), https, config.allowPlainHttpBeyondLoopback());
            if (refusal != null) {
                LOG.error(refusal);
                throw new IllegalStateException(refusal);
            }

            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
            context.setContextPath("/");
            context.setClassLoader(shellLoader);
            context.setAttribute(ShellServices.VIEW_REGISTRY, viewRegistry);
            context.setAttribute(ShellServices.SESSIONS, sessions);
            context.setAttribute(ShellServices.THROTTLE, new LoginThrottle(config.loginAttemptsPerMinute(),
                    Duration.ofMinutes(1), Clock.systemUTC()));
            context.getSessionHandler().setMaxInactiveInterval(config.sessionTimeoutMinutes() * 60);
            context.getSessionHandler().setHttpOnly(true);
            context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
            context.getSessionHandler().setSecureRequestOnly(true);
            context.getSessionHandler().addEventListener(new SessionEndListener(sessions));

            ServletHolder vaadin = new ServletHolder("vaadin", new XuejiServlet());
            vaadin.setAsyncSupported(true);
            vaadin.setInitParameter("productionMode", "true");
            vaadin.setInitParameter("i18n.provider", ShellI18nProvider.class.getName());
            // heartbeats of an open tab do not keep an idle session alive (idle timeout, R2)
            vaadin.setInitParameter("closeIdleSessions", "true");
            vaadin.setInitOrder(1);
            context.addServlet(vaadin, "/*");

            context.addServletContainerInitializer(new LookupServletContainerInitializer(), LookupInitializer.class);
            context.addServletContainerInitializer(new RouteRegistryInitializer(), HomeView.class, LoginView.class,
                    ChangePasswordView.class);
            context.addServletContainerInitializer(new ErrorNavigationTargetInitializer(), NotFoundView.class,
                    ModuleUnavailableView.class, AccessDeniedView.class, DomainErrorView.class, ErrorView.class);
            context.addServletContainerInitializer(new VaadinAppShellInitializer(), AppShell.class);

            // with HTTPS on, plain HTTP only redirects (issue 16): no page and no login in clear
            Handler app = https ? new ConsoleTransport.HttpsRedirect(config.httpsPort(), context) : context;
            server.setHandler(new TrustedProxies(new SecurityHeaders(new HealthCheck(
                    limited(app, config.maxConcurrentRequests()))), TrustedProxies.parse(config.trustedProxies())));
            server.start();
            viewRegistry.attach(ApplicationRouteRegistry.getInstance(
                    new VaadinServletContext(context.getServletContext())));
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Web console started on http://{}:{}/ in {} ms", config.host(), config.port(),
                (System.nanoTime() - started) / 1_000_000);
        // the login rules read where the console listens: demo accounts work on loopback only
        boolean loopbackOnly = ConsoleTransport.isLoopback(config.host());
        if (!loopbackOnly) {
            LOG.warn("The web console listens beyond this machine ({}): demo accounts cannot log in", config.host());
        }
        ConsoleEndpoint where = () -> loopbackOnly;
        endpoint = bundleContext.registerService(ConsoleEndpoint.class, where, null);
    }

    /**
     * An administrator disabled, reset or re-scoped an account: its open pages close now and
     * their next request shows the login page (issue 16 item 7).
     */
    @Override
    public void accountSessionsEnded(String username, Reason reason) {
        int ended = sessions.endAccount(username);
        if (ended > 0) {
            LOG.info("Ended {} console session(s) of account {} ({})", ended, username, reason);
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        endpoint.unregister();
        viewRegistry.detach();
        server.stop();
        LOG.info("Web console stopped");
    }

    /**
     * Headers every response carries (redirects included). The CSP is as strict as Vaadin Flow
     * 24.9 allows: its bootstrap page has inline scripts ({@code 'unsafe-inline'}), the client
     * engine runs server-sent JavaScript with {@code new Function} ({@code 'unsafe-eval'}),
     * components set inline styles ({@code style-src 'unsafe-inline'}), icons and charts use
     * {@code data:}/{@code blob:} images; everything else only from this origin, nothing from
     * other hosts, no plugins, and no page may frame the console.
     */
    static final class SecurityHeaders extends Handler.Wrapper {
        SecurityHeaders(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            HttpFields.Mutable headers = response.getHeaders();
            headers.put("X-Frame-Options", "DENY");
            headers.put("X-Content-Type-Options", "nosniff");
            headers.put("Referrer-Policy", "same-origin");
            headers.put("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline' "
                    + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' "
                    + "data:; connect-src 'self'; frame-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
                    + "form-action 'self'; object-src 'none'");
            headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if (request.isSecure()) {
                headers.put("Strict-Transport-Security", "max-age=31536000");
            }
            return super.handle(request, response, callback);
        }
    }

    /**
     * At most {@code maxConcurrent} requests run at once; the others wait, suspended without a
     * thread, in arrival order. A request may hold up to three pooled database connections at
     * once (its service's transaction, another module's service called inside it, the actor's
     * session check), so without this bound enough simultaneous requests each holding one
     * connection and waiting for the next drain the pool and wait for each other for ever: the
     * console stopped answering at 100 users in the load test (issue 13). The pool is sized for
     * it (etc/org.ops4j.datasource-xueji.cfg: 3 × this + 16).
     */
    static Handler limited(Handler app, int maxConcurrent) {
        QoSHandler qos = new QoSHandler(app);
        qos.setMaxRequestCount(maxConcurrent);
        // a request waits at most this long for its turn, then gets 503 instead of hanging
        qos.setMaxSuspend(Duration.ofMinutes(2));
        return qos;
    }

}

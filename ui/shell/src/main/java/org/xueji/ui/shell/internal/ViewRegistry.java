package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.RouteRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.server.VaadinServlet;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.reminder.ReminderProvider;
import org.xueji.ui.shell.api.DashboardContribution;
import org.xueji.ui.shell.api.StudentActionContribution;
import org.xueji.ui.shell.api.ViewContribution;

/**
 * The whiteboard: tracks view and dashboard contributions of the module UI bundles and
 * keeps the Vaadin route registry in step with them, while the console runs.
 */
@org.osgi.service.component.annotations.Component(service = ViewRegistry.class)
public class ViewRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ViewRegistry.class);

    private final List<ViewContribution> views = new CopyOnWriteArrayList<>();
    private final List<DashboardContribution> cards = new CopyOnWriteArrayList<>();
    private final List<StudentActionContribution> studentActions = new CopyOnWriteArrayList<>();
    private final List<ReminderProvider> reminderProviders = new CopyOnWriteArrayList<>();
    /** Route of a contribution that went away → module (group) name, for "not available" pages. */
    private final Map<String, String> departedRoutes = new ConcurrentHashMap<>();
    private volatile RouteRegistry routeRegistry;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution view) {
        views.add(view);
        departedRoutes.remove(view.route());
        RouteRegistry registry = routeRegistry;
        if (registry != null) {
            register(registry, view);
        }
        LOG.info("View {} contributed by {}", view.route(), bundleName(view));
    }

    void removeView(ViewContribution view) {
        views.remove(view);
        departedRoutes.put(view.route(), view.group(Locale.SIMPLIFIED_CHINESE));
        RouteRegistry registry = routeRegistry;
        if (registry != null) {
            RouteConfiguration.forRegistry(registry).removeRoute(view.route());
        }
        LOG.info("View {} withdrawn", view.route());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCard(DashboardContribution card) {
        cards.add(card);
    }

    void removeCard(DashboardContribution card) {
        cards.remove(card);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStudentAction(StudentActionContribution action) {
        studentActions.add(action);
    }

    void removeStudentAction(StudentActionContribution action) {
        studentActions.remove(action);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReminderProvider(ReminderProvider provider) {
        reminderProviders.add(provider);
    }

    void removeReminderProvider(ReminderProvider provider) {
        reminderProviders.remove(provider);
    }

    /** The registry of the servlet serving the current request. */
    public static ViewRegistry current() {
        return (ViewRegistry) VaadinServlet.getCurrent().getServletContext().getAttribute(ShellServices.VIEW_REGISTRY);
    }

    /** The student-page actions the actor may use, in order. */
    public List<StudentActionContribution> studentActions(Actor actor) {
        return studentActions.stream()
                .filter(a -> a.requiredPermission() == null || actor.has(a.requiredPermission()))
                .sorted(Comparator.comparingInt(StudentActionContribution::order)
                        .thenComparing(StudentActionContribution::id))
                .toList();
    }

    /** The route of a view declaring the topic that the actor may open. */
    public Optional<String> routeForTopic(String topic, Actor actor) {
        if (topic == null) {
            return Optional.empty();
        }
        return views.stream().filter(v -> v.topics().contains(topic))
                .filter(v -> v.requiredPermission() == null || actor.has(v.requiredPermission()))
                .sorted(Comparator.comparingInt(ViewContribution::order)).map(ViewContribution::route).findFirst();
    }

    List<ReminderProvider> reminderProviders() {
        return List.copyOf(reminderProviders);
    }

    /** Called once the Vaadin servlet is up: registers everything contributed so far. */
    void attach(RouteRegistry registry) {
        this.routeRegistry = registry;
        views.forEach(v -> register(registry, v));
    }

    void detach() {
        this.routeRegistry = null;
    }

    private static void register(RouteRegistry registry, ViewContribution view) {
        @SuppressWarnings("unchecked")
        Class<? extends RouterLayout>[] parents = view.isPublic() ? new Class[0] : new Class[] {MainLayout.class};
        RouteConfiguration.forRegistry(registry).setRoute(view.route(), view.viewClass(), parents);
    }

    /** Menu entries, ordered by group and position. */
    List<ViewContribution> menuEntries() {
        return views.stream().filter(ViewContribution::inMenu).filter(v -> !v.isPublic())
                .sorted(Comparator.comparingInt(ViewContribution::order).thenComparing(ViewContribution::route))
                .toList();
    }

    List<DashboardContribution> dashboardCards() {
        return cards.stream().sorted(Comparator.comparingInt(DashboardContribution::order)).toList();
    }

    Optional<ViewContribution> contributionFor(Class<?> viewClass) {
        return views.stream().filter(v -> v.viewClass() == viewClass).findFirst();
    }

    /** The module whose view used to live at this path, if it went away. */
    Optional<String> departedModule(String path) {
        String clean = path.startsWith("/") ? path.substring(1) : path;
        return departedRoutes.entrySet().stream()
                .filter(e -> matches(e.getKey(), clean)).map(Map.Entry::getValue).findFirst();
    }

    private static boolean matches(String template, String path) {
        String[] t = template.split("/");
        String[] p = path.split("/");
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!t[i].startsWith(":") && !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }

    private static String bundleName(Object o) {
        Bundle b = FrameworkUtil.getBundle(o.getClass());
        return b == null ? "?" : b.getSymbolicName();
    }
}

package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Locale;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.InstalledModule;
import org.xueji.platform.api.ModuleCatalog;
import org.xueji.ui.shell.api.DashboardContribution;
import org.xueji.ui.shell.api.UiContext;

/** The home dashboard: the modules' cards and the installed modules with their versions. */
@com.vaadin.flow.router.Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    public HomeView() {
        Locale locale = UiContext.locale();
        Actor actor = UiContext.actor();
        add(new H2(ShellText.HOME_TITLE.format(locale)), new Paragraph(ShellText.HOME_WELCOME.format(locale)));

        FlexLayout cards = new FlexLayout();
        cards.setId("dashboard-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.add(RemindersCard.create(ShellServices.viewRegistry(), actor, locale));
        for (DashboardContribution card : ShellServices.viewRegistry().dashboardCards()) {
            if (card.requiredPermission() == null || actor.has(card.requiredPermission())) {
                try {
                    cards.add(card.createCard(actor));
                } catch (RuntimeException e) {
                    // a module going away while the page is built must not break the home page
                    Div unavailable = new Div(ShellText.MODULE_UNAVAILABLE_TITLE.format(locale));
                    cards.add(unavailable);
                }
            }
        }
        add(cards);

        add(new H3(ShellText.MODULES_TITLE.format(locale)));
        List<InstalledModule> modules = UiContext.service(HomeView.class, ModuleCatalog.class).installedModules();
        if (modules.isEmpty()) {
            add(new Paragraph(ShellText.NO_MODULES.format(locale)));
        }
        Grid<InstalledModule> grid = new Grid<>();
        grid.setId("module-grid");
        grid.addColumn(InstalledModule::module).setHeader(ShellText.MODULE_NAME.format(locale));
        grid.addColumn(InstalledModule::symbolicName).setHeader(ShellText.MODULE_BUNDLE.format(locale));
        grid.addColumn(InstalledModule::version).setHeader(ShellText.MODULE_VERSION.format(locale));
        grid.addColumn(InstalledModule::state).setHeader(ShellText.MODULE_STATE.format(locale));
        grid.setItems(modules);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return ShellText.HOME_TITLE.format(UiContext.locale()) + " - " + ShellText.APP_TITLE.format(UiContext.locale());
    }
}

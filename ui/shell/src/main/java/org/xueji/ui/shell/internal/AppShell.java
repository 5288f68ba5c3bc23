package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/** Page-level settings of the console. */
public class AppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("学籍管理与控辍保学平台");
        settings.addMetaTag("referrer", "same-origin");
    }
}

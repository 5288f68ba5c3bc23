package org.xueji.upgradeprobe.internal;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.osgi.service.component.annotations.Component;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/** The probe's view as a contribution to the console, in the menu group 系统维护. */
public final class ProbeViews {

    /** 升级探针: the running release and its notes. */
    @Component(service = ViewContribution.class)
    public static final class Probe extends ModuleView {
        public Probe() {
            super(ProbeView.ROUTE, ProbeView.class, ProbeText.TITLE, ProbeText.GROUP, VaadinIcon.FLASK, 990,
                    ProbeView.PERMISSION);
        }
    }

    private ProbeViews() {
    }
}

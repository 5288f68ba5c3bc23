package org.xueji.ui.shell.api;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.Permission;

/**
 * A ready-made {@link ViewContribution} whose texts are message keys of the module. A
 * module's UI bundle declares one small DS component per view:
 *
 * <pre>{@code
 * @Component(service = ViewContribution.class)
 * public static final class StudentSearch extends ModuleView {
 *     public StudentSearch() {
 *         super("students", StudentSearchView.class, RegistryUiText.STUDENTS_TITLE, RegistryUiText.GROUP,
 *               VaadinIcon.USERS, 10, Permission.VIEW_STUDENT);
 *     }
 * }
 * }</pre>
 */
public abstract class ModuleView implements ViewContribution {

    private final String route;
    private final Class<? extends Component> viewClass;
    private final MessageKey title;
    private final MessageKey group;
    private final VaadinIcon icon;
    private final int order;
    private final Permission permission;

    protected ModuleView(String route, Class<? extends Component> viewClass, MessageKey title, MessageKey group,
                         VaadinIcon icon, int order, Permission permission) {
        this.route = route;
        this.viewClass = viewClass;
        this.title = title;
        this.group = group;
        this.icon = icon;
        this.order = order;
        this.permission = permission;
    }

    @Override
    public String route() {
        return route;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return viewClass;
    }

    @Override
    public String title(Locale locale) {
        return title.format(locale);
    }

    @Override
    public String group(Locale locale) {
        return group.format(locale);
    }

    @Override
    public VaadinIcon icon() {
        return icon;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Permission requiredPermission() {
        return permission;
    }
}

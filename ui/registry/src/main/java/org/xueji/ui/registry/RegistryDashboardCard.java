package org.xueji.ui.registry;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.RegistryCounts;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.DashboardContribution;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DashboardCard;

/** Home dashboard card 学籍概况: schools, classes, students and over-size classes in scope. */
@org.osgi.service.component.annotations.Component(service = DashboardContribution.class)
public class RegistryDashboardCard implements DashboardContribution {

    private final SchoolService schools;

    @Activate
    public RegistryDashboardCard(@Reference SchoolService schools) {
        this.schools = schools;
    }

    @Override
    public Component createCard(Actor actor) {
        Locale locale = UiContext.locale();
        DashboardCard card = new DashboardCard("registry-card", RegistryUiText.CARD_TITLE.format(locale));
        RegistryCounts counts;
        try {
            counts = schools.counts(actor);
        } catch (DomainException e) {
            return card.note(e.message(locale));
        } catch (RuntimeException e) {
            return card.note(RegistryUiText.CARD_UNAVAILABLE.format(locale));
        }
        return card.count(RegistryUiText.CARD_SCHOOLS.format(locale), "count-schools", counts.schools(), false)
                .count(RegistryUiText.CARD_CLASSES.format(locale), "count-classes", counts.classes(), false)
                .count(RegistryUiText.CARD_STUDENTS.format(locale), "count-students", counts.students(), false)
                .count(RegistryUiText.CARD_OVER_CAP.format(locale), "count-over-cap", counts.overCapClasses(),
                        counts.overCapClasses() > 0);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Permission requiredPermission() {
        return Permission.VIEW_SCHOOL;
    }
}

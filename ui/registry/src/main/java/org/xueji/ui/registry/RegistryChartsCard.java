package org.xueji.ui.registry;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.DashboardContribution;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ChartOption;
import org.xueji.ui.shell.kit.DashboardCard;
import org.xueji.ui.shell.kit.EChart;

/**
 * Home dashboard card with two charts (UI kit, Apache ECharts): students per grade, and class
 * sizes against the class cap (R14, from configuration). The numbers come from
 * {@link SchoolService#classSizes}, so a school sees its own classes only (R1).
 */
@org.osgi.service.component.annotations.Component(service = DashboardContribution.class)
public class RegistryChartsCard implements DashboardContribution {

    static final String CARD_ID = "registry-charts";
    static final String GRADES_CHART_ID = "chart-students-per-grade";
    static final String CLASSES_CHART_ID = "chart-class-sizes";

    private final SchoolService schools;

    @Activate
    public RegistryChartsCard(@Reference SchoolService schools) {
        this.schools = schools;
    }

    @Override
    public Component createCard(Actor actor) {
        Locale locale = UiContext.locale();
        DashboardCard card = new DashboardCard(CARD_ID, RegistryUiText.CHARTS_TITLE.format(locale));
        card.getStyle().set("flex", "1 1 36em").set("max-width", "60em");
        List<ClassSize> sizes;
        try {
            sizes = schools.classSizes(actor, null, null);
        } catch (DomainException e) {
            return card.note(e.message(locale));
        } catch (RuntimeException e) {
            return card.note(RegistryUiText.CARD_UNAVAILABLE.format(locale));
        }
        if (sizes.isEmpty()) {
            return card.note(RegistryUiText.CHARTS_EMPTY.format(locale));
        }
        List<RegistryCharts.Bar> grades = RegistryCharts.studentsPerGrade(sizes);
        card.content(EChart.bar(GRADES_CHART_ID, RegistryUiText.CHART_STUDENTS_PER_GRADE.format(locale),
                labels(grades), ChartOption.Series.of(RegistryUiText.CHART_STUDENTS.format(locale), values(grades))));

        List<RegistryCharts.Bar> classes = RegistryCharts.classSizes(sizes);
        Integer cap = RegistryCharts.cap(sizes);
        String title = sizes.size() > classes.size()
                ? RegistryUiText.CHART_CLASS_SIZES_LARGEST.format(locale, String.valueOf(classes.size()))
                : RegistryUiText.CHART_CLASS_SIZES.format(locale);
        card.content(EChart.bar(CLASSES_CHART_ID, title, labels(classes),
                ChartOption.Series.of(RegistryUiText.CHART_CLASS_STUDENTS.format(locale), values(classes))
                        .withLimit(cap, RegistryUiText.CHART_CAP_LINE.format(locale, String.valueOf(cap)))));
        return card;
    }

    private static List<String> labels(List<RegistryCharts.Bar> bars) {
        return bars.stream().map(RegistryCharts.Bar::label).toList();
    }

    private static List<Integer> values(List<RegistryCharts.Bar> bars) {
        return bars.stream().map(RegistryCharts.Bar::value).toList();
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Permission requiredPermission() {
        return Permission.VIEW_SCHOOL;
    }
}

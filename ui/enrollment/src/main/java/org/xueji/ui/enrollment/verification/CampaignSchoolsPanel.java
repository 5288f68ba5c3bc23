package org.xueji.ui.enrollment.verification;

import static org.xueji.ui.enrollment.verification.VerificationSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.SemesterCompliance;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.api.Badges;
import org.xueji.ui.shell.api.UiContext;

/**
 * A campaign seen by the district: every school's check, and the semester's R18 compliance
 * (schools with fewer than two closed checks in orange, none in red).
 */
final class CampaignSchoolsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Consumer<Long> enterSchool;

    CampaignSchoolsPanel(Actor actor, VerificationService verifications, VerificationCampaign campaign,
                         Consumer<Long> enterSchool) {
        this.enterSchool = enterSchool;
        setPadding(false);
        H3 heading = new H3(t(VerificationUiText.SCHOOLS_HEADING, campaign.title()));
        heading.getStyle().set("margin", "0");
        Span due = new Span(t(VerificationUiText.CAMPAIGN_DUE, String.valueOf(campaign.dueDate())));
        due.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(heading, due, schoolsGrid(verifications.schools(actor, campaign.id())));

        H3 complianceHeading = new H3(t(VerificationUiText.COMPLIANCE_HEADING,
                VerificationSupport.schoolYear(campaign.schoolYear()), VerificationSupport.semester(campaign.semester()),
                SemesterCompliance.REQUIRED));
        complianceHeading.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        List<SemesterCompliance> compliance;
        try {
            compliance = verifications.compliance(actor, campaign.schoolYear(), campaign.semester());
        } catch (DomainException e) {
            UiContext.showError(e);
            compliance = List.of();
        }
        add(complianceHeading, complianceGrid(compliance));
    }

    private Grid<SchoolVerification> schoolsGrid(List<SchoolVerification> rows) {
        Grid<SchoolVerification> grid = new Grid<>();
        grid.setId("ver-schools");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SchoolVerification::schoolName).setKey("school")
                .setHeader(t(VerificationUiText.COL_SCHOOL)).setSortable(true).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(v -> VerificationSupport.statusBadge(v.status()))).setKey("status")
                .setHeader(t(VerificationUiText.COL_STATUS)).setAutoWidth(true).setFlexGrow(0)
                .setComparator(SchoolVerification::status);
        number(grid, SchoolVerification::rosterSize, "rosterSize", VerificationUiText.COL_ROSTER_SIZE);
        number(grid, SchoolVerification::recordCount, "recordCount", VerificationUiText.COL_RECORD_COUNT);
        number(grid, SchoolVerification::discrepancies, "discrepancies", VerificationUiText.COL_DISCREPANCIES);
        number(grid, SchoolVerification::unresolved, "unresolved", VerificationUiText.COL_UNRESOLVED);
        grid.addColumn(new ComponentRenderer<>(v -> VerificationSupport.riskNumber(v.grade9WithoutRecord())))
                .setKey("grade9").setHeader(t(VerificationUiText.COL_GRADE9_WITHOUT_RECORD)).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(SchoolVerification::grade9WithoutRecord);
        grid.addColumn(v -> VerificationSupport.minutes(v.closedAt())).setKey("closedAt")
                .setHeader(t(VerificationUiText.COL_CLOSED_AT)).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(v -> {
            Button enter = new Button(t(VerificationUiText.ENTER_SCHOOL), e -> enterSchool.accept(v.schoolId()));
            enter.addClassName("ver-enter");
            enter.getElement().setAttribute("data-school", String.valueOf(v.schoolId()));
            enter.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            return enter;
        })).setKey("actions").setHeader(t(VerificationUiText.COL_ACTIONS)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setEmptyStateText(t(VerificationUiText.NO_SCHOOLS));
        grid.setAllRowsVisible(rows.size() <= 30);
        if (rows.size() > 30) {
            grid.setHeight("32em");
        }
        return grid;
    }

    private static void number(Grid<SchoolVerification> grid, ToIntFunction<SchoolVerification> f,
                               String key, VerificationUiText header) {
        grid.addColumn(f::applyAsInt).setKey(key).setHeader(t(header)).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setComparator(Comparator.comparingInt(f));
    }

    private static Grid<SemesterCompliance> complianceGrid(List<SemesterCompliance> rows) {
        Grid<SemesterCompliance> grid = new Grid<>();
        grid.setId("ver-compliance");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SemesterCompliance::schoolName).setKey("school")
                .setHeader(t(VerificationUiText.COL_SCHOOL)).setSortable(true).setFlexGrow(1);
        grid.addColumn(c -> t(VerificationUiText.CLOSED_OF_REQUIRED, c.closedChecks(), SemesterCompliance.REQUIRED))
                .setKey("closedChecks").setHeader(t(VerificationUiText.COL_CLOSED_CHECKS)).setAutoWidth(true)
                .setComparator(SemesterCompliance::closedChecks);
        grid.addColumn(new ComponentRenderer<>(c -> VerificationSupport.riskNumber(c.grade9WithoutRecord())))
                .setKey("grade9").setHeader(t(VerificationUiText.COL_GRADE9_WITHOUT_RECORD)).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(SemesterCompliance::grade9WithoutRecord);
        grid.addColumn(new ComponentRenderer<>(CampaignSchoolsPanel::complianceState)).setKey("state")
                .setHeader(t(VerificationUiText.COL_COMPLIANCE)).setAutoWidth(true)
                .setComparator(SemesterCompliance::closedChecks);
        grid.setItems(ComplianceOrder.shortFirst(rows));
        grid.setEmptyStateText(t(VerificationUiText.NO_SCHOOLS));
        grid.setAllRowsVisible(rows.size() <= 30);
        if (rows.size() > 30) {
            grid.setHeight("32em");
        }
        return grid;
    }

    /** 已达标, or 「本学期核查不足2次」 in orange (one check) or red (none). */
    static Span complianceState(SemesterCompliance c) {
        if (c.enough()) {
            return Badges.success(t(VerificationUiText.COMPLIANCE_OK));
        }
        Span span = new Span(t(VerificationUiText.COMPLIANCE_SHORT, SemesterCompliance.REQUIRED));
        span.addClassName("compliance-short");
        span.getStyle().set("font-weight", "500");
        if (c.closedChecks() == 0) {
            span.addClassName("risk");
            span.getStyle().set("color", "var(--lumo-error-text-color)");
        } else {
            span.addClassName("warn");
            span.getStyle().set("color", "var(--lumo-warning-text-color, #b35c00)");
        }
        return span;
    }
}

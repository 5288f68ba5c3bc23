package org.xueji.ui.admin.schoolyear;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.SurveyWindow;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.Notify;

/**
 * 学年与学期 (issue 15): a school year's semesters and key dates. The district edits them (the
 * service checks again and refuses overlapping semesters, a 中考 outside the year and the like,
 * field by field); everyone else reads.
 */
public class SchoolYearView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "school-year";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final boolean canEdit = actor.has(Permission.MANAGE_SCHOOL) && actor.isDistrictWide();
    private final transient SchoolYearService schoolYears;
    private final Select<Integer> year = new Select<>();
    private final Span origin = new Span();
    /** the pickers by the field names the service reports errors under */
    private final Map<String, DatePicker> pickers = new LinkedHashMap<>();

    public SchoolYearView() {
        setWidthFull();
        setPadding(true);
        schoolYears = UiContext.service(getClass(), SchoolYearService.class);
        H2 heading = new H2(t(SchoolYearUiText.TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(SchoolYearUiText.INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(heading, intro);

        int current = schoolYears.current().startYear();
        year.setId("school-year-year");
        year.setLabel(t(SchoolYearUiText.YEAR));
        year.setItems(current - 1, current, current + 1);
        year.setItemLabelGenerator(y -> y + "—" + (y + 1));
        year.addValueChangeListener(e -> show(e.getValue()));
        origin.setId("school-year-origin");
        add(year, origin);

        FormLayout form = new FormLayout();
        picker(form, "firstSemesterStart", SchoolYearUiText.FIRST_START);
        picker(form, "firstSemesterEnd", SchoolYearUiText.FIRST_END);
        picker(form, "secondSemesterStart", SchoolYearUiText.SECOND_START);
        picker(form, "secondSemesterEnd", SchoolYearUiText.SECOND_END);
        picker(form, "autumnRegistrationDeadline", SchoolYearUiText.REGISTRATION_DEADLINE);
        picker(form, "zhongkaoDate", SchoolYearUiText.ZHONGKAO);
        picker(form, "surveyWindow1", SchoolYearUiText.SURVEY1_OPENS);
        picker(form, "surveyWindow1Closes", SchoolYearUiText.SURVEY1_CLOSES);
        picker(form, "surveyWindow2", SchoolYearUiText.SURVEY2_OPENS);
        picker(form, "surveyWindow2Closes", SchoolYearUiText.SURVEY2_CLOSES);
        add(form);
        if (canEdit) {
            Button save = new Button(t(SchoolYearUiText.SAVE), e -> save());
            save.setId("school-year-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        } else {
            Span readOnly = new Span(t(SchoolYearUiText.READ_ONLY));
            readOnly.setId("school-year-read-only");
            add(readOnly);
        }
        year.setValue(current);
    }

    private void picker(FormLayout form, String field, SchoolYearUiText label) {
        DatePicker p = DatePickers.create("school-year-" + field, t(label));
        p.setReadOnly(!canEdit);
        pickers.put(field, p);
        form.add(p);
    }

    private void show(Integer startYear) {
        if (startYear == null) {
            return;
        }
        SchoolYearDates d = schoolYears.schoolYear(startYear);
        origin.setText(t(d.districtSet() ? SchoolYearUiText.DISTRICT_SET : SchoolYearUiText.DEFAULTS));
        SchoolYear y = d.year();
        pickers.get("firstSemesterStart").setValue(y.firstSemesterStart());
        pickers.get("firstSemesterEnd").setValue(y.firstSemesterEnd());
        pickers.get("secondSemesterStart").setValue(y.secondSemesterStart());
        pickers.get("secondSemesterEnd").setValue(y.secondSemesterEnd());
        pickers.get("autumnRegistrationDeadline").setValue(d.autumnRegistrationDeadline());
        pickers.get("zhongkaoDate").setValue(d.zhongkaoDate());
        for (int semester = 1; semester <= 2; semester++) {
            SurveyWindow w = d.surveyWindow(semester).orElse(null);
            pickers.get("surveyWindow" + semester).setValue(w == null ? null : w.opens());
            pickers.get("surveyWindow" + semester + "Closes").setValue(w == null ? null : w.closes());
        }
        pickers.values().forEach(p -> p.setInvalid(false));
    }

    private void save() {
        pickers.values().forEach(p -> p.setInvalid(false));
        Integer startYear = year.getValue();
        boolean missing = false;
        for (DatePicker p : pickers.values()) {
            if (p.getValue() == null) {
                p.setErrorMessage(t(SchoolYearUiText.REQUIRED));
                p.setInvalid(true);
                missing = true;
            }
        }
        if (startYear == null || missing) {
            return;
        }
        List<SurveyWindow> windows = new ArrayList<>();
        for (int semester = 1; semester <= 2; semester++) {
            windows.add(new SurveyWindow(semester, value("surveyWindow" + semester),
                    value("surveyWindow" + semester + "Closes")));
        }
        SchoolYearDates dates = new SchoolYearDates(new SchoolYear(startYear, value("firstSemesterStart"),
                value("firstSemesterEnd"), value("secondSemesterStart"), value("secondSemesterEnd")),
                value("autumnRegistrationDeadline"), value("zhongkaoDate"), windows, true);
        try {
            schoolYears.set(actor, dates);
            Notify.success(t(SchoolYearUiText.SAVED));
            show(startYear);
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                DatePicker p = pickers.get(error.field());
                if (p != null) {
                    p.setErrorMessage(error.message(locale));
                    p.setInvalid(true);
                }
            }
            Notify.error(e);
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private java.time.LocalDate value(String field) {
        return pickers.get(field).getValue();
    }

    private String t(SchoolYearUiText key) {
        return key.format(locale);
    }

    @Override
    public String getPageTitle() {
        return t(SchoolYearUiText.TITLE);
    }
}

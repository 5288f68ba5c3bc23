package org.xueji.ui.classbalance;

import static org.xueji.ui.classbalance.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.xueji.classbalance.api.BalanceRun;
import org.xueji.classbalance.api.ClassBalanceService;
import org.xueji.classbalance.api.HeadTeacherDraw;
import org.xueji.classbalance.api.HeadTeacherDraw.DrawnHeadTeacher;
import org.xueji.classbalance.api.NewHeadTeacherDraw;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;

/** A confirmed run's head teachers: drawn by lot once (the service checks who may), then shown with the seed. */
class HeadTeacherPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient ClassBalanceService service;
    private final long runId;

    HeadTeacherPanel(Actor actor, ClassBalanceService service, BalanceRun run) {
        this.actor = actor;
        this.service = service;
        this.runId = run.id();
        setId("cb-head-teachers");
        setPadding(false);
        show();
    }

    private void show() {
        removeAll();
        add(new H4(t(ClassBalanceUiText.HT_HEADER)));
        Optional<HeadTeacherDraw> draw;
        try {
            draw = service.headTeachers(actor, runId);
        } catch (DomainException e) {
            return;
        }
        if (draw.isPresent()) {
            Span seed = new Span(t(ClassBalanceUiText.HT_DRAWN, draw.get().seed(), draw.get().candidates().size()));
            seed.setId("cb-ht-seed");
            Grid<DrawnHeadTeacher> grid = new Grid<>();
            grid.setId("cb-ht-grid");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.addColumn(d -> t(ClassBalanceUiText.CLASS_N, d.classNumber())).setHeader(t(ClassBalanceUiText.COL_CLASS));
            grid.addColumn(DrawnHeadTeacher::name).setKey("teacher").setHeader(t(ClassBalanceUiText.HT_COL_TEACHER));
            grid.setItems(draw.get().classes());
            grid.setAllRowsVisible(true);
            add(seed, grid);
            return;
        }
        TextArea accounts = new TextArea(t(ClassBalanceUiText.HT_ACCOUNTS));
        accounts.setId("cb-ht-accounts");
        TextArea names = new TextArea(t(ClassBalanceUiText.HT_NAMES));
        names.setId("cb-ht-names");
        TextField seed = new TextField(t(ClassBalanceUiText.HT_SEED));
        seed.setId("cb-ht-seed-field");
        Button drawButton = new Button(t(ClassBalanceUiText.HT_DRAW), e -> {
            try {
                service.drawHeadTeachers(actor, runId, new NewHeadTeacherDraw(lines(accounts.getValue()),
                        lines(names.getValue()), seed.getValue().isBlank() ? null : seed.getValue()));
                show();
            } catch (DomainException ex) {
                org.xueji.ui.shell.api.UiContext.showError(ex);
            }
        });
        drawButton.setId("cb-ht-draw");
        drawButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(accounts, names), new HorizontalLayout(seed, drawButton));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package org.xueji.ui.admission;

import static org.xueji.ui.admission.AdmissionUiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.DocumentRule;
import org.xueji.admission.api.Season;

/**
 * The district's short list of proofs per category and the plain words families read (issue 12,
 * item 2, R27): pick a category, tick its proofs, write the words, save. The residence permit of a
 * migrant child is always asked for and is not in the list.
 */
class DocumentRulesPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Locale locale;
    private final Select<Category> category = new Select<>();
    private final CheckboxGroup<String> proofs = new CheckboxGroup<>(t(AdmissionUiText.RULE_PROOFS));
    private final TextArea plainZh = new TextArea(t(AdmissionUiText.RULE_PLAIN_ZH));
    private final TextArea plainEn = new TextArea(t(AdmissionUiText.RULE_PLAIN_EN));
    private final Grid<DocumentRule> rules = new Grid<>();
    private transient Season season;

    /** {@code save} stores the rule for the shown season (the view reports success or the service's message). */
    DocumentRulesPanel(Locale locale, Consumer<DocumentRule> save) {
        this.locale = locale;
        setPadding(false);
        category.setId("rule-category");
        category.setLabel(t(AdmissionUiText.CATEGORY));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c.format(locale));
        category.addValueChangeListener(e -> fill());
        proofs.setId("rule-proofs");
        proofs.setItemLabelGenerator(ProofUploads::label);
        plainZh.setId("rule-plain-zh");
        plainEn.setId("rule-plain-en");
        plainZh.setWidth("24em");
        plainEn.setWidth("24em");
        Button saveRule = new Button(t(AdmissionUiText.SAVE_RULE), e -> {
            if (category.getValue() != null) {
                save.accept(new DocumentRule(category.getValue(), List.copyOf(proofs.getSelectedItems()),
                        plainZh.getValue(), plainEn.getValue()));
            }
        });
        saveRule.setId("rule-save");
        rules.setId("district-rules");
        rules.addColumn(r -> r.category().format(locale)).setHeader(t(AdmissionUiText.CATEGORY)).setAutoWidth(true);
        rules.addColumn(r -> r.proofs().isEmpty() ? t(AdmissionUiText.PROOFS_NONE)
                : r.proofs().stream().map(ProofUploads::label).collect(Collectors.joining("、")))
                .setHeader(t(AdmissionUiText.RULE_PROOFS));
        rules.addColumn(r -> locale.getLanguage().equals("en") ? r.plainWordsEn() : r.plainWordsZh())
                .setHeader(t(AdmissionUiText.PLAIN_WORDS));
        rules.setAllRowsVisible(true);
        add(new HorizontalLayout(category, proofs), new HorizontalLayout(plainZh, plainEn, saveRule), rules);
        category.setValue(Category.MIGRANT);
    }

    /** Shows this season's rules; the chosen category's are put in the fields. */
    void show(Season s) {
        season = s;
        rules.setItems(s == null ? List.of() : s.documentRules());
        fill();
    }

    private void fill() {
        DocumentRule rule = season == null || category.getValue() == null ? null : season.rule(category.getValue());
        // codes set through the API outside the known list stay choosable, so saving never drops them
        Set<String> choices = new LinkedHashSet<>(ProofUploads.KNOWN);
        if (rule != null) {
            choices.addAll(rule.proofs());
        }
        proofs.setItems(new ArrayList<>(choices));
        proofs.setValue(rule == null ? Set.of() : Set.copyOf(rule.proofs()));
        plainZh.setValue(rule == null || rule.plainWordsZh() == null ? "" : rule.plainWordsZh());
        plainEn.setValue(rule == null || rule.plainWordsEn() == null ? "" : rule.plainWordsEn());
    }
}

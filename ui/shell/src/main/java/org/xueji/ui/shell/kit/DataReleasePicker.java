package org.xueji.ui.shell.kit;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.ui.shell.api.UiContext;

/**
 * Picks the approved data release an export uses (R4): the releases
 * {@link DataReleaseService#usable(Actor)} gives the user, each shown as
 * {@code #12 教基〔2026〕7 号（统计分析，剩余 2 次）}. An export spends a download of the release
 * the user picked, so the picker chooses by itself only where there is nothing to pick: the one
 * usable release, or the one picked before a refresh. With several and none picked it asks
 * ({@link #chosenOrAsk}). Empty and disabled when there is none ({@link #refresh} then returns an
 * empty list, so the view can say why).
 */
public class DataReleasePicker extends Select<DataRelease> {

    private static final long serialVersionUID = 1L;

    private final transient Locale locale;

    public DataReleasePicker(String id) {
        setId(id);
        locale = UiContext.locale();
        setLabel(KitText.RELEASE_LABEL.format(locale));
        setItemLabelGenerator(r -> r == null ? "" : label(r, locale));
        setWidth("28em");
        addValueChangeListener(e -> setInvalid(false));
    }

    /** Re-reads the usable releases (after an export used one); keeps the pick if still usable. */
    public List<DataRelease> refresh(Actor actor) {
        List<DataRelease> usable;
        try {
            usable = UiContext.service(DataReleasePicker.class, DataReleaseService.class).usable(actor);
        } catch (DomainException e) {
            Notify.error(e);
            usable = List.of();
        }
        DataRelease before = getValue();
        setItems(usable);
        setEnabled(!usable.isEmpty());
        setValue(choice(usable, before == null ? null : before.id()));
        setPlaceholder(usable.size() > 1 ? KitText.RELEASE_CHOOSE.format(locale) : "");
        setRequiredIndicatorVisible(usable.size() > 1);
        return usable;
    }

    /**
     * The release to show as picked (R4): the one picked before if still usable, else the only
     * usable one, else none; never the first of several.
     */
    static DataRelease choice(List<DataRelease> usable, Long pickedBefore) {
        if (pickedBefore != null) {
            for (DataRelease r : usable) {
                if (r.id() == pickedBefore) {
                    return r;
                }
            }
        }
        return usable.size() == 1 ? usable.get(0) : null;
    }

    /**
     * The picked release; {@code null} when there is none to pick, or when there are several and
     * none is picked yet (the picker then says so on itself).
     */
    public DataRelease chosenOrAsk() {
        DataRelease chosen = getValue();
        if (chosen == null && hasChoices()) {
            setErrorMessage(KitText.RELEASE_CHOOSE.format(locale));
            setInvalid(true);
        }
        return chosen;
    }

    /** Whether any usable release was found by the last {@link #refresh}. */
    public boolean hasChoices() {
        return getGenericDataView().getItems().findAny().isPresent();
    }

    /** The text that says why nothing can be picked. */
    public static String noneText(Locale locale) {
        return KitText.RELEASE_NONE.format(locale);
    }

    /**
     * What a release covers, e.g. {@code 7,8 年级；基本（…）、身份（…）}; empty for a release made
     * before scopes existed.
     */
    public static String scopeText(DataRelease r, Locale locale) {
        if (r.scope() == null) {
            return "";
        }
        return KitText.RELEASE_SCOPE.format(locale, r.scope().gradesText(), String.join("、",
                r.scope().fields().stream().map(f -> fieldLabel(f, locale)).toList()));
    }

    /** The label of a field group, e.g. 监护人. */
    public static String fieldLabel(ReleaseField field, Locale locale) {
        return KitText.valueOf("RELEASE_FIELD_" + field.name()).format(locale);
    }

    /** {@code #12 教基〔2026〕7 号（统计分析，剩余 2 次）}. */
    public static String label(DataRelease r, Locale locale) {
        return KitText.RELEASE_ITEM.format(locale, String.valueOf(r.id()), r.approvalDocumentNumber(), r.purpose(),
                String.valueOf(Math.max(0, r.maxDownloads() - r.downloads())));
    }
}

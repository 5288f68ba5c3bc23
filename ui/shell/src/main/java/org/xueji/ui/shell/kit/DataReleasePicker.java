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
 * {@code #12 教基〔2026〕7 号（统计分析，剩余 2 次）}; the first is chosen. Empty and disabled
 * when there is none ({@link #refresh} then returns an empty list, so the view can say why).
 */
public class DataReleasePicker extends Select<DataRelease> {

    private static final long serialVersionUID = 1L;

    public DataReleasePicker(String id) {
        setId(id);
        Locale locale = UiContext.locale();
        setLabel(KitText.RELEASE_LABEL.format(locale));
        setItemLabelGenerator(r -> r == null ? "" : label(r, locale));
        setWidth("28em");
    }

    /** Re-reads the usable releases (after an export used one); chooses the first. */
    public List<DataRelease> refresh(Actor actor) {
        List<DataRelease> usable;
        try {
            usable = UiContext.service(DataReleasePicker.class, DataReleaseService.class).usable(actor);
        } catch (DomainException e) {
            Notify.error(e);
            usable = List.of();
        }
        setItems(usable);
        setEnabled(!usable.isEmpty());
        setValue(usable.isEmpty() ? null : usable.get(0));
        return usable;
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

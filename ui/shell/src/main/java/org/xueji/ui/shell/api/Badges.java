package org.xueji.ui.shell.api;

import com.vaadin.flow.component.html.Span;

/**
 * Lumo badges for status cells. Inline styles repeat the badge colours, so that a badge
 * reads right even where the Lumo badge styles are not part of the prebuilt frontend.
 */
public final class Badges {

    public static Span error(String text) {
        Span span = badge(text, "badge error", "var(--lumo-error-text-color)", "var(--lumo-error-color-10pct)");
        span.getStyle().set("font-weight", "500");
        return span;
    }

    public static Span success(String text) {
        return badge(text, "badge success", "var(--lumo-success-text-color)", "var(--lumo-success-color-10pct)");
    }

    public static Span contrast(String text) {
        return badge(text, "badge contrast", "var(--lumo-secondary-text-color)", "var(--lumo-contrast-10pct)");
    }

    private static Span badge(String text, String theme, String color, String background) {
        Span span = new Span(text);
        span.getElement().getThemeList().add(theme);
        span.getStyle().set("color", color).set("background-color", background)
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 var(--lumo-space-s)");
        return span;
    }

    private Badges() {
    }
}

package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.xueji.ui.shell.api.UiContext;

/** Common look of the not-found, not-available, access-denied and error pages. */
abstract class MessagePage extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final H2 title = new H2();
    private final Paragraph text = new Paragraph();

    MessagePage(String id) {
        setId(id);
        text.setId(id + "-text");
        RouterLink home = new RouterLink(ShellText.BACK_HOME.format(locale()), HomeView.class);
        add(title, text, home);
    }

    void show(String titleText, String message) {
        // the page may have been re-identified (not found → module unavailable)
        getId().ifPresent(id -> text.setId(id + "-text"));
        title.setText(titleText);
        text.setText(message);
    }

    static Locale locale() {
        return UiContext.locale();
    }
}

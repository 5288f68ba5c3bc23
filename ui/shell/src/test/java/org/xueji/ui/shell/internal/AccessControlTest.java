package org.xueji.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xueji.ui.shell.api.ViewContribution;

/** Only views contributed as public open without login (issue 12); every other view still sends to the login. */
class AccessControlTest {

    static final class PublicPage extends Div {
    }

    static final class PrivatePage extends Div {
    }

    private static ViewContribution view(Class<? extends Component> type, boolean open) {
        return new ViewContribution() {
            @Override
            public String route() {
                return "x";
            }

            @Override
            public Class<? extends Component> viewClass() {
                return type;
            }

            @Override
            public String title(Locale locale) {
                return "x";
            }

            @Override
            public String group(Locale locale) {
                return "x";
            }

            @Override
            public boolean isPublic() {
                return open;
            }
        };
    }

    @Test
    void r1_aViewNotContributedAsPublicStillNeedsTheLogin() {
        assertThat(AccessControl.needsLogin(PrivatePage.class, Optional.of(view(PrivatePage.class, false)))).isTrue();
        assertThat(AccessControl.needsLogin(PrivatePage.class, Optional.empty())).isTrue();
        assertThat(AccessControl.needsLogin(HomeView.class, Optional.empty())).isTrue();
    }

    @Test
    void aViewContributedAsPublicAndTheLoginPagesOpenWithoutLogin() {
        assertThat(AccessControl.needsLogin(PublicPage.class, Optional.of(view(PublicPage.class, true)))).isFalse();
        assertThat(AccessControl.needsLogin(LoginView.class, Optional.empty())).isFalse();
        // a public contribution never opens another class
        assertThat(AccessControl.needsLogin(PrivatePage.class, Optional.of(view(PublicPage.class, true)))).isTrue();
    }

    @Test
    void aPublicViewIsNeverAMenuEntry() {
        ViewRegistry registry = new ViewRegistry();
        registry.addView(view(PublicPage.class, true));
        registry.addView(view(PrivatePage.class, false));
        assertThat(registry.menuEntries()).extracting(ViewContribution::viewClass).containsExactly(PrivatePage.class);
    }
}

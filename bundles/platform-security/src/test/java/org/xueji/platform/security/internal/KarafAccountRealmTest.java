package org.xueji.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.xueji.platform.security.internal.jaas.AccountLoginModule;
import org.xueji.platform.security.internal.jaas.ShellAuthentication;

/** D5: the realm "karaf" (rank 1): the accounts first, then etc/users.properties, both sufficient. */
class KarafAccountRealmTest {

    @Test
    void entriesAreKarafProxyModulesLoadedFromThisBundle() {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, a) -> m.getName().equals("getBundleId") ? 42L : null);
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> m.getName().equals("getBundle") ? bundle : null);
        SecurityTestStore.MovableClock clock = new SecurityTestStore.MovableClock();
        KarafAccountRealm realm = new KarafAccountRealm(context, null, clock,
                new SecurityTestStore.TableAuditTrail(), SecurityTestStore.defaultConfig());

        assertThat(realm.getName()).isEqualTo("karaf");
        assertThat(realm.getRank()).isEqualTo(1);
        AppConfigurationEntry[] entries = realm.getEntries();
        assertThat(entries).hasSize(3);
        for (AppConfigurationEntry e : entries) {
            assertThat(e.getLoginModuleName()).isEqualTo(ProxyLoginModule.class.getName());
            assertThat(e.getControlFlag()).isEqualTo(LoginModuleControlFlag.SUFFICIENT);
            Map<String, ?> options = e.getOptions();
            assertThat(options.get(ProxyLoginModule.PROPERTY_BUNDLE)).isEqualTo("42");
            assertThat(options.get(BundleContext.class.getName())).isSameAs(context);
        }
        Map<String, ?> ours = entries[0].getOptions();
        assertThat(ours.get(ProxyLoginModule.PROPERTY_MODULE)).isEqualTo(AccountLoginModule.class.getName());
        assertThat(ours.get(AccountLoginModule.AUTHENTICATION)).isInstanceOf(ShellAuthentication.class);
        assertThat(entries[2].getOptions().get("org.apache.karaf.jaas.module"))
                .isEqualTo("org.apache.karaf.jaas.modules.publickey.PublickeyLoginModule");
        assertThat(String.valueOf(entries[2].getOptions().get("users"))).endsWith("keys.properties");
        Map<String, ?> properties = entries[1].getOptions();
        assertThat(properties.get(ProxyLoginModule.PROPERTY_MODULE))
                .isEqualTo("org.apache.karaf.jaas.modules.properties.PropertiesLoginModule");
        assertThat((String) properties.get("users")).endsWith("users.properties");
    }
}

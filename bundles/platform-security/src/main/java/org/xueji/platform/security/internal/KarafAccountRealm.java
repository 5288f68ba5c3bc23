package org.xueji.platform.security.internal;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.properties.PropertiesLoginModule;
import org.apache.karaf.jaas.modules.publickey.PublickeyLoginModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.security.internal.jaas.AccountLoginModule;

/**
 * The Karaf JAAS realm {@code karaf}, ranked above Karaf's own (rank 0), so that the shell,
 * ssh and JMX accept the platform's personal accounts (R2, D5). Entries, as Karaf builds them
 * for a realm declared in a bundle ({@code org.apache.karaf.jaas.config.impl.Config}): each
 * is Karaf's {@link ProxyLoginModule}, which loads the named module class from this bundle.
 * <ol>
 *   <li>{@link AccountLoginModule}, {@code sufficient}: the account store;</li>
 *   <li>Karaf's {@link PropertiesLoginModule}, {@code sufficient}, on
 *       {@code ${karaf.etc}/users.properties}: an operating-system administrator can still
 *       bootstrap (create the first district administrator) or recover.</li>
 * </ol>
 * While this component is not active (no database), Karaf's default realm applies.
 */
@Component(service = JaasRealm.class, configurationPid = "org.xueji.security",
        property = {"org.apache.karaf.jaas.realm.name=" + KarafAccountRealm.REALM,
                    "service.ranking:Integer=" + KarafAccountRealm.RANK})
public class KarafAccountRealm implements JaasRealm {

    static final String REALM = "karaf";
    static final int RANK = 1;

    private final BundleContext context;
    private final Authenticator authenticator;
    private final ShellAuthenticator shellAuthentication;

    @Activate
    public KarafAccountRealm(BundleContext context,
                             @Reference(target = "(osgi.unit.name=xueji-security)") EntityManagerFactory emf,
                             @Reference PlatformClock clock,
                             @Reference AuditTrail audit,
                             SecurityConfig config) {
        this.context = context;
        // the same per-address failures as the web login (one table): an address cannot get more
        // guesses by switching, nor by switching nodes
        AddressThrottle throttle = AddressThrottle.loginThrottle(emf);
        this.authenticator = new Authenticator(clock, audit, PasswordPolicy.of(config),
                PasswordHasher.forConfig(config.hashIterations()), throttle);
        AccountServiceImpl.configureThrottle(throttle, config);
        this.shellAuthentication = new ShellAuthenticator(emf, audit, authenticator);
    }

    @Modified
    void modified(SecurityConfig config) {
        authenticator.configure(PasswordPolicy.of(config), PasswordHasher.forConfig(config.hashIterations()));
        AccountServiceImpl.configureThrottle(authenticator.throttle(), config);
    }

    @Override
    public String getName() {
        return REALM;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        Map<String, Object> accounts = moduleOptions(AccountLoginModule.class.getName());
        accounts.put(AccountLoginModule.AUTHENTICATION, shellAuthentication);

        Map<String, Object> properties = moduleOptions(PropertiesLoginModule.class.getName());
        properties.put("users", usersFile());

        // ssh keys of operators (etc/keys.properties) keep working, as in Karaf's own realm
        Map<String, Object> keys = moduleOptions(PublickeyLoginModule.class.getName());
        keys.put("users", etcFile("keys.properties"));

        return new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT, accounts),
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT,
                    properties),
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT, keys)
        };
    }

    /** The options Karaf's ProxyLoginModule needs to load {@code moduleClass} from this bundle. */
    private Map<String, Object> moduleOptions(String moduleClass) {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, moduleClass);
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        return options;
    }

    static String usersFile() {
        return etcFile("users.properties");
    }

    static String etcFile(String name) {
        String etc = System.getProperty("karaf.etc", "etc");
        return etc + File.separatorChar + name;
    }
}

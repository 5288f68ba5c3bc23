package org.xueji.itests;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

/**
 * Pax Exam configuration shared by the integration tests: boots our own assembly (the
 * same distribution users run), on test ports, without demo data.
 */
final class XuejiContainer {

    /** -Dxueji.itest.portOffset=N moves every port, so that two checkouts can run their tests at once. */
    private static final int PORT_OFFSET = Integer.getInteger("xueji.itest.portOffset", 0);
    static final int WEB_PORT = 28181 + PORT_OFFSET;
    private static final String MVN_CFG = "etc/org.ops4j.pax.url.mvn.cfg";

    /** The PostgreSQL run (-Dxueji.itest.database=postgresql, see the itests pom): a fresh database per run. */
    static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("xueji.itest.database"));
    private static final String PG_DATABASE = "xueji_it";
    private static final String PG_USER = System.getProperty("xueji.itest.postgresql.user", "xueji");

    /**
     * One container serves every class of a run ({@link ContainerSuite}, Pax Exam's PerSuite), but
     * Pax Exam asks each class for its configuration when it builds the class's runner, before
     * any test runs: the first answer is the one booted, the later ones are never used. Kept here,
     * so that a later class neither drops the database under the running container nor watches a
     * boot that does not come.
     */
    private static Option[] suiteConfig;

    static synchronized Option[] config() {
        if (suiteConfig == null) {
            suiteConfig = firstConfig();
        }
        return suiteConfig;
    }

    private static Option[] firstConfig() {
        BootWatchdog.watchNextBoot();
        Option[] common = commonConfig();
        if (!POSTGRESQL) {
            return common;
        }
        String server = System.getProperty("xueji.itest.postgresql", "jdbc:postgresql://127.0.0.1:5432");
        freshDatabase(server);
        // the same switch a district makes: the DataSource configuration only (driver and dialects
        // come with the distribution); the password comes from ~/.pgpass, never from the configuration
        String ds = "etc/org.ops4j.datasource-xueji.cfg";
        return options(composite(common),
                editConfigurationFilePut(ds, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(ds, "url", server + "/" + PG_DATABASE + "?logServerErrorDetail=false"),
                editConfigurationFilePut(ds, "user", PG_USER));
    }

    /** Drops and creates the test database, so that a run starts from empty tables as on Derby. */
    private static void freshDatabase(String server) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server + "/postgres?user=" + PG_USER);
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + PG_DATABASE + " ENCODING 'UTF8'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("PostgreSQL run: cannot create the test database at " + server, e);
        }
    }

    private static Option[] commonConfig() {
        String assembly = System.getProperty("xueji.assembly");
        String localRepo = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl("file:" + new File(assembly).getAbsolutePath())
                        .name("xueji")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevelOption.LogLevel.WARN),
                // Pax Exam installs its own "exam" feature, which the offline assembly cannot
                // resolve: in the test only, let pax-url use the build's local repository
                editConfigurationFilePut(MVN_CFG, "org.ops4j.pax.url.mvn.offline", "false"),
                editConfigurationFilePut(MVN_CFG, "org.ops4j.pax.url.mvn.localRepository", localRepo),
                editConfigurationFilePut(MVN_CFG, "org.ops4j.pax.url.mvn.defaultLocalRepoAsRemote", "true"),
                editConfigurationFilePut(MVN_CFG, "org.ops4j.pax.url.mvn.repositories",
                        "https://repo1.maven.org/maven2@id=central"),
                editConfigurationFilePut("etc/org.xueji.ui.shell.cfg", "port", String.valueOf(WEB_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(28101 + PORT_OFFSET)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(21099 + PORT_OFFSET)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(24444 + PORT_OFFSET)),
                editConfigurationFilePut("etc/org.xueji.demo.cfg", "loadOnFirstStart", "false"),
                // The rare boot hang (about one container start in ninety, BootWatchdog's dump in CI):
                // with Karaf's default, the boot features are installed inside the features bundle's
                // activator, on the FelixStartLevel thread, which holds a bundle lock while it waits for
                // the install; the dump showed the deployer stopping a bundle to refresh it (the exam
                // features rewire) and waiting for that lock forever. Installed in their own thread,
                // after the activator returned, they wait for nothing. The framework then reaches its
                // start level before they are in, so every IT first injects Karaf's BootFinished: no
                // test runs (or stops a bundle) while the deployer is still starting bundles.
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBootAsynchronous", "true"),
                // a container lives for one run (about 30 s of boot, then a few seconds per class):
                // C1 alone compiles that boot faster than tiered C2 on 2 cores, and the tests are short
                org.ops4j.pax.exam.CoreOptions.vmOption("-XX:TieredStopAtLevel=1"),
                // the tests run inside the container: WEB_PORT there must see the same offset
                systemProperty("xueji.itest.portOffset").value(String.valueOf(PORT_OFFSET)),
                // -Dxueji.itest.timeoutMillis=N waits longer for the container on a busy machine
                org.ops4j.pax.exam.CoreOptions.systemTimeout(Long.getLong("xueji.itest.timeoutMillis", 180_000L)));
    }

    private XuejiContainer() {
    }
}

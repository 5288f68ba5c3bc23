package org.xueji.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the console tests: the shared running distribution ({@link RunningAssembly}), one
 * headless browser per test class, and screenshots of failures ({@link FailureArtifacts}).
 * Test classes run one after another (one Karaf, one browser at a time).
 */
@ExtendWith({RunningAssembly.class, FailureArtifacts.class})
public abstract class ConsoleTest {

    protected static Karaf karaf;
    protected static Console console;

    @BeforeAll
    static void openBrowser(Karaf running) {
        karaf = running;
        console = Console.start(running.baseUrl());
        // the registry tests act as the district registry administrator (demo account)
        console.login("district-admin", Console.DEMO_PASSWORD);
    }

    @AfterAll
    static void closeBrowser() {
        if (console != null) {
            console.close();
            console = null;
        }
    }

    Console console() {
        return console;
    }
}

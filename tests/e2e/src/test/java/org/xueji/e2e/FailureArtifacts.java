package org.xueji.e2e;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On a failed test, saves a screenshot and the page source of the test's browser into
 * {@code target/e2e-screenshots/<Class>.<method>-<time>.png/.html}. Runs right after the test
 * method, before {@code @AfterEach}, so the page is still the one that failed.
 */
public final class FailureArtifacts implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
        Path dir = screenshotDir();
        Object test = context.getTestInstance().orElse(null);
        if (test instanceof BrowsersTest browsersTest) {
            // one screenshot per open browser, named after who used it
            browsersTest.browsers().forEach((label, console) -> {
                console.saveEvidence(dir, name + "-" + label);
                Karaf.log("Test failed: screenshot and page source in %s/%s-%s.{png,html}", dir, name, label);
            });
            return;
        }
        Console console = test instanceof ConsoleTest consoleTest ? consoleTest.console() : null;
        if (console == null) {
            return;
        }
        console.saveEvidence(dir, name);
        Karaf.log("Test failed: screenshot and page source in %s/%s.{png,html}", dir, name);
    }

    static Path screenshotDir() {
        String configured = System.getProperty("e2e.screenshotDir");
        return (configured == null || configured.isBlank() ? Path.of("target", "e2e-screenshots") : Path.of(configured))
                .toAbsolutePath();
    }
}

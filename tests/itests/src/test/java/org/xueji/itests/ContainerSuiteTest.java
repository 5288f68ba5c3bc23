package org.xueji.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runners.Suite;

/**
 * Failsafe runs only {@link ContainerSuite} (see the pom): a Pax Exam class left out of its list
 * would never run in CI, silently. A plain test (surefire, before the containers) that fails then.
 */
public class ContainerSuiteTest {

    @Test
    public void everyPaxExamClassIsInTheSuite() throws IOException {
        Path dir = Path.of("src/test/java/org/xueji/itests");
        List<String> written;
        try (Stream<Path> files = Files.list(dir)) {
            written = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("IT.java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
        }
        List<String> inSuite = Arrays.stream(ContainerSuite.class.getAnnotation(Suite.SuiteClasses.class).value())
                .map(Class::getSimpleName).sorted().toList();
        assertEquals("the *IT classes and ContainerSuite's list", written, inSuite);
    }
}

package org.swcplan.cli.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The licence inventory of this build's own runtime dependencies, as the build resolved them
 * ({@code mvn dependency:list}, written before the tests): a dependency whose POM declares no licence,
 * or whose licence other than Apache's has no text with its copyright, fails the build here, not only
 * when a release archive is made.
 */
class ThirdPartyInventoryTest {
    private static final Path KEPT_TEXTS = Path.of("src/dist/licenses");

    @Test
    void everyResolvedRuntimeDependencyHasItsLicenceAndItsTexts(@TempDir Path out) throws Exception {
        Path list = Path.of(System.getProperty("swc.dependencyList", "target/dist/dependencies.txt"));
        Path repository = Path.of(System.getProperty("swc.localRepository",
                System.getProperty("user.home") + "/.m2/repository"));
        assertThat(list).as("the build's dependency:list output").isRegularFile();
        List<String> resolved = Files.readAllLines(list, StandardCharsets.UTF_8);
        List<ThirdPartyLicences.Entry> entries = ThirdPartyLicences.entries(resolved, repository);
        assertThat(entries).extracting(ThirdPartyLicences.Entry::artifactId)
                .contains("picocli", "jfreechart", "commons-math3", "opencsv", "tablesaw-core");

        for (ThirdPartyLicences.Entry entry : entries) {
            Path kept = KEPT_TEXTS.resolve(entry.artifactId() + ".txt");
            if (Files.exists(kept)) {
                assertThat(Files.readString(kept, StandardCharsets.UTF_8)).as("%s names the version it is about", kept)
                        .contains(entry.version());
            }
        }
        String inventory = ThirdPartyLicences.inventory(resolved, repository, KEPT_TEXTS, out);
        for (ThirdPartyLicences.Entry entry : entries) {
            assertThat(inventory).contains("\n" + entry.coordinates() + "\n");
        }
        List<String> texts = inventory.lines().filter(l -> l.startsWith("    text: "))
                .map(l -> l.substring("    text: ".length())).toList();
        assertThat(texts).isNotEmpty();
        for (String text : texts) {
            Path file = Files.exists(out.resolve(text)) ? out.resolve(text) : KEPT_TEXTS.resolveSibling(text);
            assertThat(file).as(text).isRegularFile().isNotEmptyFile();
        }
    }
}

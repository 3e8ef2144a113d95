package org.swcplan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions: a rendering is compared with {@code src/test/resources/golden/NAME}. A
 * missing golden file is written and the test fails naming it, so that a new or changed golden
 * file is always a reviewed diff.
 */
public final class Golden {
    private static final Path SOURCE_FOLDER = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                Files.createDirectories(SOURCE_FOLDER);
                Files.writeString(SOURCE_FOLDER.resolve(name), actual, StandardCharsets.UTF_8);
                fail("golden file " + SOURCE_FOLDER.resolve(name) + " was missing and has been written: review it");
            }
            assertThat(actual).as("rendering compared with golden/%s", name)
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}

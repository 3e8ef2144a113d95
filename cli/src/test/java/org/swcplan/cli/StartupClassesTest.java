package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick commands must not load the heavy libraries (Tablesaw costs ~0.7 s to load; charts are
 * for the commands that draw). Runs each command in a fresh JVM with class-loading logged.
 */
class StartupClassesTest {
    @ParameterizedTest
    @ValueSource(strings = {"--help", "status", "status --format csv", "validate"})
    void quickCommandsLoadNeitherTablesawNorJFreeChart(String args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args.split(" ")));
        String log = run(command);
        assertThat(log).contains("org.swcplan.cli.Main");
        assertThat(log).doesNotContain("tech.tablesaw").doesNotContain("org.jfree");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}

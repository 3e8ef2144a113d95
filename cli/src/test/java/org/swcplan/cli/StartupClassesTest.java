package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick commands must not load the heavy libraries (Tablesaw costs ~0.7 s to load; charts are
 * for the commands that draw): both are on the class path, and only the commands that use them
 * load them. Runs each command in a fresh JVM with class-loading logged.
 */
class StartupClassesTest {
    @ParameterizedTest
    @ValueSource(strings = {"--help", "table --help", "status", "status --format csv", "validate",
        "gap --milestone 2030 --format csv"})
    void quickCommandsLoadNeitherTablesawNorJFreeChart(String args) throws Exception {
        String log = classesLoadedBy(args);
        assertThat(log).contains("org.swcplan.cli.Main");
        assertThat(log).doesNotContain("tech.tablesaw").doesNotContain("org.jfree");
    }

    /** The check above can fail: the table command does load Tablesaw from the same class path. */
    @Test
    void theTableCommandLoadsTablesaw() throws Exception {
        assertThat(classesLoadedBy("table monitoring --rows code --cols year --value swc_rate_pct"))
                .contains("tech.tablesaw.api.Table ").doesNotContain("org.jfree");
    }

    private static String classesLoadedBy(String args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args.split(" ")));
        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}

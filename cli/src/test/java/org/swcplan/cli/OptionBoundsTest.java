package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric options that would cost unbounded memory or time: usage errors stating the allowed range. */
class OptionBoundsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    @CsvSource(delimiter = '|', value = {
        "forecast --paths 2147483647|--paths must be within 10–20000, was 2147483647",
        "forecast --paths 9|--paths must be within 10–20000, was 9",
        "forecast --to 2147483647|--to must be within 1949–2100, was 2147483647",
        "forecast --to -5|--to must be within 1949–2100, was -5",
        "scenario --template --paths 2147483647|--paths must be within 10–20000, was 2147483647",
        "backtest --paths 2147483647|--paths must be within 1–20000, was 2147483647",
        "backtest --horizon 2147483647|--horizon must be within 1–100, was 2147483647",
        "backtest --horizon 0|--horizon must be within 1–100, was 0",
        "backtest --origin-shift -1|--origin-shift must be within 0–100000, was -1",
        "allocate --milestone 2147483647 --target 80|--milestone must be within 1949–2100, was 2147483647",
        "allocate --milestone 2030 --confidence 1e308|--confidence must be within",
        "allocate --milestone 2030 --confidence NaN|--confidence must be within",
        "gap --on-track-p Infinity|on-track threshold must be within",
        "forecast --paths 99999999999|99999999999",
    })
    void outOfRangeValuesAreUsageErrorsThatStateTheRange(String commandLine, String message) {
        CliRun run = CliRun.of(commandLine.split(" "));
        run.exits(ExitCode.USAGE);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void threadsBeyondTheBoundAreAUsageError() throws Exception {
        Path units = dir.resolve("units.csv");
        java.nio.file.Files.writeString(units, "unit_id,code\n"); // never read: the bound is checked first
        for (String threads : List.of("2147483647", "0", "257")) {
            assertThat(CliRun.of("erosion", "--units", units.toString(), "--threads", threads).exits(ExitCode.USAGE).err())
                    .contains("--threads must be within 1–256, was " + threads);
        }
    }

    @Test
    void anUnknownLanguageIsRefusedByEveryCommand() {
        for (String command : List.of("status", "validate", "gap")) {
            assertThat(CliRun.of(command, "--lang", "xx").exits(ExitCode.USAGE).err())
                    .contains("--lang must be zh or en, was \"xx\"");
        }
        CliRun.of("status", "--lang", "EN").exits(ExitCode.OK);
    }

    @Test
    void initIntoAnEmptyNameIsRefusedRatherThanWritingTheCurrentFolder() {
        assertThat(CliRun.of("init", "").exits(ExitCode.USAGE).err()).contains("DIR is empty");
        assertThat(Path.of("monitoring.csv")).doesNotExist();
    }
}

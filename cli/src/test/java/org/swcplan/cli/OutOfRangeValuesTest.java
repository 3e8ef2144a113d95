package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers no county can have: located data errors (exit 3), never Infinity in an output. */
class OutOfRangeValuesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}:{1}:{2} = {3}")
    @CsvSource(delimiter = '|', value = {
        "monitoring.csv|2|3|1e308|monitoring.csv:2:3 (land_area_km2): must be at most 1e12, found 1e308",
        "monitoring.csv|2|3|1e13|monitoring.csv:2:3 (land_area_km2): must be at most 1e12, found 1e13",
        "monitoring.csv|2|4|Infinity|monitoring.csv:2:4 (erosion_light_km2): expected a number, found \"Infinity\"",
        "monitoring.csv|2|4|NaN|monitoring.csv:2:4 (erosion_light_km2): expected a number, found \"NaN\"",
        "treatment.csv|2|3|1e308|treatment.csv:2:3 (treated_terrace_km2): must be at most 1e12, found 1e308",
        "treatment.csv|2|3|5000|treatment.csv:2:3 (treated_terrace_km2): new treatment of 2018, 5020.44 km², is larger "
            + "than the land area 1237.00 km²",
        "treatment.csv|2|11|1e308|treatment.csv:2:11 (investment_wan): must be at most 1e12, found 1e308",
        "baseline.csv|2|4|5000|baseline.csv:2:4 (treated_cum_km2): cumulative treated area 5000.00 km² is larger than "
            + "the land area 1237.00 km²",
        "baseline.csv|2|2|1e308|baseline.csv:2:2 (baseline_erosion_km2): must be at most 1e12, found 1e308",
        "baseline.csv|2|4|1e308|baseline.csv:2:4 (treated_cum_km2): must be at most 1e12, found 1e308",
    })
    void impossibleNumbersAreLocatedDataErrors(String file, int line, int field, String value, String message)
            throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data")).setField(file, line, field, value);
        CliRun run = CliRun.of("validate", "--data", data.toString()).exits(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains(message).doesNotContain("Infinity km");
        CliRun.of("status", "--data", data.toString()).exits(ExitCode.INVALID_DATA);
    }
}

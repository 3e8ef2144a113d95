package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {
    private static Path resource(String name) throws Exception {
        return Path.of(BacktestCommandTest.class.getResource("/m3/" + name).toURI());
    }

    @Test
    void datasetBacktestScoresEveryMethodOnTheCountySeries() {
        String out = CliRun.of("backtest", "--format", "csv").exits(ExitCode.OK).out();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("method,series,smape,mase,owa,coverage80,coverage95,scaled_width80,scaled_width95");
        assertThat(lines).hasSize(1 + org.swcplan.model.forecast.ForecastMethods.ids().size());
        assertThat(lines.get(1)).startsWith("naive,26,").contains(",1.000,");
    }

    @Test
    void seriesFileBacktestHoldsOutTheLastValues() throws Exception {
        String out = CliRun.of("backtest", "--series", resource("series.csv").toString(), "--methods", "naive,auto",
                "--format", "csv").exits(ExitCode.OK).out();
        assertThat(out.lines().skip(1)).hasSize(2)
                .allSatisfy(l -> assertThat(l).matches("\\w+,3,[0-9.]+,.*,[0-9.]+,[0-9.]+"));
    }

    @Test
    void submittedForecastsAreRescored() throws Exception {
        String out = CliRun.of("backtest", "--series", resource("series.csv").toString(), "--submitted",
                resource("submitted.csv").toString(), "--format", "csv").exits(ExitCode.OK).out();
        assertThat(out).contains("\nNAIVE2,3,");
        assertThat(out.lines()).contains("PERFECT,3,0.000,0.000,0.000,,,,");
    }

    @Test
    void submittedNeedsSeries() throws Exception {
        assertThat(CliRun.of("backtest", "--submitted", resource("submitted.csv").toString()).exits(ExitCode.USAGE).err())
                .contains("--submitted needs --series");
    }

    @Test
    void unknownMethodAndMissingFileAreUsageErrors() {
        CliRun.of("backtest", "--methods", "naive,oracle").exits(ExitCode.USAGE);
        assertThat(CliRun.of("backtest", "--series", "/nonexistent/s.csv").exits(ExitCode.USAGE).err())
                .contains("no such file");
    }

    @Test
    void malformedSeriesFileIsInvalidData(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "series_id,value,timestamp\nY1,1,1990\nY1,oops,1991\n");
        assertThat(CliRun.of("backtest", "--series", file.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains(file + ":3:2 (value): expected a number, found \"oops\"");
    }
}

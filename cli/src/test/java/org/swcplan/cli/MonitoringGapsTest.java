package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A monitoring history with a year missing in between, and one too short to forecast from. */
class MonitoringGapsTest {
    private static final List<String> COUNTIES = List.of("盐湖区", "临猗县", "万荣县", "闻喜县", "稷山县", "新绛县", "绛县",
            "垣曲县", "夏县", "平陆县", "芮城县", "永济市", "河津市");

    /** The bundled data without any monitoring of 2023. */
    private static DataFolder without2023(Path dir) throws Exception {
        return DataFolder.init(dir).keepRows("monitoring.csv", line -> !line.split(",")[1].equals("2023"));
    }

    @Test
    void forecastRunsAndShowsOnlyMonitoredYears(@TempDir Path dir) throws Exception {
        without2023(dir);
        String csv = CliRun.of("forecast", "--data", dir.toString(), "--county", "夏县", "--to", "2026", "--observed",
                "--format", "csv").exits(ExitCode.OK).out();
        assertThat(csv.lines().skip(1).map(l -> l.split(",")).map(r -> r[1] + " " + r[2]).toList()).containsExactly(
                "2018 observed", "2019 observed", "2020 observed", "2021 observed", "2022 observed", "2024 observed",
                "2025 auto", "2026 auto");
    }

    @Test
    void gapForEveryMilestoneAndTheReportRun(@TempDir Path dir) throws Exception {
        without2023(dir.resolve("data"));
        String data = dir.resolve("data").toString();
        assertThat(CliRun.of("gap", "--data", data, "--milestone", "all", "--format", "csv").exits(ExitCode.OK).out()
                .lines().skip(1)).hasSize(42);
        Path report = dir.resolve("report");
        CliRun.of("report", "--data", data, "--out", report.toString(), "-q").exits(ExitCode.OK);
        assertThat(Files.readString(report.resolve("report.md"))).contains("盐湖区 has no monitoring for 2023");
    }

    @Test
    void validateWarnsAboutTheMissingYearOfEveryCounty(@TempDir Path dir) throws Exception {
        Path monitoring = without2023(dir).file("monitoring.csv");
        CliRun run = CliRun.of("validate", "--data", dir.toString()).exits(ExitCode.OK);
        // one per county, and the bundled check-dam cross-check
        assertThat(run.out()).contains("Valid: ").contains("14 warnings");
        for (String county : COUNTIES) {
            assertThat(run.err()).contains("warning: " + monitoring + ": " + county
                    + " has no monitoring for 2023 (between 2022 and 2024); forecasts interpolate it\n");
        }
    }

    @Test
    void tooShortAHistoryIsAUsageErrorNamingWhatIsMissing(@TempDir Path dir) throws Exception {
        // 2024 for every county, 2023 for all but 盐湖区 (140802)
        DataFolder.init(dir).keepRows("monitoring.csv", line -> line.contains(",2024,")
                || line.contains(",2023,") && !line.startsWith("140802,"));
        String expected = "error: a forecast needs at least 2 years monitored in every county; only 2024 has data for "
                + "all; missing: 盐湖区 2023";
        for (List<String> command : List.of(List.of("forecast"), List.of("gap", "--milestone", "all"))) {
            String[] args = new String[command.size() + 2];
            command.toArray(args);
            args[command.size()] = "--data";
            args[command.size() + 1] = dir.toString();
            CliRun run = CliRun.of(args).exits(ExitCode.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines().filter(l -> l.startsWith("error:")).toList()).containsExactly(expected);
        }
    }
}

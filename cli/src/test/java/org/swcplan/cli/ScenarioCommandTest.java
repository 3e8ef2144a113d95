package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandTest {
    private static double cityRate(String csv, String year) {
        return csv.lines().filter(l -> l.startsWith("140800,全市," + year + ",")).findFirst()
                .map(l -> Double.parseDouble(l.split(",")[3])).orElseThrow();
    }

    @Test
    void moreTreatmentGivesAHigherCityRateEveryYear(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.csv");
        CliRun.of("scenario", "--template", "-o", plan.toString()).exits(ExitCode.OK);
        // no treatment at all: every county and year listed at 0 (an unlisted county-year keeps its BAU pace)
        Path none = dir.resolve("none.csv");
        StringBuilder zero = new StringBuilder("code,year,measure,km2\n");
        Files.readAllLines(plan).stream().skip(1).map(l -> l.split(",")).map(f -> f[0] + "," + f[1])
                .distinct().forEach(key -> zero.append(key).append(",terrace,0\n"));
        Files.writeString(none, zero);
        String withPlan = CliRun.of("scenario", "--plan", plan.toString(), "--format", "csv").exits(ExitCode.OK).out();
        String without = CliRun.of("scenario", "--plan", none.toString(), "--format", "csv").exits(ExitCode.OK).out();
        for (int year = 2025; year <= 2035; year++) {
            assertThat(cityRate(withPlan, "" + year)).as("" + year).isGreaterThan(cityRate(without, "" + year));
        }
        assertThat(without.lines().skip(1)).allSatisfy(l -> assertThat(l).contains(",0.00,0.00,-"));
    }

    /** The acceptance of the one projection model: a plan at every county's BAU pace is the forecast. */
    @Test
    void theTemplateAtTheBauPaceReproducesTheForecastOfTheSameMethodAndSeed(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.csv");
        CliRun.of("scenario", "--template", "-o", plan.toString()).exits(ExitCode.OK);
        String scenario = CliRun.of("scenario", "--plan", plan.toString(), "--format", "csv").exits(ExitCode.OK).out();
        String forecast = CliRun.of("forecast", "--format", "csv").exits(ExitCode.OK).out();
        Map<String, String[]> forecastRows = new java.util.HashMap<>();
        forecast.lines().skip(1).map(l -> l.split(",")).forEach(f -> forecastRows.put(f[0] + "/" + f[1], f));
        List<String> rows = scenario.lines().skip(1).toList();
        assertThat(rows).hasSize(14 * 11);
        for (String line : rows) {
            String[] s = line.split(",");
            String[] f = forecastRows.get(s[0] + "/" + s[2]);
            assertThat(f).as(line).isNotNull();
            // scenario: projected, lo80, hi80, lo95, hi95 at 3..7; forecast: median, lo80, hi80, lo95, hi95 at 3..7
            for (int i = 0; i < 5; i++) {
                assertThat(Double.parseDouble(s[3 + i])).as(line)
                        .isCloseTo(Double.parseDouble(f[3 + i]), within(0.05));
            }
        }
    }

    @Test
    void tableShowsMilestonesAndCost(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "code,year,measure,km2\n140827,2025,terrace,10\n140827,2026,closure,20\n");
        String out = CliRun.of("scenario", "--plan", plan.toString()).exits(ExitCode.OK).out();
        // 30 km² in 垣曲县 at its unit cost of 62 万元/km²
        assertThat(out).contains("Milestones under the plan").contains("BAU km²/a")
                .containsPattern("Plan: [0-9,.]+ km² of new treatment");
    }

    @Test
    void calibrationListsEveryCounty() {
        String out = CliRun.of("scenario", "--calibration").exits(ExitCode.OK).out();
        assertThat(out.lines().filter(l -> l.matches("1408\\d\\d .*"))).hasSize(13);
    }

    @Test
    void badPlanIsInvalidDataAndMissingChoiceIsUsage(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.csv");
        Files.write(plan, List.of("code,year,measure,km2", "140827,2025,bulldozer,10", "149999,2025,terrace,-1"));
        String err = CliRun.of("scenario", "--plan", plan.toString()).exits(ExitCode.INVALID_DATA).err();
        assertThat(err).contains(plan + ":2:3 (measure)").contains(plan + ":3:1 (code)").contains(plan + ":3:4 (km2)");
        CliRun.of("scenario").exits(ExitCode.USAGE);
        CliRun.of("scenario", "--template", "--calibration").exits(ExitCode.USAGE);
    }
}

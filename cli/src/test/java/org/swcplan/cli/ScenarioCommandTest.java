package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandTest {
    private static double cityRate(String csv, String year) {
        return csv.lines().filter(l -> l.startsWith("CITY,全市," + year + ",")).findFirst()
                .map(l -> Double.parseDouble(l.split(",")[3])).orElseThrow();
    }

    @Test
    void moreTreatmentGivesAHigherCityRateEveryYear(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.csv");
        CliRun.of("scenario", "--template", "-o", plan.toString()).exits(ExitCode.OK);
        Path none = dir.resolve("none.csv");
        Files.writeString(none, "code,year,measure,km2\n");
        String withPlan = CliRun.of("scenario", "--plan", plan.toString(), "--format", "csv").exits(ExitCode.OK).out();
        String without = CliRun.of("scenario", "--plan", none.toString(), "--format", "csv").exits(ExitCode.OK).out();
        for (int year = 2025; year <= 2035; year++) {
            assertThat(cityRate(withPlan, "" + year)).as("" + year).isGreaterThan(cityRate(without, "" + year));
        }
        assertThat(without.lines().skip(1)).allSatisfy(l -> assertThat(l).endsWith(",0.00,0.00"));
    }

    @Test
    void tableShowsMilestonesAndCost(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "code,year,measure,km2\n140827,2025,terrace,10\n140827,2026,closure,20\n");
        String out = CliRun.of("scenario", "--plan", plan.toString()).exits(ExitCode.OK).out();
        // 30 km² in 垣曲县 at its unit cost of 62 万元/km²
        assertThat(out).contains("Plan: 30.00 km² of new treatment, 1,860.00 万元").contains("Milestones under the plan");
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

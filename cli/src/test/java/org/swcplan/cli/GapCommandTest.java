package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapCommandTest {
    private static final String HEADER = "unit,name_zh,milestone,target_pct,last_year,last_rate_pct,forecast_pct,lo80_pct,"
            + "hi80_pct,p_reach,gap_pp,gap_km2,required_gain_pp_per_year,observed_gain_pp_per_year,growth_ratio,"
            + "required_treatment_km2_per_year,required_cost_wan_per_year,status";
    /** Appended to the contract by the projection model: BAU pace, the additional need and its k band. */
    private static final String APPENDED = ",bau_treatment_km2_per_year,additional_treatment_km2_per_year,"
            + "additional_treatment_k_p90_km2_per_year,additional_treatment_k_p10_km2_per_year,k_p10,k_p90,"
            + "additional_cost_wan_per_year";

    private static List<Map<String, String>> rows(String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static double num(Map<String, String> row, String key) {
        return Double.parseDouble(row.get(key));
    }

    @Test
    void everyRowSatisfiesItsOwnDefinitions() {
        String csv = CliRun.of("gap", "--milestone", "all", "--format", "csv").exits(ExitCode.OK).out();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(HEADER + APPENDED);
        List<Map<String, String>> rows = rows(csv);
        assertThat(rows).hasSize(42);
        Map<String, Double> land = landByUnit();
        for (Map<String, String> r : rows) {
            String id = r.get("unit") + " " + r.get("milestone");
            double target = num(r, "target_pct");
            double years = num(r, "milestone") - num(r, "last_year");
            assertThat(num(r, "gap_pp")).as(id).isCloseTo(target - num(r, "forecast_pct"), within(0.011));
            // gap_pp is printed to 2 decimals: its rounding (±0.005 points) times the land area bounds the difference
            double landKm2 = land.get(r.get("unit"));
            assertThat(num(r, "gap_km2")).as(id).isCloseTo(landKm2 * num(r, "gap_pp") / 100, within(landKm2 * 0.005 / 100 + 0.01));
            assertThat(num(r, "required_gain_pp_per_year")).as(id)
                    .isCloseTo((target - num(r, "last_rate_pct")) / years, within(0.01));
            double ratio = num(r, "observed_gain_pp_per_year") / num(r, "required_gain_pp_per_year");
            assertThat(num(r, "growth_ratio")).as(id).isCloseTo(ratio, within(0.01));
            assertThat(r.get("status")).as(id).isEqualTo(expectedStatus(num(r, "last_rate_pct") >= target, ratio));
            assertThat(num(r, "lo80_pct")).as(id).isLessThanOrEqualTo(num(r, "forecast_pct"));
            assertThat(num(r, "p_reach")).as(id).isBetween(0.0, 1.0);
            // required = BAU pace + additional, each printed to 2 decimals
            assertThat(num(r, "required_treatment_km2_per_year")).as(id).isCloseTo(
                    num(r, "bau_treatment_km2_per_year") + num(r, "additional_treatment_km2_per_year"), within(0.011));
            assertThat(num(r, "additional_treatment_k_p90_km2_per_year")).as(id)
                    .isLessThanOrEqualTo(num(r, "additional_treatment_k_p10_km2_per_year"));
            if (num(r, "forecast_pct") >= target) {
                assertThat(num(r, "additional_treatment_km2_per_year")).as(id).isZero();
            }
        }
    }

    @Test
    void cityTargetsAreThePlansAndAtLeastFourStatusesOccur() {
        List<Map<String, String>> rows = rows(CliRun.of("gap", "--format", "csv").exits(ExitCode.OK).out());
        assertThat(rows.stream().filter(r -> r.get("unit").equals("CITY")).map(r -> r.get("target_pct")))
                .containsExactly("77.25", "78.76", "83.90");
        assertThat(rows.stream().map(r -> r.get("status")).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void outputIsIdenticalOnASecondRun() {
        assertThat(CliRun.of("gap", "--format", "csv").out()).isEqualTo(CliRun.of("gap", "--format", "csv").out());
    }

    @Test
    void checkExitsFourOnTheBundledDataAndZeroWhereEveryCountyMeetsItsTargets(@TempDir Path dir) throws Exception {
        assertThat(CliRun.of("gap", "--check").exits(ExitCode.CHECK_FAILED).err()).contains("check failed");
        DataFolder.init(dir);
        // every county's targets lowered below its 2024 rate; the city's too
        Path targets = dir.resolve("targets.csv");
        List<String> lines = new ArrayList<>(List.of("scope,year,indicator,value,source"));
        for (String year : List.of("2025", "2030", "2035")) {
            lines.add("CITY," + year + ",swc_rate_pct,50.00,test");
        }
        Files.write(targets, lines, StandardCharsets.UTF_8);
        CliRun met = CliRun.of("gap", "--check", "--data", dir.toString(), "--format", "csv").exits(ExitCode.OK);
        assertThat(rows(met.out())).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("achieved"));
    }

    @Test
    void oneMilestoneAndTheTreatmentSection() {
        assertThat(rows(CliRun.of("gap", "--milestone", "2030", "--format", "csv").exits(ExitCode.OK).out())).hasSize(14);
        String treatment = CliRun.of("gap", "--treatment", "--format", "csv").exits(ExitCode.OK).out();
        assertThat(treatment.lines().findFirst().orElseThrow()).startsWith("unit,name_zh,milestone,target_pct");
        assertThat(treatment).contains("\nCITY,全市,2030,100.00,2024,8352.00,6906.77,82.70,1445.23,240.87,");
        assertThat(CliRun.of("gap").exits(ExitCode.OK).out()).contains("治理度").contains("Illustrative data");
        assertThat(CliRun.of("gap", "--format", "md").exits(ExitCode.OK).out()).contains("| unit | Chinese name |");
    }

    @Test
    void badMilestoneIsAUsageError() {
        assertThat(CliRun.of("gap", "--milestone", "2027").exits(ExitCode.USAGE).err()).contains("choose one of");
        CliRun.of("gap", "--milestone", "soon").exits(ExitCode.USAGE);
    }

    @Test
    void badDataExitsThree(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir).setField("targets.csv", 2, 4, "abc");
        assertThat(CliRun.of("gap", "--data", dir.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains(data.file("targets.csv") + ":2:4 (value)");
    }

    private static String expectedStatus(boolean met, double ratio) {
        if (met) {
            return "achieved";
        }
        return ratio >= 0.95 ? "on_track" : ratio >= 0.6 ? "acceleration_needed" : ratio >= 0 ? "limited_progress"
                : "deterioration";
    }

    private static Map<String, Double> landByUnit() {
        return CliRun.of("status", "--format", "csv").out().lines().skip(1).map(l -> l.split(","))
                .collect(Collectors.toMap(c -> c[0], c -> Double.parseDouble(c[4])));
    }
}

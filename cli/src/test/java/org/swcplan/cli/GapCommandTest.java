package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapCommandTest {
    private static final String HEADER = "code,name_zh,milestone,target_pct,last_year,last_rate_pct,forecast_pct,lo80_pct,"
            + "hi80_pct,p_reach,gap_pp,gap_km2,required_gain_pp_per_year,observed_gain_pp_per_year,growth_ratio,"
            + "required_treatment_km2_per_year,required_cost_wan_per_year,status";
    /** Appended to the contract by the projection model: BAU pace, the additional need and its k band. */
    private static final String APPENDED = ",bau_treatment_km2_per_year,additional_treatment_km2_per_year,"
            + "additional_treatment_k_p90_km2_per_year,additional_treatment_k_p10_km2_per_year,k_p10,k_p90,"
            + "additional_cost_wan_per_year";
    /** Appended by the reconciled need: P 0.8, the 治理度 need, the binding need and its cost. */
    private static final String RECONCILED = ",additional_treatment_p80_km2_per_year,treatment_degree_need_km2_per_year,"
            + "binding_need_km2_per_year,binding_cost_wan_per_year,binding_need_p80_km2_per_year,"
            + "binding_cost_p80_wan_per_year,binding_constraint";
    /** Appended with the one unit key: county or city. */
    private static final String UNIT_TYPE = ",unit_type";
    /** Erosion in 2025 against 2024: the first six counties cut it by a tenth, the others let it grow 2 %. */
    private static final List<Double> FACTORS_2025 = List.of(0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.02, 1.02, 1.02, 1.02,
            1.02, 1.02, 1.02);

    private static List<Map<String, String>> rows(String csv) {
        return CsvRows.of(csv);
    }

    private static double num(Map<String, String> row, String key) {
        return CsvRows.num(row, key);
    }

    @Test
    void everyRowSatisfiesItsOwnDefinitions() {
        String csv = CliRun.of("gap", "--milestone", "all", "--format", "csv").exits(ExitCode.OK).out();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(HEADER + APPENDED + RECONCILED + UNIT_TYPE);
        List<Map<String, String>> rows = rows(csv);
        assertThat(rows).hasSize(42);
        Map<String, Double> land = landByUnit();
        for (Map<String, String> r : rows) {
            String id = r.get("code") + " " + r.get("milestone");
            double target = num(r, "target_pct");
            double years = num(r, "milestone") - num(r, "last_year");
            assertThat(num(r, "gap_pp")).as(id).isCloseTo(target - num(r, "forecast_pct"), within(0.011));
            // gap_pp is printed to 2 decimals: its rounding (±0.005 points) times the land area bounds the difference
            double landKm2 = land.get(r.get("code"));
            assertThat(num(r, "gap_km2")).as(id).isCloseTo(landKm2 * num(r, "gap_pp") / 100, within(landKm2 * 0.005 / 100 + 0.01));
            assertThat(num(r, "required_gain_pp_per_year")).as(id)
                    .isCloseTo((target - num(r, "last_rate_pct")) / years, within(0.01));
            double ratio = num(r, "observed_gain_pp_per_year") / num(r, "required_gain_pp_per_year");
            assertThat(num(r, "growth_ratio")).as(id).isCloseTo(ratio, within(0.01));
            assertThat(r.get("status")).as(id).isIn(statusesWithinRounding(r));
            assertThat(num(r, "lo80_pct")).as(id).isLessThanOrEqualTo(num(r, "forecast_pct"));
            assertThat(num(r, "p_reach")).as(id).isBetween(0.0, 1.0);
            // required = BAU pace + additional, each printed to 2 decimals
            assertThat(num(r, "required_treatment_km2_per_year")).as(id).isCloseTo(
                    num(r, "bau_treatment_km2_per_year") + num(r, "additional_treatment_km2_per_year"), within(0.011));
            assertThat(num(r, "additional_treatment_k_p90_km2_per_year")).as(id)
                    .isLessThanOrEqualTo(num(r, "additional_treatment_k_p10_km2_per_year"));
            if (num(r, "forecast_pct") >= target && !r.get("code").equals("140800")) {
                // (the city's need is its counties', some of which may need more where the city does not)
                assertThat(num(r, "additional_treatment_km2_per_year")).as(id).isZero();
            }
            assertThat(num(r, "binding_need_p80_km2_per_year")).as(id)
                    .isGreaterThanOrEqualTo(num(r, "binding_need_km2_per_year"));
            if (!r.get("code").equals("140800")) {
                // the reconciled need covers both targets: each printed to 2 decimals
                double rate = num(r, "bau_treatment_km2_per_year") + num(r, "additional_treatment_km2_per_year");
                double degree = num(r, "treatment_degree_need_km2_per_year");
                assertThat(num(r, "binding_need_km2_per_year")).as(id).isGreaterThanOrEqualTo(rate - 0.011)
                        .isGreaterThanOrEqualTo(degree).isCloseTo(Math.max(rate, degree), within(0.011));
                assertThat(r.get("binding_constraint")).as(id).isEqualTo(rate >= degree + 0.011 ? "rate"
                        : rate <= degree - 0.011 ? "treatment_degree" : r.get("binding_constraint"));
            }
        }
        for (String milestone : List.of("2025", "2030", "2035")) {
            // the city's treatment needs are the sums of its counties', never pooled
            for (String column : List.of("required_treatment_km2_per_year", "required_cost_wan_per_year",
                    "additional_treatment_km2_per_year", "bau_treatment_km2_per_year")) {
                double sum = rows.stream().filter(r -> r.get("milestone").equals(milestone)
                        && !r.get("code").equals("140800")).mapToDouble(r -> num(r, column)).sum();
                Map<String, String> city = rows.stream().filter(r -> r.get("milestone").equals(milestone)
                        && r.get("code").equals("140800")).findFirst().orElseThrow();
                assertThat(num(city, column)).as(column + " " + milestone).isCloseTo(sum, within(0.07));
            }
            // the city's need is the sum of its 13 counties', each rounded to 2 decimals
            double counties = rows.stream().filter(r -> r.get("milestone").equals(milestone) && !r.get("code").equals("140800"))
                    .mapToDouble(r -> num(r, "binding_need_km2_per_year")).sum();
            Map<String, String> city = rows.stream().filter(r -> r.get("milestone").equals(milestone)
                    && r.get("code").equals("140800")).findFirst().orElseThrow();
            assertThat(num(city, "binding_need_km2_per_year")).as(milestone).isCloseTo(counties, within(13 * 0.005));
            assertThat(city.get("binding_constraint")).isEqualTo("counties");
        }
    }

    @Test
    void checkFlagsTheCity2030ThatIsUnlikelyToReachItsTarget() {
        CliRun run = CliRun.of("gap", "--milestone", "2030", "--check", "--format", "csv").exits(ExitCode.CHECK_FAILED);
        Map<String, String> city = rows(run.out()).stream().filter(r -> r.get("code").equals("140800")).findFirst()
                .orElseThrow();
        // the forecast median (78.37) falls short of 78.76: about one path in five reaches it
        assertThat(num(city, "forecast_pct")).isLessThan(num(city, "target_pct"));
        assertThat(num(city, "p_reach")).isLessThan(0.33);
        assertThat(city.get("status")).isEqualTo("limited_progress");
        assertThat(run.err()).contains("check failed: ").contains("全市 2030 limited progress")
                .contains("全市 2030 treatment degree limited progress");
        assertThat(CliRun.of("gap", "--milestone", "2030", "--check", "--headers", "zh").exits(ExitCode.CHECK_FAILED).err())
                .contains("检查未通过").contains("全市 2030 进展滞后").contains("全市 2030 治理度 进展滞后");
    }

    @Test
    void noUnitIsOnTrackUnlessLikelyToReachItsTargetNorBehindWhenLikelyTo() {
        for (Map<String, String> r : rows(CliRun.of("gap", "--format", "csv").exits(ExitCode.OK).out())) {
            String id = r.get("code") + " " + r.get("milestone") + " " + r.get("status");
            double p = num(r, "p_reach");
            if (List.of("on_track", "achieved").contains(r.get("status"))) {
                assertThat(p).as(id).isGreaterThanOrEqualTo(0.5);
            }
            if (List.of("limited_progress", "deterioration").contains(r.get("status"))) {
                assertThat(p).as(id).isLessThan(0.66);
            }
        }
    }

    @Test
    void tablesShowProbabilitiesAsPercentsAndNoNegativeNeedWhereTheTargetIsMet() {
        String md = CliRun.of("gap", "--format", "md").exits(ExitCode.OK).out();
        String gapTable = md.substring(md.indexOf("## Gap to"), md.indexOf("## Treatment needed"));
        List<String[]> cells = gapTable.lines().filter(l -> l.matches("\\| (\\d{6}|CITY) \\| .*"))
                .map(l -> l.split(" \\| ")).toList();
        assertThat(cells).hasSize(42);
        for (String[] row : cells) {
            String id = row[0] + " " + row[2];
            assertThat(row[8]).as(id).matches("(<1|>99|\\d{1,2}) %");
            boolean met = Double.parseDouble(row[4]) >= Double.parseDouble(row[3]);
            assertThat(row[10]).as(id).doesNotStartWith("-");
            if (met) {
                assertThat(row[10]).as(id).isEqualTo("0.00");
                assertThat(row[12]).as(id).isEqualTo("achieved");
            }
        }
    }

    @Test
    void thresholdsAreOptionsCheckedForHonesty() {
        assertThat(CliRun.of("gap", "--on-track-p", "0.4").exits(ExitCode.USAGE).err())
                .contains("on-track threshold must be within 0.5–1").contains("0.4");
        assertThat(CliRun.of("gap", "--acceleration-p", "0.6").exits(ExitCode.USAGE).err()).contains("acceleration");
        String json = CliRun.of("gap", "--milestone", "2030", "--on-track-p", "0.5", "--acceleration-p", "0.01",
                "--format", "json").exits(ExitCode.OK).out();
        assertThat(json).contains("\"achieved_p\": 0.9,\n    \"on_track_p\": 0.5,\n    \"acceleration_p\": 0.01")
                .contains("on track at a probability of at least 50 %");
        Map<String, String> city = rows(CliRun.of("gap", "--milestone", "2030", "--on-track-p", "0.5",
                "--acceleration-p", "0.01", "--format", "csv").exits(ExitCode.OK).out()).stream()
                .filter(r -> r.get("code").equals("140800")).findFirst().orElseThrow();
        assertThat(city.get("status")).isEqualTo("acceleration_needed");
    }

    @Test
    void aPassedMilestoneIsAssessedAndTheForecastStartsAfterIt(@TempDir Path dir) throws Exception {
        DataFolder.init(dir).add2025(FACTORS_2025);
        List<Map<String, String>> rows = rows(CliRun.of("gap", "--data", dir.toString(), "--format", "csv")
                .exits(ExitCode.OK).out());
        assertThat(rows).hasSize(42);
        List<Map<String, String>> passed = rows.stream().filter(r -> r.get("milestone").equals("2025")).toList();
        assertThat(passed).hasSize(14).allSatisfy(r -> {
            String id = r.get("code");
            assertThat(r.get("last_year")).as(id).isEqualTo("2025");
            assertThat(r.get("status")).as(id)
                    .isEqualTo(num(r, "last_rate_pct") >= num(r, "target_pct") ? "met" : "missed");
            assertThat(num(r, "gap_pp")).as(id).isCloseTo(num(r, "target_pct") - num(r, "last_rate_pct"), within(0.011));
            for (String empty : List.of("forecast_pct", "lo80_pct", "hi80_pct", "p_reach", "required_gain_pp_per_year",
                    "growth_ratio", "binding_need_km2_per_year", "binding_constraint")) {
                assertThat(r.get(empty)).as(id + " " + empty).isEmpty();
            }
        });
        assertThat(passed).extracting(r -> r.get("status")).contains("met", "missed");
        assertThat(rows.stream().filter(r -> !r.get("milestone").equals("2025")))
                .allSatisfy(r -> assertThat(r.get("last_year")).isEqualTo("2025"));

        CliRun only2025 = CliRun.of("gap", "--data", dir.toString(), "--milestone", "2025", "--check")
                .exits(ExitCode.CHECK_FAILED);
        assertThat(only2025.out()).contains("Milestones passed: the observed rate against the target")
                .doesNotContain("Gap to the 水土保持率 targets").doesNotContain("P(reach)");
        assertThat(only2025.err()).contains(" 2025 missed");
        Path report = dir.resolve("report");
        CliRun.of("report", "--data", dir.toString(), "--out", report.toString(), "--lang", "zh", "-q")
                .exits(ExitCode.OK);
        String md = Files.readString(report.resolve("report.md"));
        assertThat(md).contains("### 2025年目标（按实测值评定）").containsPattern("2025年目标77\\.25%，实际为\\d+\\.\\d\\d%，[已未]完成");
    }

    @Test
    void cityTargetsAreThePlansAndAtLeastFourStatusesOccur() {
        List<Map<String, String>> rows = rows(CliRun.of("gap", "--format", "csv").exits(ExitCode.OK).out());
        assertThat(rows.stream().filter(r -> r.get("code").equals("140800")).map(r -> r.get("target_pct")))
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
        assertThat(treatment.lines().findFirst().orElseThrow()).startsWith("code,name_zh,milestone,target_pct");
        assertThat(treatment).contains("\n140800,全市,2030,100.00,2024,8352.00,6906.77,82.70,1445.23,240.87,");
        assertThat(CliRun.of("gap").exits(ExitCode.OK).out()).contains("治理度").contains("Note: illustrative data");
        assertThat(CliRun.of("gap", "--format", "md").exits(ExitCode.OK).out()).contains("| code | Chinese name |");
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

    /** The status by the default thresholds, from a row's printed figures. */
    private static String expectedStatus(boolean met, double p, double median, double last) {
        if (met && p >= 0.9) {
            return "achieved";
        }
        return p >= 0.66 ? "on_track" : p >= 0.33 ? "acceleration_needed" : median < last ? "deterioration"
                : "limited_progress";
    }

    /** The statuses a row's printed figures allow, each within its rounding (P to 3 decimals, rates to 2). */
    private static Set<String> statusesWithinRounding(Map<String, String> r) {
        Set<String> allowed = new HashSet<>();
        for (double dp : new double[] {-0.0005, 0, 0.0005}) {
            for (double dr : new double[] {-0.005, 0, 0.005}) {
                allowed.add(expectedStatus(num(r, "last_rate_pct") + dr >= num(r, "target_pct"), num(r, "p_reach") + dp,
                        num(r, "forecast_pct") + dr, num(r, "last_rate_pct") - dr));
            }
        }
        return allowed;
    }

    private static Map<String, Double> landByUnit() {
        return CliRun.of("status", "--format", "csv").out().lines().skip(1).map(l -> l.split(","))
                .collect(Collectors.toMap(c -> c[0], c -> Double.parseDouble(c[4])));
    }
}

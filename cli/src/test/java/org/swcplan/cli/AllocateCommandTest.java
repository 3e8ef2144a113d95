package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code swc allocate} end to end: its output, its plan through {@code swc scenario}, its errors. */
class AllocateCommandTest {
    /** CSV rows by unit: column name → cell. */
    private static Map<String, Map<String, String>> rows(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        return lines.stream().skip(1).map(l -> l.split(",", -1)).collect(Collectors.toMap(cells -> cells[0],
                cells -> header.stream().collect(Collectors.toMap(h -> h, h -> cells[header.indexOf(h)]))));
    }

    private static double number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\": (-?[0-9.]+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theProgrammeWrittenAsAPlanReachesTheTargetWhenSwcScenarioProjectsIt(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.csv");
        CliRun json = CliRun.of("allocate", "--milestone", "2035", "--method", "least-cost", "--confidence", "0.8",
                "--plan-out", plan.toString(), "--format", "json").exits(ExitCode.OK);
        assertThat(json.out()).contains("\"feasible\": true").contains("\"confidence\": 0.8");
        assertThat(number(json.out(), "probability")).isGreaterThanOrEqualTo(0.8);
        Map<String, Map<String, String>> allocation = rows(CliRun.of("allocate", "--milestone", "2035",
                "--confidence", "0.8", "--format", "csv").exits(ExitCode.OK).out());
        assertThat(Files.readString(plan)).startsWith("code,year,measure,km2\n").contains(",2035,");

        String scenario = CliRun.of("scenario", "--plan", plan.toString(), "--to", "2035", "--format", "csv")
                .exits(ExitCode.OK).out();
        String gaps = CliRun.of("scenario", "--plan", plan.toString(), "--to", "2035", "--format", "json")
                .exits(ExitCode.OK).out();
        // the city's 2035 gap row, however the JSON is spaced
        Matcher city = Pattern.compile("\"code\"\\s*:\\s*\"140800\"[^}]*\"milestone\"\\s*:\\s*2035[^}]*"
                + "\"p_reach\"\\s*:\\s*([0-9.]+)").matcher(gaps);
        assertThat(city.find()).as(gaps).isTrue();
        assertThat(Double.parseDouble(city.group(1))).isGreaterThanOrEqualTo(0.8);
        // every county's 2035 median under the plan stays at or below its ceiling (the plan rounds up to 0.01 km²)
        List<String> lines = scenario.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int unit = header.indexOf("code");
        int year = header.indexOf("year");
        int median = header.indexOf("projected_pct");
        assertThat(median).as(lines.get(0)).isNotNegative();
        long counties = lines.stream().skip(1).map(l -> l.split(",", -1))
                .filter(c -> c[year].equals("2035") && !c[unit].equals("140800")).peek(c -> {
                    double ceiling = Double.parseDouble(allocation.get(c[unit]).get("max_rate_pct"));
                    assertThat(Double.parseDouble(c[median])).as(c[unit]).isLessThanOrEqualTo(ceiling + 0.01);
                }).count();
        assertThat(counties).isEqualTo(13);
    }

    @Test
    void everyRowNamesBauExtraAndTotalWithTheirCosts() {
        Map<String, Map<String, String>> rows = rows(CliRun.of("allocate", "--milestone", "2035", "--format", "csv")
                .exits(ExitCode.OK).out());
        Map<String, String> city = rows.get("140800");
        double bau = Double.parseDouble(city.get("bau_km2_per_year"));
        double extra = Double.parseDouble(city.get("extra_km2_per_year"));
        assertThat(Double.parseDouble(city.get("total_km2_per_year"))).isCloseTo(bau + extra,
                org.assertj.core.api.Assertions.within(0.02));
        assertThat(Double.parseDouble(city.get("total_cost_wan_per_year"))).isCloseTo(
                Double.parseDouble(city.get("bau_cost_wan_per_year")) + Double.parseDouble(city.get("extra_cost_wan_per_year")),
                org.assertj.core.api.Assertions.within(0.02));
        String table = CliRun.of("allocate", "--milestone", "2035").exits(ExitCode.OK).out();
        assertThat(table).contains("extra to 2030").contains("extra 2031–2035").contains("治理度 km²/a")
                .contains("Programme: BAU").contains("Every county treats its remaining stock by 2030")
                .contains("rate ceilings) are illustrative");
    }

    @Test
    void aTargetBeyondTheLimitsGetsTheBestReachableRateWithoutAStackTrace() {
        CliRun run = CliRun.of("allocate", "--milestone", "2025", "--target", "85").exits(ExitCode.OK);
        assertThat(run.out()).contains("NOT FEASIBLE").contains("best reachable").contains("binding capacities");
        assertThat(run.err()).doesNotContain("Exception");
        CliRun json = CliRun.of("allocate", "--milestone", "2025", "--target", "85", "--format", "json")
                .exits(ExitCode.OK);
        assertThat(json.out()).contains("\"feasible\": false");
        assertThat(json.err()).contains("note: ").contains("NOT FEASIBLE");
    }

    @Test
    void countyTargetsCanBeHonoured() {
        String csv = CliRun.of("allocate", "--milestone", "2030", "--honour-county-targets", "--format", "csv")
                .exits(ExitCode.OK).out();
        rows(csv).forEach((unit, row) -> {
            if (!unit.equals("140800")) {
                assertThat(Double.parseDouble(row.get("planned_rate_pct"))).as(unit)
                        .isGreaterThanOrEqualTo(Double.parseDouble(row.get("county_target_pct")) - 0.005);
            }
        });
    }

    @Test
    void helpFormatsWithoutWarnings() {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(CliRun.of("allocate", "--help").exits(ExitCode.OK).out()).contains("default 95 %)")
                    .contains("--confidence").contains("--honour-county-targets").contains("--plan-out")
                    .contains("equitable");
        } finally {
            System.setErr(err);
        }
        // picocli reports a description it cannot format on System.err
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) throws IOException {
        CliRun.of("allocate").exits(ExitCode.USAGE);
        assertThat(CliRun.of("allocate", "--milestone", "2030", "--method", "lottery").exits(ExitCode.USAGE).err())
                .contains("expected one of uniform, proportional, least-cost, equitable");
        assertThat(CliRun.of("allocate", "--milestone", "2027").exits(ExitCode.USAGE).err()).contains("--target");
        assertThat(CliRun.of("allocate", "--milestone", "2030", "--confidence", "0.3").exits(ExitCode.USAGE).err())
                .contains("--confidence must be within 0.5–0.99");
        DataFolder data = DataFolder.init(dir.resolve("data")).keepRows("targets.csv", l -> l.startsWith("CITY"));
        assertThat(CliRun.of("allocate", "--data", data.toString(), "--milestone", "2030", "--honour-county-targets")
                .exits(ExitCode.USAGE).err()).contains("no county 水土保持率 target for 2030");
    }
}

package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableCommandTest {
    private static final List<String> YEARS = IntStream.rangeClosed(2018, 2024).mapToObj(Integer::toString).toList();

    @Test
    void rateCrossTableHasThirteenCountiesBySevenYearsAndTheCityRowOfStatus() {
        String csv = CliRun.of("table", "monitoring", "--rows", "code", "--cols", "year", "--value", "swc_rate_pct",
                "--format", "csv", "-q").exits(ExitCode.OK).out();
        assertThat(csv.lines().findFirst()).hasValue("code," + String.join(",", YEARS));
        List<Map<String, String>> rows = CsvRows.of(csv);
        assertThat(rows).hasSize(14);
        assertThat(rows.subList(0, 13)).allSatisfy(r -> assertThat(r.get("code")).matches("1408(?!00)\\d\\d"));
        Map<String, String> city = rows.get(13);
        assertThat(city.get("code")).isEqualTo("140800");
        for (String year : YEARS) {
            Map<String, String> status = CsvRows.of(CliRun.of("status", "--year", year, "--format", "csv", "-q")
                    .exits(ExitCode.OK).out()).stream().filter(r -> r.get("unit_type").equals("city")).findFirst()
                    .orElseThrow();
            assertThat(CsvRows.num(city, year)).as(year).isCloseTo(CsvRows.num(status, "swc_rate_pct"), within(0.01));
        }
    }

    @Test
    void rateCrossTableReadsWithNamesAndSetsTheCityOff() {
        List<String> lines = CliRun.of("table", "monitoring", "--rows", "code", "--cols", "year", "--value",
                "swc_rate_pct").exits(ExitCode.OK).out().lines().toList();
        assertThat(lines.stream().filter(l -> l.matches("1408(?!00)\\d\\d .*"))).hasSize(13);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("140800").contains("全市").endsWith("77.07"))
                .anySatisfy(l -> assertThat(l).contains("垣曲县"))
                .anySatisfy(l -> assertThat(l).contains("never a mean of rates"));
    }

    @Test
    void treatmentGroupByEqualsTheSumsOfTheFile(@TempDir Path dir) throws Exception {
        String csv = CliRun.of("table", "treatment", "--where", "year>=2021", "--by", "code", "--sum",
                "treated_terrace_km2,investment_wan", "--format", "csv", "-q").exits(ExitCode.OK).out();
        // the same group-by by plain loops over the bundled file
        List<String> lines = Files.readAllLines(DataFolder.init(dir).file("treatment.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        Map<String, double[]> sums = new TreeMap<>();
        double[] all = new double[2];
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (Integer.parseInt(cells[header.indexOf("year")]) >= 2021) {
                double[] sum = sums.computeIfAbsent(cells[header.indexOf("code")], c -> new double[2]);
                for (int i = 0; i < 2; i++) {
                    double value = Double.parseDouble(cells[header.indexOf(i == 0 ? "treated_terrace_km2" : "investment_wan")]);
                    sum[i] += value;
                    all[i] += value;
                }
            }
        }
        sums.put("140800", all);
        List<Map<String, String>> rows = CsvRows.of(csv);
        assertThat(rows).extracting(r -> r.get("code")).containsExactlyElementsOf(sums.keySet().stream()
                .sorted((a, b) -> a.equals("140800") ? 1 : b.equals("140800") ? -1 : a.compareTo(b)).toList());
        for (Map<String, String> row : rows) {
            double[] expected = sums.get(row.get("code"));
            assertThat(CsvRows.num(row, "sum_treated_terrace_km2")).as(row.get("code")).isCloseTo(expected[0], within(0.005));
            assertThat(CsvRows.num(row, "sum_investment_wan")).as(row.get("code")).isCloseTo(expected[1], within(0.005));
        }
    }

    @Test
    void misspelledColumnInWhereIsAUsageErrorAtItsPositionWithTheNearestName() {
        CliRun run = CliRun.of("table", "monitoring", "--where", "yeer>2021").exits(ExitCode.USAGE);
        assertThat(run.err()).contains("--where \"yeer>2021\": at 1: unknown column yeer; did you mean year?");
        assertThat(CliRun.of("table", "monitoring", "--where", "year>=2021 and land_area_km2 < 1,000")
                .exits(ExitCode.USAGE).err()).contains("at 33: expected and, or or the end");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownValueColumnIsAUsageErrorNamingTheColumns() {
        assertThat(CliRun.of("table", "monitoring", "--rows", "code", "--cols", "year", "--value", "nosuch")
                .exits(ExitCode.USAGE).err()).contains("--value \"nosuch\": at 1: unknown column nosuch; did you mean one of "
                + "code, name_zh, year");
        assertThat(CliRun.of("table", "monitoring", "--by", "code", "--sum", "land_area_km2,swc_rate_pc")
                .exits(ExitCode.USAGE).err()).contains("--sum \"land_area_km2,swc_rate_pc\": at 15: unknown column "
                + "swc_rate_pc; did you mean swc_rate_pct?");
    }

    @Test
    void ratesAreNotAddedAndWeightedNeedsTheirArea() {
        assertThat(CliRun.of("table", "monitoring", "--by", "year", "--sum", "swc_rate_pct").exits(ExitCode.USAGE)
                .err()).contains("swc_rate_pct is a rate: rates are not added");
        assertThat(CliRun.of("table", "forecast", "--by", "year", "--weighted", "median_pct").exits(ExitCode.USAGE)
                .err()).contains("median_pct has no area to weight it by");
    }

    @Test
    void unknownKindThatIsNoFileSuggestsTheNearestKind() {
        assertThat(CliRun.of("table", "monitorng").exits(ExitCode.USAGE).err())
                .contains("monitorng: no such file, nor a kind; did you mean monitoring?");
    }

    @Test
    void aBadFileIsInvalidDataNamedByFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("monitoring.csv");
        Files.writeString(file, "code,year,land_area_km2,erosion_light_km2,erosion_moderate_km2,erosion_intense_km2,"
                + "erosion_very_intense_km2,erosion_severe_km2\n140802,2025,1203.53,88,29,12,6,2\n"
                + "140821,2025,1364.06,n/a,26,9,4,1\n");
        CliRun run = CliRun.of("table", file.toString()).exits(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains(file + ":3:4 (erosion_light_km2): expected a number, found \"n/a\"");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aGbkFileWithChineseHeadersAndCountyNamesIsReadAsImportReadsIt(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("2025.csv");
        Files.write(gbk, ("县区,年份,国土面积（平方公里）,轻度,中度,强烈,极强烈,剧烈\r\n"
                + "盐湖,2025,\"1,203.53\",88.10,29.00,12.10,6.60,2.20\r\n"
                + "Xia,2025,\"1,347.23\",200.00,103.00,52.00,30.00,15.50\r\n").getBytes(Charset.forName("GBK")));
        List<Map<String, String>> rows = CsvRows.of(CliRun.of("table", gbk.toString(), "--kind", "monitoring",
                "--where", "code=夏县", "--columns", "code,name_zh,land_area_km2,erosion_km2,swc_rate_pct",
                "--format", "csv").exits(ExitCode.OK).out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("code", "140828").containsEntry("name_zh", "夏县")
                .containsEntry("land_area_km2", "1347.23").containsEntry("erosion_km2", "400.50")
                .containsEntry("swc_rate_pct", "70.27");
        assertThat(CliRun.of("table", gbk.toString()).exits(ExitCode.USAGE).err()).contains("needs --kind");
    }

    @Test
    void aTotalOfSomeCountiesIsNotTheCity() {
        List<Map<String, String>> rows = CsvRows.of(CliRun.of("table", "treatment", "--where",
                "code in (垣曲县, 夏县)", "--by", "code", "--sum", "check_dams_new", "--format", "csv", "-q")
                .exits(ExitCode.OK).out());
        assertThat(rows).extracting(r -> r.get("code")).containsExactly("140827", "140828", "total");
        assertThat(CsvRows.num(rows.get(2), "sum_check_dams_new"))
                .isEqualTo(CsvRows.num(rows.get(0), "sum_check_dams_new") + CsvRows.num(rows.get(1), "sum_check_dams_new"));
    }

    @Test
    void stocksAreAddedAcrossCountiesNotAcrossYears() {
        String csv = CliRun.of("table", "monitoring", "--rows", "code", "--cols", "year", "--value", "land_area_km2",
                "--format", "csv", "-q").exits(ExitCode.OK).out();
        assertThat(csv.lines().findFirst()).hasValue("code," + String.join(",", YEARS));
        assertThat(csv).contains("\n140800,").doesNotContain("total");
        String flows = CliRun.of("table", "treatment", "--rows", "code", "--cols", "year", "--value", "investment_wan",
                "--format", "csv", "-q").exits(ExitCode.OK).out();
        assertThat(flows.lines().findFirst()).hasValue("code," + String.join(",", YEARS) + ",total");
    }

    @Test
    void aFrameHoldingTheCityGetsNoTotalsUnlessFilteredToCounties() {
        assertThat(CsvRows.of(CliRun.of("table", "status", "--rows", "code", "--cols", "year", "--value",
                "swc_rate_pct", "--format", "csv", "-q").exits(ExitCode.OK).out())).hasSize(14);
        List<Map<String, String>> counties = CsvRows.of(CliRun.of("table", "status", "--where", "unit_type=county",
                "--rows", "code", "--cols", "year", "--value", "swc_rate_pct", "--format", "csv", "-q")
                .exits(ExitCode.OK).out());
        Map<String, String> status = CsvRows.of(CliRun.of("status", "--format", "csv", "-q").exits(ExitCode.OK).out())
                .get(13);
        assertThat(counties.get(13).get("code")).isEqualTo("140800");
        assertThat(CsvRows.num(counties.get(13), "2024")).isCloseTo(CsvRows.num(status, "swc_rate_pct"), within(0.011));
    }

    @Test
    void listingSortsAndLimitsAndJsonIsTheEnvelope() {
        String json = CliRun.of("table", "gap", "--where", "milestone=2030 and unit_type=county", "--columns",
                "code,p_reach,status", "--sort", "p_reach:desc", "--limit", "2", "--format", "json", "-q")
                .exits(ExitCode.OK).out();
        assertThat(json).contains("\"schema\": \"swc.table/1\"").contains("\"limit\": 2")
                .contains("\"sort\": \"p_reach:desc\"");
        assertThat(json.split("\"p_reach\"", -1)).hasSize(3);
    }
}

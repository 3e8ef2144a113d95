package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsCommandTest {
    private static final String HEADER = "code,name_zh,year,milestone,milestone_target_pct,target_source,rate_pct,gain_pp,"
            + "erosion_km2,reduction_km2,treatment_km2,bau_pace_km2,extra_treatment_km2,bau_median_pct,k,"
            + "treatment_degree_pct,degree_treatment_km2,required_treatment_km2,unit_type";
    /** The plan's city targets (运政办发〔2024〕3号). */
    private static final Map<Integer, Double> CITY = Map.of(2025, 77.25, 2030, 78.76, 2035, 83.90);

    private static List<Map<String, String>> rows(String csv) {
        return CsvRows.of(csv);
    }

    /** The rows of {@code swc targets --format csv} on a data folder. */
    private static List<Map<String, String>> csvRows(DataFolder data) {
        return rows(CliRun.of("targets", "--format", "csv", "--data", data.toString()).exits(ExitCode.OK).out());
    }

    /** The table of {@code swc targets} on a data folder. */
    private static String table(DataFolder data) {
        return CliRun.of("targets", "--data", data.toString()).exits(ExitCode.OK).out();
    }

    private static double num(Map<String, String> row, String key) {
        return CsvRows.num(row, key);
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String unit, int year) {
        return rows.stream().filter(r -> r.get("code").equals(unit) && r.get("year").equals(Integer.toString(year)))
                .findFirst().orElseThrow();
    }

    /** Every county and the city, 2025–2035; the city meets each milestone by area; the 2030s step up; 治理度 100 % by 2030. */
    private static void assertMeetsThePlan(List<Map<String, String>> rows) {
        assertThat(rows).hasSize(13 * 11 + 11);
        assertThat(rows.stream().map(r -> r.get("code")).filter(u -> !u.equals("140800")).distinct()).hasSize(13);
        assertThat(rows.stream().map(r -> r.get("year")).distinct()).hasSize(11);
        Map<String, Double> land = landByCounty();
        for (Map.Entry<Integer, Double> milestone : CITY.entrySet()) {
            int year = milestone.getKey();
            assertThat(num(row(rows, "140800", year), "rate_pct")).as("city %d", year)
                    .isCloseTo(milestone.getValue(), within(0.01));
            // area-weighted from the county rows as printed, never a mean of rates
            double conserved = rows.stream().filter(r -> !r.get("code").equals("140800") && r.get("year").equals("" + year))
                    .mapToDouble(r -> land.get(r.get("code")) * num(r, "rate_pct")).sum();
            double total = land.values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(conserved / total).as("area-weighted %d", year).isCloseTo(milestone.getValue(), within(0.01));
        }
        double before = num(row(rows, "140800", 2027), "gain_pp");
        double after = num(row(rows, "140800", 2033), "gain_pp");
        assertThat(after).as("city gain after 2030 against before").isGreaterThan(2 * before);
        for (Map<String, String> r : rows) {
            if (Integer.parseInt(r.get("year")) >= 2030) {
                assertThat(num(r, "treatment_degree_pct")).as(r.get("code") + " " + r.get("year"))
                        .isCloseTo(100, within(0.005));
            }
            assertThat(num(r, "treatment_km2")).isGreaterThanOrEqualTo(num(r, "bau_pace_km2") - 0.01);
        }
    }

    @Test
    void derivedCountyTargetsMeetTheCityMilestonesByArea() {
        String csv = CliRun.of("targets", "--format", "csv", "--county-targets", "derived").exits(ExitCode.OK).out();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(HEADER);
        List<Map<String, String>> rows = rows(csv);
        assertMeetsThePlan(rows);
        assertThat(rows.stream().filter(r -> !r.get("code").equals("140800")).map(r -> r.get("target_source")))
                .containsOnly("derived");
        // to 2030 about 0.3 points a year, after it about 1
        assertThat(num(row(rows, "140800", 2027), "gain_pp")).isCloseTo(0.30, within(0.01));
        assertThat(num(row(rows, "140800", 2033), "gain_pp")).isCloseTo(1.03, within(0.01));
    }

    @Test
    void aDatasetWithOnlyTheCityTargetsGetsEveryCountyTargetDerived(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir).keepRows("targets.csv", line -> line.startsWith("CITY,"));
        List<Map<String, String>> rows = csvRows(data);
        assertMeetsThePlan(rows);
        assertThat(table(data)).contains("meet the city target of 77.25 %").contains("they are not official targets")
                .contains("illustrative");
    }

    @Test
    void theBundledCountyTargetsAreKeptAndAddUpToTheCityTargets() {
        List<Map<String, String>> rows = rows(CliRun.of("targets", "--format", "csv").exits(ExitCode.OK).out());
        assertThat(rows).hasSize(13 * 11 + 11);
        assertThat(rows.stream().map(r -> r.get("target_source")).collect(Collectors.toSet())).containsOnly("targets.csv");
        assertMeetsThePlan(rows);
    }

    @Test
    void countyTargetsInTheFileAreKeptAndTheirOverFulfilmentIsSaid(@TempDir Path dir) throws Exception {
        // 盐湖区's 2030 target raised from 89.16 to 95.00: the counties then over-fulfil the city's 78.76
        DataFolder data = DataFolder.init(dir).editLine("targets.csv", 7, "swc_rate_pct,89\\.16", "swc_rate_pct,95.00");
        List<Map<String, String>> rows = csvRows(data);
        assertThat(row(rows, "140802", 2030).get("rate_pct")).isEqualTo("95.00");
        assertThat(num(row(rows, "140800", 2030), "rate_pct")).isGreaterThan(78.76);
        assertThat(row(rows, "140800", 2030).get("milestone_target_pct")).isEqualTo("78.76");
        assertThat(table(data)).contains("over-fulfilling its target of 78.76 %")
                .contains("Every county target comes from targets.csv").contains("Note: illustrative data");
    }

    @Test
    void aCountyTargetAlreadyPassedIsHeldNeverAPathDownwards(@TempDir Path dir) throws Exception {
        // 临猗县 (91.80 in 2024) with a 2025 target of 91.30
        DataFolder data = DataFolder.init(dir).editLine("targets.csv", 9, "swc_rate_pct,91\\.86", "swc_rate_pct,91.30");
        List<Map<String, String>> rows = csvRows(data);
        assertThat(row(rows, "140821", 2025).get("gain_pp")).isEqualTo("0.00");
        assertThat(table(data)).contains("临猗县");
    }

    @Test
    void chineseHeadersAndNotesInOfficialStyle() {
        String csv = CliRun.of("targets", "--format", "csv", "--headers", "zh").exits(ExitCode.OK).out();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("行政区划代码,县（市、区）,年份,对应目标年,阶段目标水土保持率(%)");
        String table = CliRun.of("targets", "--headers", "zh", "--county-targets", "derived").exits(ExitCode.OK).out();
        assertThat(table).contains("水土保持率年度目标（单位：%）").contains("2030年：")
                .contains("按面积汇总恰好达到全市目标78.76%").contains("个百分点").contains("非正式下达目标")
                .contains("示意数据").doesNotContain(" %");
        assertThat(CliRun.of("targets", "--format", "md", "--headers", "zh").exits(ExitCode.OK).out())
                .contains("## 水土保持率年度目标（单位：%）").contains("| 行政区划代码 | 县（市、区） |");
    }

    @Test
    void jsonCarriesTheMilestoneChecksTheSourcesAndTheRows() {
        String json = CliRun.of("targets", "--format", "json", "--county-targets", "derived").exits(ExitCode.OK).out();
        assertThat(json).contains("\"schema\": \"swc.targets/1\"").contains("\"county_targets\": \"derived\"")
                .contains("\"verdict\": \"met\"").contains("\"illustrative\": true").contains("\"source\": \"derived\"")
                .contains("\"k\": null").contains("\"county_milestone_targets\": [");
        assertThat(json.split("\"required_treatment_km2\"", -1)).hasSize(1 + 13 * 11 + 11);
        assertThat(json.split("\"target_pct\"", -1)).hasSize(1 + 13 * 3);
    }

    @Test
    void outputIsIdenticalOnASecondRun() {
        assertThat(CliRun.of("targets", "--format", "csv").out()).isEqualTo(CliRun.of("targets", "--format", "csv").out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRun.of("targets", "--county-targets", "mine").exits(ExitCode.USAGE).err())
                .contains("expected one of targets.csv, derived");
        CliRun.of("targets", "--headers", "fr").exits(ExitCode.USAGE);
        CliRun.of("targets", "--format", "html").exits(ExitCode.USAGE);
    }

    @Test
    void noCityTargetAheadIsAUsageError(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir).keepRows("targets.csv", line -> false);
        assertThat(CliRun.of("targets", "--data", data.toString()).exits(ExitCode.USAGE).err())
                .contains("no city 水土保持率 target after 2024");
    }

    @Test
    void theReportCarriesTheAnnexOnlyWhileAMilestoneLiesAhead(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report");
        CliRun.of("report", "--out", report.toString(), "--lang", "zh", "-q").exits(ExitCode.OK);
        assertThat(Files.readString(report.resolve("report.md"))).contains("### 各县（市、区）水土保持年度目标").containsPattern("表\\d+ 水土保持率年度目标（单位：%）");
        assertThat(report.resolve("tables/targets.csv")).exists();
        DataFolder data = DataFolder.init(dir.resolve("data")).keepRows("targets.csv",
                line -> line.startsWith("CITY,2025,swc_rate_pct") || line.startsWith("CITY,2030,treatment"));
        data.editLine("targets.csv", 2, "^CITY,2025,", "CITY,2022,");
        Path passed = dir.resolve("passed");
        CliRun.of("report", "--out", passed.toString(), "--data", data.toString(), "-q").exits(ExitCode.OK);
        assertThat(passed.resolve("tables/targets.csv")).doesNotExist();
    }

    @Test
    void badDataExitsThree(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir).setField("targets.csv", 3, 4, "abc");
        assertThat(CliRun.of("targets", "--data", dir.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains(data.file("targets.csv") + ":3:4 (value)");
    }

    private static Map<String, Double> landByCounty() {
        return CliRun.of("status", "--format", "csv").out().lines().skip(1).map(l -> l.split(","))
                .filter(c -> !c[0].equals("140800")).collect(Collectors.toMap(c -> c[0], c -> Double.parseDouble(c[4])));
    }
}

package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan's indicators counted over their periods, from their named items and from the treatment ledger. */
class IndicatorLedgersTest {
    @TempDir
    Path work;

    private static Map<String, String> indicator(String id, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "indicators";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--format";
        all[args.length + 2] = "csv";
        return CsvRows.of(CliRun.of(all).exits(ExitCode.OK).out()).stream().filter(r -> r.get("id").equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void theShowcaseWatershedsAreCountedFromTheirItemsSince2021() {
        Map<String, String> watersheds = indicator("high_quality_watersheds");
        assertThat(watersheds).containsEntry("count_from", "2021").containsEntry("five_year_plan", "fourteenth")
                .containsEntry("progress_basis", "item_ledger");
        // indicator_items.csv: 王家河 (2023), 张家窑 (2022), 李铁沟 (2024) done; 苍龙峪, 龙源沟 in progress
        assertThat(CsvRows.num(watersheds, "progress")).isEqualTo(3);
        assertThat(CsvRows.num(watersheds, "remaining")).isEqualTo(2);
        // 2 left for 2025, the one year after 2024
        assertThat(watersheds).containsEntry("years_left", "1");
        assertThat(CsvRows.num(watersheds, "pace_needed_per_year")).isEqualTo(2);

        String json = CliRun.of("indicators", "--format", "json").exits(ExitCode.OK).out();
        for (String[] named : List.of(new String[] {"夏县王家河小流域", "夏县"}, new String[] {"永济市张家窑小流域", "永济市"},
                new String[] {"永济市苍龙峪小流域", "永济市"}, new String[] {"平陆县李铁沟小流域", "平陆县"},
                new String[] {"平陆县龙源沟小流域", "平陆县"})) {
            assertThat(json).containsPattern("\"indicator\": \"high_quality_watersheds\",\\s+\"code\": \"\\d{6}\",\\s+"
                    + "\"county\": \"" + named[1] + "\",\\s+\"name_zh\": \"" + named[0] + "\"");
        }
        assertThat(CliRun.of("indicators").exits(ExitCode.OK).out()).contains("Wangjiahe small watershed, Xia County")
                .contains("Xia County");
    }

    @Test
    void theEcoCleanWatershedsCountFrom2026WithTheirPaceOverFiveYears() {
        Map<String, String> clean = indicator("eco_clean_watersheds");
        assertThat(clean).containsEntry("count_from", "2026").containsEntry("five_year_plan", "fifteenth")
                .containsEntry("years_left", "5");
        // 7 (at least) by 2030, none yet: 7 / 5 years (2026–2030) = 1.40 a year, not 7 / 6 = 1.17
        assertThat(CsvRows.num(clean, "remaining")).isEqualTo(7);
        assertThat(CsvRows.num(clean, "pace_needed_per_year")).isCloseTo(1.40, within(1e-9));
    }

    @Test
    void validateNamesBothCheckDamFigures() {
        CliRun run = CliRun.of("validate", "--format", "json").exits(ExitCode.OK);
        // indicators.csv reports 9; treatment.csv's check_dams_new: 1 (2021) + 2 (2022) + 1 (2023) + 1 (2024)
        assertThat(run.out()).containsPattern("\"line\": 6,\\s+\"column\": 9,\\s+\"field\": \"progress\",\\s+"
                + "\"message\": \"check_dams reports progress 9 as of 2024, but treatment.csv's check_dams_new adds up "
                + "to 5 for 2021–2024; the ledger's figure is used\"");
        assertThat(indicator("check_dams")).containsEntry("progress", "5.00").containsEntry("reported_progress", "9.00")
                .containsEntry("progress_basis", "treatment_ledger");
    }

    @Test
    void upgradingRaisesTheSlopeFarmlandIndicatorAndLeavesTreatmentDegreeNewTerracesRaiseIt() throws IOException {
        Path data = work.resolve("data");
        DataFolder folder = DataFolder.init(data);
        String[] at = {"--data", data.toString()};
        double slope = CsvRows.num(indicator("slope_farmland_km2", at), "progress");
        String degree = yanhuDegree(data);

        // 盐湖区 2024, its own row (line 11 of treatment.csv): upgraded_terrace_km2 (column 12) 1.21 → 11.21
        folder.setField("treatment.csv", 11, 12, "11.21");
        assertThat(CsvRows.num(indicator("slope_farmland_km2", at), "progress")).isCloseTo(slope + 10, within(1e-9));
        assertThat(yanhuDegree(data)).isEqualTo(degree);

        // then 10 km² more of new terraces (column 3: 2.66 → 12.66)
        folder.setField("treatment.csv", 11, 3, "12.66");
        assertThat(CsvRows.num(indicator("slope_farmland_km2", at), "progress")).isCloseTo(slope + 10, within(1e-9));
        assertThat(Double.parseDouble(yanhuDegree(data))).isGreaterThan(Double.parseDouble(degree));
    }

    private static String yanhuDegree(Path data) {
        return CsvRows.of(CliRun.of("status", "--data", data.toString(), "--format", "csv").exits(ExitCode.OK).out())
                .stream().filter(r -> r.get("code").equals("140802")).findFirst().orElseThrow()
                .get("treatment_degree_pct");
    }

    @Test
    void anItemDoneBeforeItsPeriodIsListedNotCountedAndValidateSaysSo() throws IOException {
        Path data = work.resolve("data");
        DataFolder folder = DataFolder.init(data);
        List<String> lines = java.nio.file.Files.readAllLines(folder.file("indicator_items.csv"));
        int huilong = lines.indexOf(lines.stream().filter(l -> l.startsWith("ecw_linyi_huilong,")).findFirst()
                .orElseThrow()) + 1;
        folder.editLine("indicator_items.csv", huilong, ",planned,,", ",已完成,2024,");
        assertThat(CsvRows.num(indicator("eco_clean_watersheds", "--data", data.toString()), "progress")).isZero();
        assertThat(CliRun.of("validate", "--data", data.toString(), "--format", "json").exits(ExitCode.OK).out())
                .contains("item ecw_linyi_huilong was completed in 2024, before eco_clean_watersheds counts from 2026; "
                        + "it is not counted");
    }
}

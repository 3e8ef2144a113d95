package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development zone: its own rows in the treatment ledger roll up into 盐湖区, and its tasks carry them. */
class SubunitsTest {
    @TempDir
    Path work;

    @Test
    void theZonesTasksCarryItsFiguresAndOtherUnitsHaveNone() {
        List<Map<String, String>> zone = CsvRows.ofJsonSection(CliRun.of("tasks", "--unit", "运城开发区管委会",
                "--format", "json").exits(ExitCode.OK).out(), "unit_figures");
        assertThat(zone).extracting(r -> r.get("year")).containsExactly("2021", "2022", "2023", "2024");
        assertThat(zone).allSatisfy(r -> assertThat(r).containsEntry("parent", "140802"));
        // treatment.csv's zone row of 2024: 0.74 + 0.48 + 0.11 + 0.07 km², 171.20 万元
        assertThat(Double.parseDouble(zone.get(3).get("new_treated_km2"))).isCloseTo(1.40, within(1e-9));
        assertThat(zone.get(3)).containsEntry("investment_wan", "171.20");
        assertThat(CsvRows.ofJsonSection(CliRun.of("tasks", "--unit", "夏县人民政府", "--format", "json")
                .exits(ExitCode.OK).out(), "unit_figures")).isEmpty();
    }

    @Test
    void yanhusFiguresAreItsOwnRowPlusTheZonesCountedOnce() throws Exception {
        Path data = work.resolve("data");
        DataFolder folder = DataFolder.init(data);
        String before = yanhuTreated(data);
        // without the sub-unit's rows, 盐湖区 loses exactly the zone's 2021–2024 treatment
        folder.keepRows("treatment.csv", line -> !line.contains(",yuncheng_dev_zone,"));
        double zone = 0.62 + 0.41 + 0.12 + 0.08 + 0.70 + 0.45 + 0.10 + 0.06 + 0.66 + 0.52 + 0.14 + 0.09 + 0.74 + 0.48
                + 0.11 + 0.07;
        assertThat(Double.parseDouble(before) - Double.parseDouble(yanhuTreated(data))).isCloseTo(zone, within(0.006));
    }

    @Test
    void aRowNamingAnUndeclaredSubunitIsAnErrorAtItsCell() throws Exception {
        Path data = work.resolve("data");
        DataFolder.init(data).editLine("treatment.csv", 6, ",yuncheng_dev_zone,", ",free_zone,");
        CliRun run = CliRun.of("validate", "--data", data.toString()).exits(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains(data.resolve("treatment.csv") + ":6:14 (subunit): unknown sub-unit "
                + "\"free_zone\" (not in subunits.csv)");
    }

    @Test
    void exportAndImportKeepTheZonesRowsApart() throws Exception {
        Path data = work.resolve("data");
        DataFolder folder = DataFolder.init(data);
        Path exported = work.resolve("treatment-export.csv");
        CliRun.of("export", "--kind", "treatment", "--data", data.toString(), "-o", exported.toString())
                .exits(ExitCode.OK);
        Files.delete(folder.file("treatment.csv"));
        CliRun.of("import", exported.toString(), "--kind", "treatment", "--into", data.toString()).exits(ExitCode.OK);
        assertThat(Files.readAllLines(folder.file("treatment.csv")).stream().filter(l -> l.contains(",yuncheng_dev_zone,")))
                .hasSize(4);
        assertThat(yanhuTreated(data)).isEqualTo(yanhuTreated(DataFolder.init(work.resolve("fresh")).file("")));
    }

    private static String yanhuTreated(Path data) {
        return CsvRows.of(CliRun.of("status", "--data", data.toString(), "--format", "csv").exits(ExitCode.OK).out())
                .stream().filter(r -> r.get("code").equals("140802")).findFirst().orElseThrow().get("treated_cum_km2");
    }

    @Test
    void theZonesSupervisionRowsRollIntoYanhuAndShowWithItsTasks() {
        List<Map<String, String>> zone = CsvRows.ofJsonSection(CliRun.of("tasks", "--unit", "运城开发区管委会",
                "--format", "json").exits(ExitCode.OK).out(), "unit_supervision");
        assertThat(zone).extracting(r -> r.get("year")).containsExactly("2021", "2022", "2023", "2024");
        // supervision.csv 2024: 盐湖区's own row 43 plans, 10.85 km² disturbed; the zone's 13 and 3.18
        assertThat(zone.get(3)).containsEntry("plans_approved", "13").containsEntry("disturbed_area_km2", "3.18");
        Map<String, String> yanhu2024 = CsvRows.of(CliRun.of("supervision", "--county", "盐湖区", "--year", "2024",
                "--format", "csv").exits(ExitCode.OK).out()).get(0);
        assertThat(yanhu2024).containsEntry("plans_approved", "56").containsEntry("disturbed_area_km2", "14.03");
        // one row per county and year, the zone's rows rolled in
        assertThat(CsvRows.of(CliRun.of("supervision", "--format", "csv").exits(ExitCode.OK).out())).hasSize(13 * 4);
    }

    @Test
    void aSupervisionRowNamingAnotherCountysSubunitIsAnErrorAtItsCell() throws Exception {
        Path data = work.resolve("data");
        // line 4 of supervision.csv: 盐湖区 2021's own row follows on line 2, the zone's on line 3; 临猗县's first row later
        DataFolder folder = DataFolder.init(data);
        List<String> lines = Files.readAllLines(folder.file("supervision.csv"));
        int linyi = lines.indexOf(lines.stream().filter(l -> l.startsWith("140821,2021,")).findFirst().orElseThrow()) + 1;
        folder.editLine("supervision.csv", linyi, ",,illustrative$", ",yuncheng_dev_zone,illustrative");
        CliRun run = CliRun.of("validate", "--data", data.toString()).exits(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains(data.resolve("supervision.csv") + ":" + linyi + ":11 (subunit): sub-unit "
                + "yuncheng_dev_zone lies in 140802, not in 140821");
    }
}

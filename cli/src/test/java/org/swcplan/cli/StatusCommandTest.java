package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
    private static final List<String> HEADER = List.of("code", "name_zh", "name_en", "year", "land_area_km2",
            "erosion_km2", "erosion_light_km2", "erosion_moderate_km2", "erosion_intense_km2",
            "erosion_very_intense_km2", "erosion_severe_km2", "swc_rate_pct", "change_pp", "treated_cum_km2",
            "treatment_degree_pct", "unit_type");

    @Test
    void tableShowsThirteenCountiesThenTheCityAndTheIllustrativeNote() {
        CliRun run = CliRun.of("status").exits(ExitCode.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.stream().filter(l -> l.matches("1408(?!00)\\d\\d .*"))).hasSize(13);
        assertThat(lines.stream().filter(l -> l.startsWith("140800 "))).hasSize(1);
        assertThat(run.out()).contains("2024").contains("盐湖区").contains("Note: illustrative data");
    }

    @Test
    void tableAlignsChineseNamesByDisplayWidth() {
        List<String> rows = CliRun.of("status").exits(ExitCode.OK).out().lines()
                .filter(l -> l.matches("(1408\\d\\d|CITY) .*")).toList();
        // 绛县 (two wide characters) and 盐湖区 (three) must leave the next column at the same place
        int expected = org.swcplan.reports.text.DisplayWidth.of(rows.get(0).substring(0, rows.get(0).indexOf("Yanhu")));
        for (String row : rows) {
            String name = row.split("\\s{2,}")[2];
            assertThat(org.swcplan.reports.text.DisplayWidth.of(row.substring(0, row.indexOf(name))))
                    .as(row).isEqualTo(expected);
        }
    }

    @Test
    void csvRatesFollowFromTheirOwnColumnsAndTheCityIsAreaWeighted() {
        List<String[]> rows = csvRows(CliRun.of("status", "--format", "csv").exits(ExitCode.OK).out());
        double land = 0;
        double erosion = 0;
        for (String[] row : rows.subList(0, 13)) {
            double rowLand = Double.parseDouble(row[4]);
            double rowErosion = Double.parseDouble(row[5]);
            assertThat(Double.parseDouble(row[11])).as(row[0])
                    .isCloseTo(100 * (rowLand - rowErosion) / rowLand, within(0.01));
            double classes = Arrays.stream(row, 6, 11).mapToDouble(Double::parseDouble).sum();
            assertThat(rowErosion).as(row[0]).isCloseTo(classes, within(0.011));
            land += rowLand;
            erosion += rowErosion;
        }
        String[] city = rows.get(13);
        assertThat(city[0]).isEqualTo("140800");
        assertThat(Double.parseDouble(city[11])).isCloseTo(100 * (land - erosion) / land, within(0.01));
    }

    @Test
    void csvHasTheContractColumnsInOrder() {
        String out = CliRun.of("status", "--format", "csv", "--year", "2023").exits(ExitCode.OK).out();
        assertThat(out.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", HEADER));
        assertThat(csvRows(out)).hasSize(14).allSatisfy(row -> assertThat(row[3]).isEqualTo("2023"));
    }

    @Test
    void jsonCarriesTheSameRowsAndTheIllustrativeFlag() {
        String out = CliRun.of("status", "--format", "json").exits(ExitCode.OK).out();
        assertThat(out).contains("\"illustrative\": true").contains("\"code\": \"140800\"")
                .contains("\"swc_rate_pct\": 77.07");
        assertThat(out.split("\"code\": ", -1)).hasSize(15);
    }

    @Test
    void outputOptionWritesTheFileAndNothingToStdout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("status.csv");
        CliRun run = CliRun.of("status", "--format", "csv", "-o", file.toString()).exits(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(CliRun.of("status", "--format", "csv").out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("status", "--colour").exits(ExitCode.USAGE);
        assertThat(run.err()).startsWith("error: Unknown option: '--colour'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badFormatIsAUsageError() {
        assertThat(CliRun.of("status", "--format", "xml").exits(ExitCode.USAGE).err()).contains("--format");
    }

    @Test
    void yearWithoutDataIsAUsageErrorNamingTheLatestYear() {
        assertThat(CliRun.of("status", "--year", "2010").exits(ExitCode.USAGE).err())
                .contains("--year 2010").contains("2024");
    }

    @Test
    void badDataExitsThreeNamingFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path monitoring = DataFolder.init(dir).setField("monitoring.csv", 10, 5, "n/a").file("monitoring.csv");

        CliRun run = CliRun.of("status", "--data", dir.toString()).exits(ExitCode.INVALID_DATA);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(monitoring + ":10:5 (erosion_moderate_km2): expected a number, found \"n/a\"");
    }

    private static List<String[]> csvRows(String csv) {
        return csv.lines().skip(1).map(l -> l.split(",", -1)).toList();
    }
}

package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
    private static List<String[]> rows(String csv) {
        return csv.lines().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @Test
    void csvQuantilesAreOrderedWithinZeroToHundredAndRepeatable() {
        String first = CliRun.of("forecast", "--format", "csv").exits(ExitCode.OK).out();
        assertThat(first.lines().findFirst().orElseThrow())
                .isEqualTo("code,year,method,median_pct,lo80_pct,hi80_pct,lo95_pct,hi95_pct,unit_type");
        List<String[]> rows = rows(first);
        assertThat(rows).hasSize(14 * 11);
        for (String[] row : rows) {
            double[] v = Arrays.stream(row, 3, 8).mapToDouble(Double::parseDouble).toArray();
            double median = v[0];
            double lo80 = v[1];
            double hi80 = v[2];
            double lo95 = v[3];
            double hi95 = v[4];
            assertThat(lo95).as(String.join(",", row)).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(lo80);
            assertThat(lo80).as(String.join(",", row)).isLessThanOrEqualTo(median);
            assertThat(median).as(String.join(",", row)).isLessThanOrEqualTo(hi80);
            assertThat(hi80).as(String.join(",", row)).isLessThanOrEqualTo(hi95);
            assertThat(hi95).as(String.join(",", row)).isLessThanOrEqualTo(100);
        }
        assertThat(CliRun.of("forecast", "--format", "csv").out()).isEqualTo(first);
    }

    @Test
    void oneCountyWithItsObservedYears() {
        List<String[]> rows = rows(CliRun.of("forecast", "--county", "夏县", "--to", "2027", "--observed", "--format", "csv")
                .exits(ExitCode.OK).out());
        assertThat(rows).extracting(r -> r[0] + " " + r[1] + " " + r[2]).containsExactly(
                "140828 2018 observed", "140828 2019 observed", "140828 2020 observed", "140828 2021 observed",
                "140828 2022 observed", "140828 2023 observed", "140828 2024 observed",
                "140828 2025 auto", "140828 2026 auto", "140828 2027 auto");
        assertThat(rows.get(6)[3]).isEqualTo(rows.get(6)[7]);
    }

    @Test
    void aCountyOrTheCityAsImportsNameThem() {
        String city = CliRun.of("forecast", "--county", "CITY", "--to", "2026", "--format", "csv").exits(ExitCode.OK).out();
        for (String name : List.of("运城", "运城市", "全市", "140800", "Yuncheng")) {
            assertThat(CliRun.of("forecast", "--county", name, "--to", "2026", "--format", "csv").exits(ExitCode.OK).out())
                    .as(name).isEqualTo(city);
        }
        String xia = CliRun.of("forecast", "--county", "140828", "--to", "2026", "--format", "csv").exits(ExitCode.OK).out();
        for (String name : List.of("夏县", "夏县 ", "Xiaxian", "xia-xian", "Xia County")) {
            assertThat(CliRun.of("forecast", "--county", name, "--to", "2026", "--format", "csv").exits(ExitCode.OK).out())
                    .as(name).isEqualTo(xia);
        }
    }

    @Test
    void anotherSeedGivesOtherIntervalsButTheSameShape() {
        String a = CliRun.of("forecast", "--county", "CITY", "--format", "csv").exits(ExitCode.OK).out();
        String b = CliRun.of("forecast", "--county", "CITY", "--format", "csv", "--seed", "7").exits(ExitCode.OK).out();
        assertThat(a).isNotEqualTo(b);
        assertThat(rows(a)).hasSameSizeAs(rows(b));
    }

    @Test
    void everyMethodRuns() {
        for (String method : org.swcplan.model.forecast.ForecastMethods.ids()) {
            CliRun run = CliRun.of("forecast", "--method", method, "--to", "2030", "--paths", "200", "--format", "json");
            run.exits(ExitCode.OK);
            assertThat(run.out()).contains("\"method\": \"" + method + "\"");
        }
    }

    @Test
    void tableNamesTheMethodAndTheIllustrativeData() {
        assertThat(CliRun.of("forecast", "--county", "Yuanqu").exits(ExitCode.OK).out())
                .contains("垣曲县").contains("method auto").contains("Note: illustrative data");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRun.of("forecast", "--method", "prophet").exits(ExitCode.USAGE).err()).contains("unknown method");
        assertThat(CliRun.of("forecast", "--county", "atlantis").exits(ExitCode.USAGE).err()).contains("no county");
        assertThat(CliRun.of("forecast", "--to", "2020").exits(ExitCode.USAGE).err()).contains("after the last observed");
    }

    @Test
    void badDataExitsThree(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir).setField("monitoring.csv", 3, 3, "-5");
        assertThat(CliRun.of("forecast", "--data", dir.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains(data.file("monitoring.csv") + ":3:3 (land_area_km2)");
    }
}

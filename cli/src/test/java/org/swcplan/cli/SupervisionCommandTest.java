package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisionCommandTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void csvHasOneRowPerCountyAndYearWithTheRates() {
        List<String> lines = CliRun.of("supervision", "--format", "csv").exits(ExitCode.OK).out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("code,name_zh,year,plans_approved,patches_found,patches_handled,"
                + "handling_rate_pct,compensation_fee_wan,acceptance_filings,cases_opened,cases_closed,closure_rate_pct,"
                + "disturbed_area_km2,source");
        List<String> rows = lines.subList(1, lines.size());
        // 13 counties × 2021–2024, no city total in CSV
        assertThat(rows).hasSize(52).noneMatch(r -> r.startsWith("140800,"));
        assertThat(rows.stream().map(r -> r.substring(0, r.indexOf(',', 7) + 5)).distinct()).hasSize(52);
        // the bundled 河津市 2024 row: 53 of 65 patches handled = 81.54 %, 9 of 9 cases closed
        assertThat(rows).contains("140882,河津市,2024,46,65,53,81.54,621.31,27,9,9,100.00,24.92,illustrative");
        // 绛县 did not measure its disturbed area in 2021: empty, not zero
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("140826,绛县,2021,").endsWith(",,illustrative"));
    }

    @Test
    void tablesAddEachYearsCityTotalInTheReadersLanguage() {
        String en = CliRun.of("supervision", "--wide").exits(ExitCode.OK).out();
        assertThat(en).startsWith("Supervision of production and construction projects: all counties, 2021–2024");
        assertThat(en.lines().filter(l -> l.startsWith("140800  City total"))).hasSize(4);
        String zh = CliRun.of("supervision", "--headers", "zh", "--format", "md", "--year", "2024")
                .exits(ExitCode.OK).out();
        assertThat(zh).startsWith("# 生产建设项目水土保持监督管理：各县（市、区），2024年")
                .contains("| 140800 | 全市合计 | 2024 |").contains("图斑查处率(%)").doesNotContain("City total");
    }

    @Test
    void countyAndYearSelectRows() {
        List<String> rows = CliRun.of("supervision", "--county", "河津市", "--year", "2024", "--format", "csv")
                .exits(ExitCode.OK).out().lines().skip(1).toList();
        assertThat(rows).singleElement().satisfies(r -> assertThat(r).startsWith("140882,河津市,2024,"));
        String table = CliRun.of("supervision", "--county", "Hejin").exits(ExitCode.OK).out();
        assertThat(table).startsWith("Supervision of production and construction projects: Hejin City, 2021–2024")
                .doesNotContain("City total");
    }

    @Test
    void aYearOrCountyTheLedgerLacksIsAUsageError() {
        assertThat(CliRun.of("supervision", "--year", "2019").exits(ExitCode.USAGE).err())
                .contains("--year 2019: the ledger has no rows for it (years 2021–2024)");
        assertThat(CliRun.of("supervision", "--county", "nowhere").exits(ExitCode.USAGE).err()).contains("no county");
        CliRun.of("supervision", "--county", "CITY").exits(ExitCode.USAGE);
    }

    @Test
    void aMissingLedgerIsNamedWithTheInvalidDataCode(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("d"));
        Files.delete(data.file("supervision.csv"));
        assertThat(CliRun.of("supervision", "--data", data.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains("supervision.csv").contains("no supervision ledger");
        CliRun.of("status", "--data", data.toString()).exits(ExitCode.OK);
        Files.writeString(data.file("supervision.csv"), "code,year,plans_approved,patches_found,patches_handled,"
                + "compensation_fee_wan,acceptance_filings,cases_opened,cases_closed\n");
        assertThat(CliRun.of("supervision", "--data", data.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains("no supervision ledger");
    }

    @Test
    void aBadCellIsNamedByFileLineAndColumn(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("d")).setField("supervision.csv", 3, 8, "many");
        String err = CliRun.of("supervision", "--data", data.toString()).exits(ExitCode.INVALID_DATA).err();
        assertThat(err).contains("supervision.csv:3:8 (cases_opened): expected a whole number, found \"many\"")
                .doesNotContain("Exception");
    }

    @Test
    void aGbkFileWithChineseHeadersImportsLikeTheCanonicalFile(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, ("县区,年份,方案审批数,图斑数,查处图斑,补偿费(万元),验收报备数,立案数,结案数,扰动面积,来源\r\n"
                + "河津,2025,40,70,61,\"1,002.50\",30,11,10,27.1,县水利局台账\r\n"
                + "夏县,2025,31,19,19,350,16,3,3,,县水利局台账\r\n").getBytes(GBK));
        Path canonical = dir.resolve("canonical.csv");
        Files.writeString(canonical, "code,year,plans_approved,patches_found,patches_handled,compensation_fee_wan,"
                + "acceptance_filings,cases_opened,cases_closed,disturbed_area_km2,source\n"
                + "140882,2025,40,70,61,1002.50,30,11,10,27.1,县水利局台账\n140828,2025,31,19,19,350,16,3,3,,县水利局台账\n");
        DataFolder a = DataFolder.init(dir.resolve("a"));
        DataFolder b = DataFolder.init(dir.resolve("b"));
        CliRun.of("import", gbk.toString(), "--kind", "supervision", "--into", a.toString()).exits(ExitCode.OK);
        CliRun.of("import", canonical.toString(), "--kind", "supervision", "--into", b.toString()).exits(ExitCode.OK);
        assertThat(Files.readString(a.file("supervision.csv"))).isEqualTo(Files.readString(b.file("supervision.csv")))
                .contains("\n140882,2025,40,70,61,1002.5,30,11,10,27.1,,县水利局台账\n")
                .contains("\n140828,2025,31,19,19,350,16,3,3,,,县水利局台账\n");
        assertThat(CliRun.of("supervision", "--data", a.toString(), "--year", "2025", "--format", "csv")
                .exits(ExitCode.OK).out().lines().skip(1)).hasSize(2);
    }

    @Test
    void theLedgerIsATableKindWhoseCountsSum() {
        // the ledger's rows as recorded: one a county and year, and the development zone's own rows apart
        assertThat(CliRun.of("table", "supervision", "--format", "csv").exits(ExitCode.OK).out().lines().skip(1))
                .hasSize(52 + 4);
        List<String> rows = CliRun.of("table", "supervision", "--where", "year=2024", "--by", "year", "--sum",
                "patches_found,cases_opened", "--format", "csv").exits(ExitCode.OK).out().lines().skip(1).toList();
        String total = CliRun.of("supervision", "--year", "2024", "--wide").exits(ExitCode.OK).out().lines()
                .filter(l -> l.startsWith("140800")).findFirst().orElseThrow();
        // the city total of the supervision command and the table's sum agree
        String[] cells = rows.get(0).split(",");
        assertThat(total.split("\\s+")).contains(cells[cells.length - 2], cells[cells.length - 1]);
    }

    @Test
    void moreHandledThanFoundIsAWarningOnly(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("d")).setField("supervision.csv", 2, 5, "99");
        CliRun run = CliRun.of("validate", "--data", data.toString()).exits(ExitCode.OK);
        assertThat(run.err() + run.out()).contains("supervision.csv:2:5");
    }
}

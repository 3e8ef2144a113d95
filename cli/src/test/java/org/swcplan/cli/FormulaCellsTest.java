package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and sources that a spreadsheet would run as formulas never reach a CSV the tool writes as
 * live cells: not on stdout, not through -o, not in the report's tables; and an export imported
 * again gives back the original text exactly.
 */
class FormulaCellsTest {
    /** A cell a spreadsheet would evaluate: =, +, @, tab or CR first, or - before something not a number. */
    private static final Pattern LIVE = Pattern.compile("^(?:[=+@\\t\\r]|-(?![0-9.]))");
    private static final String NAME = "=HYPERLINK(\"http://x\",\"盐湖区\")";
    private static final String SOURCE = "@SUM(A1:A9)县";
    private static final String PARAM_SOURCE = "+cmd|' /C calc'!A0";

    @TempDir
    Path dir;
    DataFolder data;

    @BeforeEach
    void plantFormulas() throws IOException {
        data = DataFolder.init(dir.resolve("data")).editLine("counties.csv", 2, "盐湖区", NAME.replace("\"", "\"\"")
                .replace("$", "\\$")).editLine("monitoring.csv", 2, "illustrative$", SOURCE)
                .editLine("params.csv", 2, "illustrative[^,]*$", PARAM_SOURCE.replace("$", "\\$"))
                .editLine("treatment.csv", 2, "illustrative$", "-x");
        // the name holds commas and quotes: quote the cell
        data.editLine("counties.csv", 2, "^140802,(.*?),Yanhu", "140802,\"$1\",Yanhu");
    }

    @Test
    void csvOnStdoutHoldsNoLiveCell() {
        for (List<String> command : List.of(List.of("status"), List.of("gap"), List.of("allocate", "--milestone", "2030"),
                List.of("validate"))) {
            String[] args = Stream.concat(command.stream(), Stream.of("--data", data.toString(), "--format", "csv"))
                    .toArray(String[]::new);
            assertNoLiveCell(String.join(" ", command), CliRun.of(args).out());
        }
    }

    @Test
    void filesWrittenWithDashOAndTheReportTablesHoldNoLiveCell() throws IOException {
        Path status = dir.resolve("status.csv");
        CliRun.of("status", "--data", data.toString(), "--format", "csv", "-o", status.toString()).exits(ExitCode.OK);
        assertNoLiveCell("status -o", Files.readString(status, StandardCharsets.UTF_8));
        for (String kind : List.of("monitoring", "treatment", "status", "gap", "allocation")) {
            Path out = dir.resolve(kind + ".csv");
            CliRun.of("export", "--data", data.toString(), "--kind", kind, "-o", out.toString()).exits(ExitCode.OK);
            assertNoLiveCell("export " + kind, Files.readString(out, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        }
        Path report = dir.resolve("R");
        CliRun.of("report", "--data", data.toString(), "--out", report.toString(), "-q").exits(ExitCode.OK);
        try (Stream<Path> tables = Files.list(report.resolve("tables"))) {
            for (Path table : tables.toList()) {
                assertNoLiveCell(table.getFileName().toString(),
                        Files.readString(table, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            }
        }
    }

    @Test
    void exportThenImportGivesBackTheOriginalText() throws IOException {
        for (String kind : List.of("monitoring", "treatment")) {
            Path out = dir.resolve(kind + ".csv");
            CliRun.of("export", "--data", data.toString(), "--kind", kind, "-o", out.toString()).exits(ExitCode.OK);
            DataFolder copy = DataFolder.init(dir.resolve("copy-" + kind));
            Files.copy(data.file("counties.csv"), copy.file("counties.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            CliRun.of("import", out.toString(), "--kind", kind, "--into", copy.toString(), "--replace").exits(ExitCode.OK);
            Path again = dir.resolve(kind + "-again.csv");
            CliRun.of("export", "--data", copy.toString(), "--kind", kind, "-o", again.toString()).exits(ExitCode.OK);
            assertThat(Files.readString(again)).as(kind).isEqualTo(Files.readString(out));
        }
        assertThat(Files.readString(dir.resolve("copy-monitoring").resolve("monitoring.csv")))
                .contains("\n140802,2018,1237,118.22,38.94,16.22,8.85,2.97,0,,estimated," + SOURCE + "\n");
        assertThat(Files.readString(dir.resolve("copy-treatment").resolve("treatment.csv"))).contains(",-x\n");
    }

    private static void assertNoLiveCell(String what, String csv) {
        assertThat(csv).as(what).isNotEmpty();
        for (Map<String, String> row : CsvRows.of(csv)) {
            row.forEach((column, cell) -> assertThat(LIVE.matcher(cell).find())
                    .as("%s: %s = %s", what, column, cell).isFalse());
        }
    }
}

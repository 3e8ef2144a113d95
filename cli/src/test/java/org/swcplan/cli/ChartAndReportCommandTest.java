package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartAndReportCommandTest {
    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    @Test
    void chartCommandWritesPngAndSvgOfEveryKind(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("chart", "--out", dir.toString(), "--county", "夏县", "--lang", "en").exits(ExitCode.OK);
        assertThat(names(dir)).containsExactly("allocation-2025.png", "allocation-2025.svg", "allocation-2030.png",
                "allocation-2030.svg", "allocation-2035.png", "allocation-2035.svg", "gaps-2025.png", "gaps-2025.svg",
                "gaps-2030.png", "gaps-2030.svg", "gaps-2035.png", "gaps-2035.svg", "map-rate-2024.png",
                "map-rate-2024.svg", "map-status-2025.png", "map-status-2025.svg", "map-status-2030.png",
                "map-status-2030.svg", "map-status-2035.png", "map-status-2035.svg", "tilemap-2024.png", "tilemap-2024.svg",
                "trajectory-140828.png", "trajectory-140828.svg");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("trajectory-140828.svg"))).contains("Xia County");
    }

    /** Filled paths with more than 20 corners: the county outlines (legend swatches and backgrounds have four). */
    private static long outlines(String svg) {
        return Pattern.compile("<path d=\"([^\"]*)\"[^>]*fill:rgb").matcher(svg).results()
                .filter(m -> m.group(1).split("L").length > 20).count();
    }

    @Test
    void mapsDrawEveryCountysOutlineLabelledAndMarkedSchematic(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("chart", "--kind", "map", "--svg", "--lang", "en", "--out", dir.toString())
                .exits(ExitCode.OK);
        assertThat(names(dir)).containsExactly("map-rate-2024.svg", "map-status-2025.svg", "map-status-2030.svg",
                "map-status-2035.svg");
        assertThat(run.err()).doesNotContain("warning:");
        String rate = Files.readString(dir.resolve("map-rate-2024.svg"));
        assertThat(outlines(rate)).isEqualTo(13);
        assertThat(rate).contains("SWC rate by county, 2024", ">Yanhu<", ">Hejin<", ">88.3 %<",
                "Schematic map; boundaries for reference only");
        assertThat(outlines(Files.readString(dir.resolve("map-status-2030.svg")))).isEqualTo(13);
    }

    @Test
    void withoutBoundariesTheMapsAreTileMapsWithOneWarning(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Files.delete(data.file("boundaries.geojson"));
        Path out = dir.resolve("charts");
        CliRun run = CliRun.of("chart", "--kind", "map", "--lang", "en", "--data", data.toString(), "--out",
                out.toString()).exits(ExitCode.OK);
        assertThat(run.err().lines().filter(l -> l.startsWith("warning:")).toList()).containsExactly(
                "warning: the dataset has no county outlines (boundaries.geojson); maps are drawn as tile maps");
        assertThat(names(out)).contains("map-rate-2024.png", "map-rate-2024.svg", "map-status-2030.svg");
        assertThat(outlines(Files.readString(out.resolve("map-rate-2024.svg")))).isZero();
        assertThat(Files.readString(out.resolve("map-rate-2024.svg"))).contains("SWC rate by county, 2024");
    }

    @Test
    void aMalformedBoundaryFileStopsTheMapsWithItsPlace(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Files.writeString(data.file("boundaries.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[\n{]}\n");
        CliRun run = CliRun.of("chart", "--kind", "map", "--data", data.toString(), "--out",
                dir.resolve("charts").toString()).exits(ExitCode.INVALID_DATA);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .startsWith(data.file("boundaries.geojson") + ":2:2").contains("not valid JSON");
        assertThat(dir.resolve("charts")).doesNotExist();
    }

    @Test
    void oneKindInOneFormat(@TempDir Path dir) throws Exception {
        CliRun.of("chart", "--kind", "gaps", "--milestone", "2030", "--svg", "--out", dir.toString()).exits(ExitCode.OK);
        assertThat(names(dir)).containsExactly("gaps-2030.svg");
    }

    @Test
    void chineseChartsWarnOnceWhenNoFontCanShowChinese(@TempDir Path dir) {
        CliRun run = CliRun.of("chart", "--kind", "tilemap", "--png", "--out", dir.toString()).exits(ExitCode.OK);
        long warnings = run.err().lines().filter(l -> l.startsWith("warning:")).count();
        // with a CJK font installed there is no warning; without one, exactly one
        assertThat(warnings).isLessThanOrEqualTo(1);
        if (warnings == 1) {
            assertThat(run.err()).contains("English labels");
        }
    }

    @Test
    void reportIsCompleteAndIdenticalWhenWrittenTwice(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("A");
        Path b = dir.resolve("B");
        CliRun.of("report", "--year", "2024", "--out", a.toString(), "-q").exits(ExitCode.OK);
        CliRun.of("report", "--year", "2024", "--out", b.toString(), "-q").exits(ExitCode.OK);
        List<String> files = names(a);
        assertThat(files).isEqualTo(names(b));
        for (String file : files) {
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
        assertThat(files).contains("index.html", "report.md", "manifest.json", "tables/gaps.csv", "tables/tasks.csv")
                .filteredOn(f -> f.startsWith("charts/trajectory-") && f.endsWith(".svg")).hasSize(14);
        assertThat(files).filteredOn(f -> f.startsWith("charts/gaps-")).hasSize(6);
        assertThat(files).contains("charts/map-rate-2024.png", "charts/allocation-2030.svg");
        try (Stream<Path> leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("A", "B");
        }
    }

    @Test
    void anEarlierReportIsReplacedOnlyWithForce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("R");
        CliRun.of("report", "--out", out.toString(), "-q").exits(ExitCode.OK);
        Files.writeString(out.resolve("index.html"), "edited");
        assertThat(CliRun.of("report", "--out", out.toString()).exits(ExitCode.USAGE).err()).contains("--force");
        assertThat(out.resolve("index.html")).hasContent("edited");
        CliRun.of("report", "--out", out.toString(), "--force", "-q").exits(ExitCode.OK);
        assertThat(out.resolve("index.html")).content().startsWith("<!DOCTYPE html>");
    }

    @Test
    void stagingFoldersLeftByAKilledRunAreRemovedByTheNextOne(@TempDir Path dir) throws Exception {
        Path stale = Files.createDirectories(dir.resolve(".R.staging-999999999-abc").resolve("charts"));
        Files.writeString(stale.resolve("x.svg"), "partial");
        Path oldOfDeadRun = Files.createDirectories(dir.resolve(".R.old-999999998-def"));
        Path live = Files.createDirectories(dir.resolve(".R.staging-" + ProcessHandle.current().pid() + "-ghi"));
        Path otherName = Files.createDirectories(dir.resolve(".S.staging-999999999-abc"));
        CliRun.of("report", "--out", dir.resolve("R").toString(), "-q").exits(ExitCode.OK);
        assertThat(stale.getParent()).doesNotExist();
        assertThat(oldOfDeadRun).doesNotExist();
        assertThat(live).exists();
        assertThat(otherName).exists();
    }

    @Test
    void aReportWithFilesAddedIsNotReplaced(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("R");
        CliRun.of("report", "--out", out.toString(), "-q").exits(ExitCode.OK);
        Files.writeString(out.resolve("charts").resolve("notes.txt"), "mine");
        assertThat(CliRun.of("report", "--out", out.toString(), "--force").exits(ExitCode.USAGE).err())
                .contains("it holds charts/notes.txt, which is not in the inventory of its manifest.json")
                .contains("not replaced even with --force");
        assertThat(out.resolve("charts").resolve("notes.txt")).exists();
        Files.delete(out.resolve("charts").resolve("notes.txt"));
        Files.delete(out.resolve("report.md"));
        CliRun.of("report", "--out", out.toString(), "--force", "-q").exits(ExitCode.OK);
        assertThat(out.resolve("report.md")).exists();
    }

    @Test
    void aFolderWithAForeignManifestIsNotReplaced(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("webapp"));
        Files.writeString(out.resolve("manifest.json"), "{\"name\": \"My App\", \"start_url\": \"/\"}");
        Files.writeString(out.resolve("index.html"), "<html>app</html>");
        assertThat(CliRun.of("report", "--out", out.toString(), "--force").exits(ExitCode.USAGE).err())
                .contains("its manifest.json was not written by swc report").contains("not replaced even with --force");
        Files.writeString(out.resolve("manifest.json"), "{\"tool\": \"swc\"}");
        assertThat(CliRun.of("report", "--out", out.toString(), "--force").exits(ExitCode.USAGE).err())
                .contains("not written by swc report");
        assertThat(out.resolve("index.html")).hasContent("<html>app</html>");
    }

    @Test
    void aFolderThatIsNotAReportIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertThat(CliRun.of("report", "--out", out.toString(), "--force").exits(ExitCode.USAGE).err())
                .contains("not replaced even with --force");
        assertThat(out.resolve("keep.txt")).exists();
        DataFolder data = DataFolder.init(dir.resolve("data"));
        assertThat(CliRun.of("report", "--data", data.toString(), "--out", dir.toString(), "--force")
                .exits(ExitCode.USAGE).err()).contains("holds the data folder");
        assertThat(data.file("monitoring.csv")).exists();
    }

    @Test
    void badLanguageAndYearAreUsageErrors(@TempDir Path dir) {
        CliRun.of("report", "--out", dir.resolve("x").toString(), "--lang", "fr").exits(ExitCode.USAGE);
        CliRun.of("report", "--out", dir.resolve("y").toString(), "--year", "2010").exits(ExitCode.USAGE);
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void englishReportSaysSoInItsLanguageAttribute(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("en");
        CliRun.of("report", "--out", out.toString(), "--lang", "en", "-q").exits(ExitCode.OK);
        assertThat(Files.readString(out.resolve("index.html"))).contains("<html lang=\"en\">")
                .contains("Yuncheng City: soil and water conservation annual report 2024")
                .contains("(运城市加强新时代水土保持工作行动计划, 运政办发〔2024〕3号).");
    }
}

package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCommandsTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void aGbkFileWithChineseHeadersShortNamesAndSeparatorsImportsLikeTheCanonicalFile(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, ("县区,年份,国土面积（平方公里）,轻度,中度,强烈,极强烈,剧烈\r\n"
                + "盐湖,2025,\"1,203.53\",88.10,29.00,12.10,6.60,2.20\r\n"
                + "垣曲,2025,\"1,611.51\",298.00,147.00,76.50,46.00,24.00\r\n"
                + "Xia,2025,\"1,347.23\",200.00,103.00,52.00,30.00,15.50\r\n").getBytes(GBK));
        Path canonical = dir.resolve("canonical.csv");
        Files.writeString(canonical, "code,year,land_area_km2,erosion_light_km2,erosion_moderate_km2,"
                + "erosion_intense_km2,erosion_very_intense_km2,erosion_severe_km2\n"
                + "140802,2025,1203.53,88.10,29.00,12.10,6.60,2.20\n140827,2025,1611.51,298.00,147.00,76.50,46.00,24.00\n"
                + "140828,2025,1347.23,200.00,103.00,52.00,30.00,15.50\n");
        DataFolder a = DataFolder.init(dir.resolve("a"));
        DataFolder b = DataFolder.init(dir.resolve("b"));
        CliRun.of("import", gbk.toString(), "--kind", "monitoring", "--into", a.toString()).exits(ExitCode.OK);
        CliRun.of("import", canonical.toString(), "--kind", "monitoring", "--into", b.toString()).exits(ExitCode.OK);
        assertThat(Files.readString(a.file("monitoring.csv"))).isEqualTo(Files.readString(b.file("monitoring.csv")))
                .contains("\n140827,2025,1611.51,298,147,76.5,46,24,");
        assertThat(CliRun.of("validate", gbk.toString(), "--kind", "monitoring", "--format", "csv").exits(ExitCode.OK)
                .out()).endsWith(",monitoring,3,true\n");
    }

    /** Ten rows, each with one fault, among three good ones; line 8 holds a byte that is not UTF-8. */
    private static Path faultyFile(Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : List.of(
                "code,year,land_area_km2,erosion_light_km2,erosion_moderate_km2,erosion_intense_km2,"
                        + "erosion_very_intense_km2,erosion_severe_km2,source",
                "140802,2025,1203.53,88,29,12,6,2,县水利局",
                "140821,2025,1364.06,abc,26,9,4,1,x",
                "149999,2025,1000,1,1,1,1,1,x",
                "140822,2025,100,90,10,5,1,1,x",
                "140823,2025,1164.4,160,57,20,12,4,县水利局",
                "140823,2025,1164.4,160,57,20,12,4,x",
                "140824,2025,682.13,63,19,BAD,4,1,x",
                "140825,2025,592.11,49,16,5,3",
                "140826,2025,986.15,161,78,39,25,12,x,extra",
                "140827,2025,1611.51,-302,149,77,46,24,x",
                "140828,1850,1347.23,203,104,52,30,15,x",
                "140829,2025,,200,106,51,32,15,x",
                "140830,2025,1168.48,174,84,41,27,13,县水利局")) {
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int bad = text.indexOf("BAD");
            if (bad >= 0) {
                out.write(bytes, 0, bad);
                out.write(0xFF);
                out.write(bytes, bad + 3, bytes.length - bad - 3);
            } else {
                out.write(bytes);
            }
        }
        Path file = dir.resolve("faults.csv");
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void tenFaultsGetTenMessagesAndLeaveTheFolderUnchanged(@TempDir Path dir) throws Exception {
        Path file = faultyFile(dir);
        DataFolder data = DataFolder.init(dir.resolve("data"));
        byte[] before = Files.readAllBytes(data.file("monitoring.csv"));
        CliRun run = CliRun.of("import", file.toString(), "--kind", "monitoring", "--into", data.toString())
                .exits(ExitCode.INVALID_DATA);
        assertThat(run.err().lines().filter(l -> l.startsWith(file.toString())).toList()).containsExactly(
                file + ":3:4 (erosion_light_km2): expected a number, found \"abc\"",
                file + ":4:1 (code): unknown county code 149999 (not in counties.csv)",
                file + ":5:3 (land_area_km2): erosion area 107.00 km² is larger than the land area 100.00 km²",
                file + ":7:1 (code): duplicate key 140823 2025 (first on line 6)",
                file + ":8:6: byte 0xFF cannot be decoded as UTF-8 (save the file as UTF-8, or give --encoding)",
                file + ":9:8 (erosion_severe_km2): row has 7 fields, the header has 9 (missing field)",
                file + ":10:10: row has 10 fields, the header has 9 (extra field)",
                file + ":11:4 (erosion_light_km2): must not be negative, found -302",
                file + ":12:2 (year): year must be within 1949–2100, found 1850",
                file + ":13:3 (land_area_km2): a number is required");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllBytes(data.file("monitoring.csv"))).isEqualTo(before);
        assertThat(file.resolveSibling("faults.csv.rejects.csv")).doesNotExist();
    }

    @Test
    void lenientImportsTheGoodRowsAndRejectsExactlyTheFaultyOnes(@TempDir Path dir) throws Exception {
        Path file = faultyFile(dir);
        DataFolder data = DataFolder.init(dir.resolve("data"));
        CliRun run = CliRun.of("import", file.toString(), "--kind", "monitoring", "--into", data.toString(), "--lenient")
                .exits(ExitCode.OK);
        assertThat(run.err()).contains("read 13 rows: imported 3 (3 new, 0 replaced)").contains("rejected 10");
        List<String> rejects = Files.readAllLines(file.resolveSibling("faults.csv.rejects.csv"), StandardCharsets.UTF_8);
        assertThat(rejects.get(0)).startsWith("line,reason,code,year,");
        assertThat(rejects.subList(1, rejects.size())).extracting(l -> l.substring(0, l.indexOf(',')))
                .containsExactly("3", "4", "5", "7", "8", "9", "10", "11", "12", "13");
        String monitoring = Files.readString(data.file("monitoring.csv"));
        assertThat(monitoring).contains("140802,2025,").contains("140823,2025,").contains("140830,2025,")
                .doesNotContain("140821,2025,");
        CliRun.of("validate", "--data", data.toString()).exits(ExitCode.OK);
    }

    @Test
    void existingRowsAreReplacedOnlyWhenAsked(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Path file = dir.resolve("fix.csv");
        Files.writeString(file, "code,year,land_area_km2,erosion_light_km2,erosion_moderate_km2,erosion_intense_km2,"
                + "erosion_very_intense_km2,erosion_severe_km2\n140802,2024,1203.53,80,29,12,6,2\n");
        assertThat(CliRun.of("import", file.toString(), "--kind", "monitoring", "--into", data.toString())
                .exits(ExitCode.INVALID_DATA).err()).contains(":2:1 (code): key 140802 2024 is already in").contains("--replace");
        CliRun.of("import", file.toString(), "--kind", "monitoring", "--into", data.toString(), "--replace")
                .exits(ExitCode.OK);
        assertThat(Files.readString(data.file("monitoring.csv"))).contains("\n140802,2024,1203.53,80,29,12,6,2,");
    }

    @Test
    void exportThenImportGivesTheSameFolderInEveryEncodingAndHeaderLanguage(@TempDir Path dir) throws Exception {
        for (String encoding : List.of("utf-8-bom", "utf-8", "gbk")) {
            for (String headers : List.of("en", "zh")) {
                Path exported = dir.resolve(encoding + "-" + headers + ".csv");
                CliRun.of("export", "--kind", "treatment", "--encoding", encoding, "--headers", headers, "-o",
                        exported.toString()).exits(ExitCode.OK);
                DataFolder data = DataFolder.init(dir.resolve(encoding + "-" + headers));
                Files.delete(data.file("treatment.csv"));
                CliRun.of("import", exported.toString(), "--kind", "treatment", "--into", data.toString()).exits(ExitCode.OK);
                // the treatment ledger feeds cumulative treatment and 治理度: status must come out the same
                assertThat(CliRun.of("status", "--data", data.toString(), "--format", "csv").out())
                        .as(encoding + " " + headers).isEqualTo(CliRun.of("status", "--format", "csv").out());
                assertThat(CliRun.of("gap", "--treatment", "--format", "csv", "--data", data.toString()).out())
                        .as(encoding + " " + headers).isEqualTo(CliRun.of("gap", "--treatment", "--format", "csv").out());
            }
        }
    }

    @Test
    void exportsNeutraliseFormulasAndCarryABom(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("status.csv");
        CliRun.of("export", "--kind", "status", "--headers", "zh", "-o", out.toString()).exits(ExitCode.OK);
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("行政区划代码,名称,").contains("\r\n140882,河津市,Hejin City,2024,").contains(",-0.37,");
        CliRun.of("export", "--kind", "gap", "--encoding", "gbk", "-o", dir.resolve("gap.csv").toString()).exits(ExitCode.OK);
        assertThat(new String(Files.readAllBytes(dir.resolve("gap.csv")), GBK)).contains("垣曲县");
    }

    @Test
    void templatesHaveTheHeadersAndOneExampleRow() {
        String zh = CliRun.of("template", "--kind", "treatment", "--headers", "zh").exits(ExitCode.OK).out();
        assertThat(CliRun.of("template", "--kind", "treatment").exits(ExitCode.OK).out()).startsWith("code,year,");
        assertThat(zh.lines().findFirst().orElseThrow()).startsWith("行政区划代码,年份,梯田(平方公里)");
        assertThat(zh.lines()).hasSize(2);
        assertThat(CliRun.of("template", "--kind", "plan", "--headers", "en").exits(ExitCode.OK).out())
                .isEqualTo("code,year,measure,km2\r\n140827,2026,terrace,12.5\r\n");
        CliRun.of("template", "--kind", "weather").exits(ExitCode.USAGE);
    }

    @Test
    void tasksAndIndicatorsTemplatesCarryTheEnglishAndChineseUnitColumns() {
        assertThat(CliRun.of("template", "--kind", "tasks").exits(ExitCode.OK).out().lines().findFirst().orElseThrow())
                .isEqualTo("no,section_zh,task_zh,lead_units,cooperating_units,status,source,section_en,task_en,"
                        + "lead_units_en,cooperating_units_en,origin,basis,counties");
        assertThat(CliRun.of("template", "--kind", "tasks", "--headers", "zh").exits(ExitCode.OK).out().lines()
                .findFirst().orElseThrow()).isEqualTo("序号,所属部分,任务,牵头单位,配合单位,状态,来源,所属部分(英文),任务(英文),"
                        + "牵头单位(英文),配合单位(英文),任务出处,正文依据,相关县(市、区)");
        assertThat(CliRun.of("template", "--kind", "indicators", "--headers", "zh").exits(ExitCode.OK).out())
                .startsWith("编号,名称,英文名称,单位,单位(中文),目标,").contains(",count,座,17,");
    }

    @Test
    void tasksAndIndicatorsExportedThenImportedKeepEveryColumn(@TempDir Path dir) throws Exception {
        DataFolder bundled = DataFolder.init(dir.resolve("bundled"));
        for (String encoding : List.of("utf-8-bom", "gbk")) {
            for (String headers : List.of("en", "zh")) {
                DataFolder data = DataFolder.init(dir.resolve(encoding + "-" + headers));
                for (String kind : List.of("tasks", "indicators")) {
                    Path exported = dir.resolve(kind + "-" + encoding + "-" + headers + ".csv");
                    CliRun.of("export", "--kind", kind, "--encoding", encoding, "--headers", headers, "-o",
                            exported.toString()).exits(ExitCode.OK);
                    Files.delete(data.file(kind + ".csv"));
                    CliRun.of("import", exported.toString(), "--kind", kind, "--into", data.toString())
                            .exits(ExitCode.OK);
                    // the bundled rows, each as bundled (an import writes rows in key order: tasks by number)
                    assertThat(Files.readAllLines(data.file(kind + ".csv"))).as(kind + " " + encoding + " " + headers)
                            .containsExactlyInAnyOrderElementsOf(Files.readAllLines(bundled.file(kind + ".csv")));
                    if (kind.equals("tasks")) {
                        assertThat(Files.readString(data.file(kind + ".csv")))
                                .isEqualTo(Files.readString(bundled.file(kind + ".csv")));
                    }
                }
            }
        }
        assertThat(Files.readString(bundled.file("tasks.csv"))).contains(",Municipal Taxation Bureau,");
    }

    @Test
    void aTasksFileWithMoreEnglishUnitsThanChineseIsInvalidDataAtItsCell(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tasks.csv");
        Files.writeString(file, "no,section_zh,task_zh,lead_units,lead_units_en\n"
                + "1,预防,划定重点预防区,市水务局,Municipal Water Affairs Bureau; Municipal Finance Bureau\n");
        CliRun run = CliRun.of("validate", file.toString(), "--kind", "tasks").exits(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("tasks.csv:2:5 (lead_units_en): names 2 units where lead_units names 1");
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        CliRun.of("import", "x.csv", "--kind", "monitoring").exits(ExitCode.USAGE);
        CliRun.of("import", dir.resolve("none.csv").toString(), "--kind", "monitoring", "--into", dir.toString())
                .exits(ExitCode.USAGE);
        CliRun.of("export", "--kind", "status", "--encoding", "latin1", "-o", dir.resolve("x").toString())
                .exits(ExitCode.USAGE);
        CliRun.of("validate", dir.resolve("none.csv").toString()).exits(ExitCode.USAGE);
    }

    @Test
    void exportsTakeTheUmasksModeAndReplacedFilesKeepTheirs(@TempDir Path dir) throws Exception {
        Path reference = Files.write(dir.resolve("reference"), new byte[0]);
        Path out = dir.resolve("a.csv");
        CliRun.of("export", "--kind", "status", "-o", out.toString()).exits(ExitCode.OK);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(reference));
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        CliRun.of("export", "--kind", "status", "-o", out.toString()).exits(ExitCode.OK);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void importsAtTheSameTimeLoseNoRows(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        List<String> lines = Files.readAllLines(data.file("monitoring.csv"), StandardCharsets.UTF_8);
        List<Path> files = new java.util.ArrayList<>();
        for (int year = 2025; year <= 2028; year++) {
            int y = year;
            List<String> rows = new java.util.ArrayList<>(List.of(lines.get(0)));
            lines.stream().filter(l -> l.contains(",2024,")).map(l -> l.replace(",2024,", "," + y + ",")).forEach(rows::add);
            files.add(Files.write(dir.resolve(year + ".csv"), rows, StandardCharsets.UTF_8));
        }
        List<Thread> threads = files.stream().map(f -> new Thread(() -> CliRun.of("import", f.toString(), "--kind",
                "monitoring", "--into", data.toString(), "-q").exits(ExitCode.OK))).toList();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        String merged = Files.readString(data.file("monitoring.csv"));
        for (int year = 2025; year <= 2028; year++) {
            String y = Integer.toString(year);
            assertThat(merged.lines().filter(l -> l.split(",")[1].equals(y))).as("year %s", y).hasSize(13);
        }
    }

    @Test
    void aDashReadsStandardInput(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "code,year,measure,km2\n140827,2026,terrace,12.5\n");
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(Files.newInputStream(plan));
            assertThat(CliRun.of("validate", "-", "--kind", "plan", "--format", "csv").exits(ExitCode.OK).out())
                    .endsWith(",plan,1,true\n");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void gbkExportWritesAMinusSignInASourceAsAHyphen(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data")).setField("monitoring.csv", 2, 12, "survey \u22122 km\u00B2");
        Path out = dir.resolve("monitoring.csv");
        CliRun.of("export", "--data", data.toString(), "--kind", "monitoring", "--encoding", "gbk", "-o", out.toString())
                .exits(ExitCode.OK);
        assertThat(new String(Files.readAllBytes(out), GBK)).contains(",survey -2 km2\r\n");
    }
}

package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TasksCommandTest {
    /** 25 建设1个绿色矿业发展示范区: the body (十四) names 平陆县's. */
    private static final String MINING_ZONE = "建设1个绿色矿业发展示范区";

    private static List<String> csvRows(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--format";
        all[args.length + 1] = "csv";
        return CliRun.of(all).exits(ExitCode.OK).out().lines().skip(1).toList();
    }

    @Test
    void aCountyNameAloneSuggestsItsGovernment() {
        String err = CliRun.of("tasks", "--unit", "夏县").exits(ExitCode.USAGE).err();
        assertThat(err).contains("unknown unit 夏县; did you mean 夏县人民政府?");
        assertThat(err.lines().filter(l -> l.startsWith("error:"))).hasSize(1);
    }

    @Test
    void aCountyTheCityDoesNotHaveIsUnknown() {
        assertThat(CliRun.of("tasks", "--unit", "张三县人民政府").exits(ExitCode.USAGE).err())
                .contains("unknown unit 张三县人民政府").doesNotContain("did you mean");
    }

    @ParameterizedTest
    @ValueSource(strings = {"市水利局", "水利局"})
    void anOldBureauNameSuggestsTheWaterAffairsBureau(String unit) {
        assertThat(CliRun.of("tasks", "--unit", unit).exits(ExitCode.USAGE).err())
                .contains("unknown unit " + unit + "; did you mean 市水务局");
    }

    @Test
    void aCountyGovernmentDoesNotGetAnotherCountysMiningZone() {
        List<String> xia = csvRows("tasks", "--unit", "夏县人民政府");
        assertThat(xia).noneMatch(r -> r.contains(MINING_ZONE));
        assertThat(csvRows("tasks", "--unit", "平陆县人民政府"))
                .anySatisfy(r -> assertThat(r).startsWith("25,annex,support,relevant_named,").contains(MINING_ZONE));
        // the pilots of (十一) are 夏县's and 稷山县's, not 盐湖区's
        assertThat(xia).anySatisfy(r -> assertThat(r).startsWith("19,annex,support,relevant_named,"));
        assertThat(csvRows("tasks", "--unit", "盐湖区人民政府")).noneMatch(r -> r.startsWith("19,"))
                .anySatisfy(r -> assertThat(r).startsWith("3,annex,support,as_assigned,"));
    }

    @Test
    void aCountyGovernmentSeesTheCheckDamSafetyResponsibilityOfTheBody() {
        assertThat(csvRows("tasks", "--unit", "夏县人民政府")).anySatisfy(r -> assertThat(r)
                .startsWith("40,body,lead,all_counties,").contains("淤地坝安全运用管理主体责任").contains(",（二十）,"));
        assertThat(CliRun.of("tasks", "--unit", "夏县人民政府", "--headers", "zh", "--wide").exits(ExitCode.OK).out())
                .contains("正文（二十）").contains("按分工");
    }

    @Test
    void theCityGovernmentIsNotACounty() {
        assertThat(csvRows("tasks", "--unit", "运城市人民政府")).extracting(r -> r.substring(0, r.indexOf(',')))
                .containsExactly("41", "42", "43");
    }

    @Test
    void englishUnitNamesAreAccepted() {
        assertThat(csvRows("tasks", "--unit", "Xia County People's Government"))
                .isEqualTo(csvRows("tasks", "--unit", "夏县人民政府"));
        assertThat(CliRun.of("tasks", "--unit", "Xia County People's Government").exits(ExitCode.OK).out())
                .startsWith("Tasks of Xia County People's Government: ");
    }

    @Test
    void everyFormatSaysTheStatusesAreIllustrative() {
        assertThat(CliRun.of("tasks").exits(ExitCode.OK).out()).contains("Task statuses are illustrative");
        assertThat(CliRun.of("tasks", "--headers", "zh").exits(ExitCode.OK).out()).contains("任务状态为示意数据");
        assertThat(CliRun.of("tasks", "--format", "md").exits(ExitCode.OK).out()).contains("Task statuses are illustrative");
        assertThat(CliRun.of("tasks", "--format", "json").exits(ExitCode.OK).out()).contains("Task statuses are illustrative");
        List<String> csv = CliRun.of("tasks", "--format", "csv").exits(ExitCode.OK).out().lines().toList();
        assertThat(csv.get(0)).contains(",status_illustrative,");
        assertThat(csv.subList(1, csv.size())).allMatch(r -> r.contains(",true,"));
    }

    @Test
    void statusesNotMarkedIllustrativeAreNotCalledSo(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Path tasks = data.file("tasks.csv");
        Files.writeString(tasks, Files.readString(tasks, StandardCharsets.UTF_8).replace("; status illustrative", ""),
                StandardCharsets.UTF_8);
        Files.delete(data.file("task_progress.csv"));
        assertThat(CliRun.of("tasks", "--data", data.toString()).exits(ExitCode.OK).out())
                .doesNotContain("Task statuses are illustrative").doesNotContain("Task progress");
    }

    @Test
    void progressShowsPercentDateAndEvidence() {
        assertThat(csvRows("tasks", "--unit", "夏县人民政府")).anySatisfy(r -> assertThat(r)
                .startsWith("40,body,lead,all_counties,in_progress,75,2025-06-30,").contains(",各县淤地坝安全运用责任人名单公示,"));
        assertThat(CliRun.of("tasks", "--wide").exits(ExitCode.OK).out()).contains("done %").contains("as of");
    }

    @Test
    void everyColumnHasAChineseHeader() {
        assertThat(CliRun.of("tasks", "--format", "csv", "--headers", "zh").exits(ExitCode.OK).out().lines().findFirst()
                .orElseThrow()).startsWith("序号,任务出处,职责,分工方式,状态,完成比例,日期,").endsWith(",状态为示意数据,进展来源");
    }

    @Test
    void aPercentAboveAHundredIsADataErrorAtItsCell(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Files.writeString(data.file("task_progress.csv"), "no,date,percent,evidence,source\n22,2025,120,台账,市水务局\n",
                StandardCharsets.UTF_8);
        String err = CliRun.of("tasks", "--data", data.toString()).exits(ExitCode.INVALID_DATA).err();
        assertThat(err).contains("task_progress.csv:2:3 (percent): expected a percentage within 0–100, found 120");
    }

    @Test
    void progressOfATaskThePlanDoesNotHaveIsADataError(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Files.writeString(data.file("task_progress.csv"), "no,date,percent\n99,2025-13-01,50\n77,2025,50\n",
                StandardCharsets.UTF_8);
        String err = CliRun.of("tasks", "--data", data.toString()).exits(ExitCode.INVALID_DATA).err();
        assertThat(err).contains("task_progress.csv:2:2 (date): expected a year (2025) or a date (2025-06-30)");
        CliRun.of("validate", "--data", data.toString()).exits(ExitCode.INVALID_DATA);
    }

    @Test
    void taskProgressGoesThroughExportAndImportUnchanged(@TempDir Path dir) throws Exception {
        DataFolder bundled = DataFolder.init(dir.resolve("bundled"));
        for (String encoding : List.of("utf-8-bom", "gbk")) {
            for (String headers : List.of("en", "zh")) {
                DataFolder data = DataFolder.init(dir.resolve(encoding + "-" + headers));
                Path exported = dir.resolve("progress-" + encoding + "-" + headers + ".csv");
                CliRun.of("export", "--kind", "task_progress", "--encoding", encoding, "--headers", headers, "-o",
                        exported.toString()).exits(ExitCode.OK);
                Files.delete(data.file("task_progress.csv"));
                CliRun.of("import", exported.toString(), "--kind", "task_progress", "--into", data.toString())
                        .exits(ExitCode.OK);
                assertThat(Files.readString(data.file("task_progress.csv"))).as(encoding + " " + headers)
                        .isEqualTo(Files.readString(bundled.file("task_progress.csv")));
            }
        }
        assertThat(CliRun.of("template", "--kind", "task_progress", "--headers", "zh").exits(ExitCode.OK).out())
                .startsWith("序号,日期,完成比例,佐证材料,来源");
    }
}

package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Usage errors told in the help's language, from what picocli found, with the nearest names or the help to read. */
class UsageMessagesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gap --bogus                | error: Unknown option: '--bogus'                                       | Try 'swc gap --help' for more information.
            gap --milestone            | error: Missing value for option '--milestone' (Y)                      | Try 'swc gap --help' for more information.
            stauts                     | error: Unmatched argument: 'stauts'                                    | Did you mean: swc status or swc targets or swc table?
            gap --format xyz           | error: Invalid value for option '--format': 'xyz'; expected one of table, csv, json, md, schema | Try 'swc gap --help' for more information.
            forecast --paths abc       | error: Invalid value for option '--paths': 'abc'; expected a whole number | Try 'swc forecast --help' for more information.
            export --kind status --encoding gb2312 -o x.csv | error: Invalid value for option '--encoding': 'gb2312'; expected one of utf-8-bom, utf-8, gbk | Try 'swc export --help' for more information.
            gap --k foo                | error: Invalid value for option '--k': 'foo'; expected one of params, calibrated | Try 'swc gap --help' for more information.
            report                     | error: Missing required option: '--out=DIR'                            | Try 'swc report --help' for more information.
            gap --seed 1 --seed 2      | error: Option '--seed' given more than once                            | Try 'swc gap --help' for more information.
            status --formt             | error: Unknown option: '--formt'                                       | Possible solutions: --format
            scenario                   | error: Missing one of these options: '--plan=FILE' or '--template' or '--calibration' | Try 'swc scenario --help' for more information.
            import                     | error: Missing required options and parameters: '--kind=K', '--into=DIR', 'FILE' | Try 'swc import --help' for more information.
            """)
    void inEnglish(String args, String message, String advice) {
        assertThat(CliRun.of(args.split(" ")).exits(ExitCode.USAGE).err()).isEqualTo(message + "\n" + advice + "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gap --bogus                | 错误：未知选项：“--bogus”                                     | 用法见 swc gap --help。
            gap --milestone            | 错误：选项 --milestone 缺少取值（Y）                           | 用法见 swc gap --help。
            stauts                     | 错误：无法识别的参数：“stauts”                                | 是否要输入：swc status、swc targets、swc table？
            gap --format xyz           | 错误：选项 --format 的取值“xyz”无效，应为以下之一：table, csv, json, md, schema | 用法见 swc gap --help。
            forecast --paths abc       | 错误：选项 --paths 的取值“abc”无效，应为整数                   | 用法见 swc forecast --help。
            allocate --milestone 2030 --confidence x | 错误：选项 --confidence 的取值“x”无效，应为数值 | 用法见 swc allocate --help。
            report                     | 错误：缺少必需的选项：“--out=DIR”                             | 用法见 swc report --help。
            gap --seed 1 --seed 2      | 错误：选项 --seed 只能给出一次                                 | 用法见 swc gap --help。
            scenario                   | 错误：缺少以下选项之一：“--plan=FILE”、“--template”、“--calibration” | 用法见 swc scenario --help。
            status --formt             | 错误：未知选项：“--formt”                                     | 是否要输入：--format？
            gap --on-track-p 2         | 错误：--on-track-p（“进度正常”阈值）应在 0.5–1 之间且高于“需加快推进”阈值 0.33，给出的是 2.0 | 用法见 swc gap --help。
            forecast --to 2020         | 错误：预测的最后一年应晚于最近观测年 2024，给出的是 2020 | 用法见 swc forecast --help。
            forecast --county 夏        | 错误：--county：没有名为“夏”的县；是否要输入：夏县？ | 用法见 swc forecast --help。
            forecast --county Hejn     | 错误：--county：没有名为“Hejn”的县；是否要输入：河津市？ | 用法见 swc forecast --help。
            tasks --unit 夏县           | 错误：--unit：单位“夏县”不在计划所列单位之中；是否要输入：夏县人民政府？ | 用法见 swc tasks --help。
            tasks --status foo         | 错误：--status：取值“foo”无效；应为以下之一：not_started, in_progress, done, 未启动, 推进中, 已完成 | 用法见 swc tasks --help。
            forecast --method foo      | 错误：预测方法“foo”不存在；应为以下之一：naive, drift, linear, ses, holt, damped, theta, logistic, boxcox-theta, auto | 用法见 swc forecast --help。
            """)
    void inChinese(String args, String message, String advice) {
        assertThat(CliRun.in(HelpLanguage.ZH, args.split(" ")).exits(ExitCode.USAGE).err())
                .isEqualTo(message + "\n" + advice + "\n");
    }

    /** The commands' own usage errors, worded by usage.error.KEY in the help's language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            status --year 1990                  | error: --year 1990: not every county has data for that year (latest complete year: 2024) | Try 'swc status --help' for more information.
            gap --milestone 1999                | error: --milestone 1999: choose one of [2025, 2030, 2035] or all | Try 'swc gap --help' for more information.
            allocate --milestone 2030 --confidence 1.5 | error: --confidence must be within 0.5–0.99, was 1.5     | Try 'swc allocate --help' for more information.
            supervision --county city           | error: --county city: name a county or all; tables show each year's city total | Try 'swc supervision --help' for more information.
            """)
    void commandsOwnInEnglish(String args, String message, String advice) {
        assertThat(CliRun.of(args.split(" ")).exits(ExitCode.USAGE).err()).isEqualTo(message + "\n" + advice + "\n");
    }

    /** The commands' own usage errors, worded by usage.error.KEY in the help's language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            status --year 1990                  | 错误：--year 1990：并非每个县都有该年数据（数据齐全的最近年份：2024）   | 用法见 swc status --help。
            gap --milestone 1999                | 错误：--milestone 1999：请从 [2025, 2030, 2035] 或 all 中选择          | 用法见 swc gap --help。
            gap --milestone abc                 | 错误：--milestone 应为年份或 all，给出的是 abc                          | 用法见 swc gap --help。
            table monitorin                     | 错误：monitorin：文件不存在，也不是数据类别；是否要输入 monitoring？    | 用法见 swc table --help。
            validate --kind monitoring          | 错误：--kind 需要同时给出要检查的 FILE                                  | 用法见 swc validate --help。
            allocate --milestone 2030 --confidence 1.5 | 错误：--confidence 应在 0.5–0.99 之间，给出的是 1.5              | 用法见 swc allocate --help。
            allocate --milestone 2020           | 错误：targets.csv 中没有 2020 年的市级目标；请用 --target 给出          | 用法见 swc allocate --help。
            forecast --paths 5                  | 错误：--paths 应在 10–20000 之间，给出的是 5                            | 用法见 swc forecast --help。
            erosion --units no-such-units.csv   | 错误：no-such-units.csv：文件不存在                                     | 用法见 swc erosion --help。
            supervision --year 1900             | 错误：--year 1900：台账中没有该年的记录（已有年份：2021–2024）          | 用法见 swc supervision --help。
            chart --svg --png --out unused      | 错误：--svg 和 --png 不能同时使用（默认两者都输出）                     | 用法见 swc chart --help。
            supervision --county xyz            | 错误：--county：没有名为“xyz”的县；请用县代码（如 140802）、县名（如 盐湖区）、CITY 或 all | 用法见 swc supervision --help。
            table monitoring --rows code        | 错误：交叉表需要同时给出 --rows、--cols 和 --value                      | 用法见 swc table --help。
            """)
    void commandsOwnInChinese(String args, String message, String advice) {
        assertThat(CliRun.in(HelpLanguage.ZH, args.split(" ")).exits(ExitCode.USAGE).err())
                .isEqualTo(message + "\n" + advice + "\n");
    }

    /** What the Chinese usage errors may keep in Latin letters: options, placeholders, variables, files, commands, labels. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "--[a-z][a-z-]*|\\{\\d+}|\\$[A-Z_]+|[\\w-]+\\.(csv|json|geojson|md)|swc( [a-z]+)?|\\b[A-Z]{2,}\\b"
                    + "|\\b(all|zh|en)\\b");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    @Test
    void chineseUsageErrorsHaveNoEnglishWords() {
        ResourceBundle chinese = HelpLanguage.ZH.bundle();
        assertThat(chinese.keySet().stream().filter(k -> k.startsWith("usage.error.")).count()).isGreaterThan(40);
        for (String key : chinese.keySet()) {
            if (!key.startsWith("usage.error.")) {
                continue;
            }
            String rest = NOT_WORDS.matcher(chinese.getString(key)).replaceAll(" ");
            Matcher english = ENGLISH_WORD.matcher(rest);
            assertThat(english.find() ? english.group() : null).as("English word in %s = %s", key, chinese.getString(key))
                    .isNull();
        }
    }

    @Test
    void whatACommandDidIsToldInTheHelpsLanguageToo(@TempDir Path dir) {
        String zh = CliRun.in(HelpLanguage.ZH, "init", dir.resolve("zh").toString()).exits(ExitCode.OK).err();
        assertThat(zh).startsWith("已写入 ").contains("个文件：").contains("示例数据").doesNotContain("wrote");
        String en = CliRun.of("init", dir.resolve("en").toString()).exits(ExitCode.OK).err();
        assertThat(en).startsWith("wrote ").contains("the county figures are illustrative");
    }

    @Test
    void problemsInDataFilesAreWordedInTheHelpsLanguage(@TempDir Path dir) throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"))
                .editLine("monitoring.csv", 3, "^140802,2019,1237.00", "140802,2019,abc")
                .editLine("monitoring.csv", 5, "^140802,2021", "140899,2021");
        String folder = data.toString();
        String zh = CliRun.in(HelpLanguage.ZH, "status", "--data", folder).exits(ExitCode.INVALID_DATA).err();
        assertThat(zh).isEqualTo(folder + "/monitoring.csv:3:3 (land_area_km2): 应为数值，给出的是“abc”\n"
                + folder + "/monitoring.csv:5:1 (code): 县代码 140899 不在 counties.csv 中；是否要输入：140829？\n"
                + "错误：数据无效：" + folder + "/monitoring.csv 中有 2 处问题\n");
        String en = CliRun.of("status", "--data", folder).exits(ExitCode.INVALID_DATA).err();
        assertThat(en).isEqualTo(folder + "/monitoring.csv:3:3 (land_area_km2): expected a number, found \"abc\"\n"
                + folder + "/monitoring.csv:5:1 (code): unknown county code 140899 (not in counties.csv); did you mean "
                + "140829?\nerror: invalid data: 2 problems in " + folder + "/monitoring.csv\n");
    }
}

package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
            gap --k foo                | error: Invalid value for option '--k': 'foo'; expected one of params, calibrated | Try 'swc gap --help' for more information.
            report                     | error: Missing required option: '--out=DIR'                            | Try 'swc report --help' for more information.
            gap --seed 1 --seed 2      | error: Option '--seed' given more than once                            | Try 'swc gap --help' for more information.
            status --formt             | error: Unknown option: '--formt'                                       | Possible solutions: --format
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
            """)
    void inChinese(String args, String message, String advice) {
        assertThat(CliRun.in(HelpLanguage.ZH, args.split(" ")).exits(ExitCode.USAGE).err())
                .isEqualTo(message + "\n" + advice + "\n");
    }
}

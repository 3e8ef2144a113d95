package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.swcplan.model.gap.GapStatus;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.DisplayWidth;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

class HelpTest {
    @Test
    void helpListsCommandsExamplesExitCodesAndTheIllustrativeLabel() {
        CliRun run = CliRun.of("--help").exits(ExitCode.OK);
        assertThat(run.out()).contains("status").contains("init").contains("validate")
                .contains("Examples:").contains("ILLUSTRATIVE").contains("Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            assertThat(run.out()).containsPattern("(?m)^  " + code.code() + " +" + Pattern.quote(code.meaning()) + "$");
        }
    }

    @Test
    void theEnglishExitCodeMeaningsAreExitCodes() {
        ResourceBundle english = HelpLanguage.EN.bundle();
        for (ExitCode code : ExitCode.values()) {
            assertThat(english.getString("exitCode." + code.code())).isEqualTo(code.meaning());
        }
    }

    @ParameterizedTest
    @EnumSource(HelpLanguage.class)
    void everySubcommandsHelpEndsWithExamplesAndExitCodes(HelpLanguage language) {
        String examples = language == HelpLanguage.ZH ? "示例：" : "Examples:";
        String exitCodes = language == HelpLanguage.ZH ? "退出码：" : "Exit codes:";
        for (String name : commandNames()) {
            String help = CliRun.in(language, name, "--help").exits(ExitCode.OK).out();
            assertThat(help).as(name).contains(examples).contains(exitCodes).contains("swc " + name + " ");
            assertThat(help.indexOf(examples)).as(name).isLessThan(help.indexOf(exitCodes));
            String tail = help.substring(help.indexOf(exitCodes));
            for (ExitCode code : ExitCode.values()) {
                if (code != ExitCode.CHECK_FAILED || name.equals("gap")) {
                    assertThat(tail).as(name).containsPattern("(?m)^  " + code.code() + " +\\S");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(HelpLanguage.class)
    void noHelpLineIsWiderThanEightyColumnsChineseCountedDouble(HelpLanguage language) {
        for (String name : commandNamesAndTop()) {
            String help = help(language, 80, name);
            assertThat(help.lines()).as(name).allSatisfy(line ->
                    assertThat(DisplayWidth.of(line)).as("%s: %s", name, line).isLessThanOrEqualTo(80));
        }
    }

    @Test
    void aWiderTerminalGetsWiderHelp() {
        assertThat(help(HelpLanguage.ZH, 140, "gap").lines().mapToInt(DisplayWidth::of).max().orElse(0))
                .isGreaterThan(100).isLessThanOrEqualTo(140);
    }

    /**
     * Lines break between words: every word of every description is there whole, at 80 columns, option
     * names and values with hyphens and underscores included. (A file name may break after a dot: picocli
     * breaks lines with the JDK's line BreakIterator, which allows that.)
     */
    @ParameterizedTest
    @EnumSource(HelpLanguage.class)
    void noWordIsSplitAcrossLines(HelpLanguage language) {
        Pattern word = Pattern.compile("(?<![.\\w])[A-Za-z][A-Za-z_-]*[A-Za-z](?![.\\w])");
        CommandLine cli = SwcCli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), language);
        for (String name : commandNames()) {
            CommandSpec spec = cli.getSubcommands().get(name).getCommandSpec();
            String help = help(language, 80, name);
            StringBuilder texts = new StringBuilder(String.join(" ", spec.usageMessage().description()));
            for (OptionSpec option : spec.options()) {
                texts.append(' ').append(String.join(" ", option.description()));
            }
            Matcher m = word.matcher(texts);
            while (m.find()) {
                assertThat(help).as("%s help holds %s", name, m.group()).contains(m.group());
            }
        }
    }

    /** Every example in the help is a valid command line (parsed, not run). */
    @ParameterizedTest
    @EnumSource(HelpLanguage.class)
    void everyExampleParses(HelpLanguage language) {
        ResourceBundle help = language.bundle();
        Pattern token = Pattern.compile("\"([^\"]*)\"|(\\S+)");
        int examples = 0;
        for (String key : help.keySet()) {
            String line = help.getString(key).strip();
            if (!key.contains(".usage.footer.") || !line.startsWith("swc ")) {
                continue;
            }
            // the command ends where a comment (three spaces or more) or a redirection starts
            String command = line.split(" {3,}| > ")[0].substring("swc ".length());
            List<String> args = new java.util.ArrayList<>();
            Matcher m = token.matcher(command);
            while (m.find()) {
                args.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            CommandLine cli = SwcCli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    language);
            try {
                cli.parseArgs(args.toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError(key + ": " + line + ": " + e.getMessage(), e);
            }
            examples++;
        }
        assertThat(examples).isGreaterThan(40);
    }

    @Test
    void chineseHelpIsChinese() {
        String help = CliRun.in(HelpLanguage.ZH, "gap", "--help").exits(ExitCode.OK).out();
        assertThat(help).startsWith("用法：").contains("差距报告").contains("节点年").contains("退出码：")
                .contains("运行正常，但 --check 发现有单元进展滞后、出现下滑或未完成已过的节点年");
        // every command's description, every option's and positional parameter's, every example's comment
        Pattern han = Pattern.compile("\\p{IsHan}");
        CommandLine cli = SwcCli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                HelpLanguage.ZH);
        List<String> english = new java.util.ArrayList<>();
        for (var command : cli.getSubcommands().entrySet()) {
            String name = command.getKey();
            CommandSpec spec = command.getValue().getCommandSpec();
            for (String line : spec.usageMessage().description()) {
                if (!han.matcher(line).find()) {
                    english.add(name + " description: " + line);
                }
            }
            for (OptionSpec option : spec.options()) {
                String text = String.join(" ", option.description());
                if (!han.matcher(text).find()) {
                    english.add(name + " " + option.longestName() + ": " + text);
                }
            }
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                String text = String.join(" ", parameter.description());
                if (!han.matcher(text).find()) {
                    english.add(name + " " + parameter.paramLabel() + ": " + text);
                }
            }
            for (String line : spec.usageMessage().footer()) {
                String[] comment = line.strip().split(" {3,}", 2);
                if (comment.length == 2 && !han.matcher(comment[1]).find()) {
                    english.add(name + " example: " + line);
                }
            }
        }
        assertThat(english).as("English in the Chinese help").isEmpty();
    }

    @Test
    void exitCodeFourIsListedOnlyWhereACheckCanEndWithIt() {
        assertThat(CliRun.of("gap", "--help").exits(ExitCode.OK).out()).contains("  4   ran fine, but a --check");
        assertThat(CliRun.of("--help").exits(ExitCode.OK).out()).contains("  4   ran fine, but a --check");
        for (String name : List.of("status", "forecast", "report", "tasks")) {
            assertThat(CliRun.of(name, "--help").exits(ExitCode.OK).out()).as(name).contains("  3   ")
                    .doesNotContain("  4   ");
        }
    }

    @Test
    void chineseHelpNamesTheStatusesInTheWordsEveryOtherOutputUses() {
        String help = CliRun.in(HelpLanguage.ZH, "gap", "--help").exits(ExitCode.OK).out().replaceAll("\\s+", "");
        for (GapStatus status : GapStatus.values()) {
            assertThat(help).as(status.key()).contains(Language.ZH.text("status." + status.key()) + "（" + status.key());
        }
        assertThat(help).doesNotContain("进展有限").doesNotContain("退化").doesNotContain("已实现").doesNotContain("加快进度");
    }

    /**
     * Every key of one edition is in the other, or (Chinese descriptions) names a command, option or
     * positional parameter that exists.
     */
    @Test
    void bothEditionsHaveEveryKey() {
        ResourceBundle english = HelpLanguage.EN.bundle();
        ResourceBundle chinese = HelpLanguage.ZH.bundle();
        assertThat(chinese.getLocale()).isEqualTo(Locale.CHINESE);
        assertThat(chinese.keySet()).containsAll(english.keySet());
        CommandLine cli = SwcCli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Set<String> shared = Set.of("usage.synopsisHeading", "usage.commandListHeading");
        for (String key : chinese.keySet()) {
            if (english.containsKey(key) || shared.contains(key)) {
                continue;
            }
            assertThat(namesSomething(cli, key)).as("help_zh.properties key %s names a command or an option", key)
                    .isTrue();
        }
    }

    private static boolean namesSomething(CommandLine cli, String key) {
        String[] parts = key.split("\\.");
        CommandSpec spec = cli.getCommandSpec();
        int i = 0;
        if (parts[0].equals("swc")) {
            i = 1;
            if (parts.length > 2 && cli.getSubcommands().containsKey(parts[1])) {
                spec = cli.getSubcommands().get(parts[1]).getCommandSpec();
                i = 2;
            }
        }
        String rest = String.join(".", List.of(parts).subList(i, parts.length));
        if (rest.matches("usage\\.description\\.\\d+|usage\\.footer\\.\\d+")) {
            return i > 0;
        }
        List<CommandSpec> specs = new java.util.ArrayList<>(List.of(spec));
        if (i == 0) {
            cli.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
        }
        for (OptionSpec option : specs.stream().flatMap(s -> s.options().stream()).toList()) {
            if (rest.equals(option.descriptionKey()) || rest.equals(option.longestName().replaceFirst("^-+", ""))) {
                return true;
            }
        }
        // a positional parameter: picocli's key is its label and index, such as FILE[0]
        for (PositionalParamSpec parameter : specs.stream().flatMap(s -> s.positionalParameters().stream()).toList()) {
            if (i > 0 && (rest.equals(parameter.descriptionKey())
                    || rest.equals(parameter.paramLabel() + "[" + parameter.index() + "]"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theHelpLanguageFollowsLangThenSwcLangThenTheLocale() {
        assertThat(HelpLanguage.choose(List.of("gap", "--help"), null, Locale.US)).isEqualTo(HelpLanguage.EN);
        assertThat(HelpLanguage.choose(List.of("gap", "--help"), null, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(HelpLanguage.ZH);
        assertThat(HelpLanguage.choose(List.of("gap", "--help"), "zh", Locale.US)).isEqualTo(HelpLanguage.ZH);
        assertThat(HelpLanguage.choose(List.of("gap", "--help"), "en", Locale.CHINA)).isEqualTo(HelpLanguage.EN);
        assertThat(HelpLanguage.choose(List.of("gap", "--lang", "zh", "--help"), "en", Locale.US))
                .isEqualTo(HelpLanguage.ZH);
        assertThat(HelpLanguage.choose(List.of("gap", "--lang=en"), "zh", Locale.CHINA)).isEqualTo(HelpLanguage.EN);
        assertThat(HelpLanguage.choose(List.of("import", "--", "--lang=zh"), null, Locale.US))
                .isEqualTo(HelpLanguage.EN);
    }

    @Test
    void versionNamesTheToolAndItsVersion() {
        assertThat(CliRun.of("--version").exits(ExitCode.OK).out()).matches("(?s)swc \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(CliRun.of().exits(ExitCode.USAGE).err()).contains("a command is required");
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() {
        assertThat(CliRun.of("stauts").exits(ExitCode.USAGE).err()).contains("status");
    }

    private static List<String> commandNames() {
        return List.copyOf(SwcCli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().keySet());
    }

    private static List<String> commandNamesAndTop() {
        List<String> names = new java.util.ArrayList<>(commandNames());
        names.add("");
        return names;
    }

    /** The help of one command ("" for swc itself) at a fixed width, as a terminal of that width shows it. */
    private static String help(HelpLanguage language, int width, String name) {
        StringWriter out = new StringWriter();
        CommandLine cli = SwcCli.create(new PrintWriter(out), new PrintWriter(new StringWriter()), language);
        cli.setUsageHelpAutoWidth(false);
        cli.setUsageHelpWidth(width);
        CommandLine command = name.isEmpty() ? cli : cli.getSubcommands().get(name);
        command.usage(new PrintWriter(out, true));
        return out.toString();
    }
}

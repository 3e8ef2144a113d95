package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.swcplan.cli.command.StatusCommand;
import picocli.CommandLine;

/**
 * A run builds the full model only of the subcommands its arguments name; the others are outlines
 * (name and description). What a user sees must not tell the two apart.
 */
class SubcommandModelsTest {
    @Test
    void aRunThatStartsWithASubcommandHasOnlyThatOne() {
        CommandLine cli = SwcCli.forArguments(writer(), writer(), HelpLanguage.EN, "-q", "--lang", "en", "status",
                "--year", "2023", "gap");
        assertThat(cli.getSubcommands().keySet()).containsExactly("status");
        assertThat(cli.getSubcommands().get("status").getCommandSpec().userObject()).isInstanceOf(StatusCommand.class);
    }

    @Test
    void otherwiseTheOthersAreOutlines() {
        CommandLine cli = SwcCli.forArguments(writer(), writer(), HelpLanguage.EN, "--help", "status");
        assertThat(cli.getSubcommands().get("status").getCommandSpec().userObject()).isInstanceOf(StatusCommand.class);
        assertThat(cli.getSubcommands().get("gap").getCommandSpec().userObject()).isNull();
        assertThat(cli.getSubcommands().keySet()).isEqualTo(full(HelpLanguage.EN).getSubcommands().keySet());
    }

    @Test
    void anArgumentFileMayNameAnySubcommand() {
        CommandLine cli = SwcCli.forArguments(writer(), writer(), HelpLanguage.EN, "@args.txt");
        assertThat(cli.getSubcommands().values()).allSatisfy(sub ->
                assertThat(sub.getCommandSpec().userObject()).isNotNull());
    }

    @ParameterizedTest
    @EnumSource(HelpLanguage.class)
    void theTopLevelHelpIsTheSameAsWithEveryModelBuilt(HelpLanguage language) {
        assertThat(CliRun.in(language, "--help").exits(ExitCode.OK).out()).isEqualTo(usage(full(language)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"statsu", "forcast", "", "--lang", "gapp status", "--lang status", "-vq statsu",
        "--help status", "-v status --bogus", "--lang=xx status"})
    void aMistypedOrMissingSubcommandReadsAsWithEveryModelBuilt(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SwcCli.create(new PrintWriter(out), new PrintWriter(err), HelpLanguage.EN).execute(args);
        CliRun lazy = CliRun.of(args);
        assertThat(lazy.exitCode()).isEqualTo(code);
        assertThat(withoutStackFrames(lazy.err())).isEqualTo(withoutStackFrames(err.toString()));
        assertThat(lazy.out()).isEqualTo(out.toString());
    }

    private static CommandLine full(HelpLanguage language) {
        return SwcCli.create(writer(), writer(), language);
    }

    private static String usage(CommandLine cli) {
        StringWriter out = new StringWriter();
        cli.usage(new PrintWriter(out, true));
        return out.toString();
    }

    /** -v prints a stack trace, whose frames below picocli are the test's own. */
    private static String withoutStackFrames(String text) {
        return text.replaceAll("(?m)^\\tat .*\\R", "");
    }

    private static PrintWriter writer() {
        return new PrintWriter(new StringWriter());
    }
}

package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of one in-process run of {@code swc}: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        return in(HelpLanguage.EN, args);
    }

    /** A run with the help in this language. */
    static CliRun in(HelpLanguage language, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SwcCli.forArguments(new PrintWriter(out), new PrintWriter(err), language, args).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Asserts the exit code, showing everything the run printed when it differs. */
    CliRun exits(ExitCode expected) {
        assertThat(exitCode).as("exit code of a run that printed%n--- stdout ---%n%s%n--- stderr ---%n%s", out, err)
                .isEqualTo(expected.code());
        return this;
    }
}

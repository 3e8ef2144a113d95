package org.swcplan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/** The entry point: runs {@code swc} with UTF-8 stdout and stderr and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the help's language may follow the system locale; outputs never depend on it (numbers are also
        // formatted with Locale.ROOT explicitly)
        HelpLanguage language = HelpLanguage.choose(Arrays.asList(args), System.getenv("SWC_LANG"), Locale.getDefault());
        Locale.setDefault(Locale.ROOT);
        System.exit(run(args, language, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err)));
    }

    /** {@link #run(String[], HelpLanguage, OutputStream, OutputStream)} with help in the language the arguments and $SWC_LANG choose. */
    static int run(String[] args, OutputStream stdoutStream, OutputStream stderrStream) {
        return run(args, HelpLanguage.choose(Arrays.asList(args), System.getenv("SWC_LANG"), Locale.ROOT), stdoutStream,
                stderrStream);
    }

    /**
     * Runs {@code swc} on the given streams and returns the exit code: when stdout could not be
     * written (a full disk, {@code > /dev/full}), exit 3 with a message, whatever the command
     * returned; a closed pipe ({@code | head}) is the usual end of a pipe, not an error.
     */
    static int run(String[] args, HelpLanguage language, OutputStream stdoutStream, OutputStream stderrStream) {
        WatchedOutput stdout = new WatchedOutput(stdoutStream);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderrStream, StandardCharsets.UTF_8));
        CommandLine cli = SwcCli.forArguments(out, err, language, args);
        helpWidthFromColumns(cli, System.getenv("COLUMNS"));
        if (GlobalOptions.colourOff(args)) {
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        int code = cli.execute(args);
        out.flush();
        if (stdout.failure().isPresent() && !WatchedOutput.closedPipe(stdout.failure().get())) {
            err.println("error: the output could not be written: " + stdout.failure().get().getMessage());
            code = ExitCode.INVALID_DATA.code();
        }
        err.flush();
        return code;
    }

    /**
     * Where the terminal's width cannot be read (a pipe, a pager), help takes $COLUMNS as the tables
     * do, else 80; picocli's narrowest is 55.
     */
    private static void helpWidthFromColumns(CommandLine cli, String columns) {
        if (columns != null && columns.matches("\\d{2,4}")) {
            cli.setUsageHelpWidth(Math.max(55, Integer.parseInt(columns)));
        }
    }
}

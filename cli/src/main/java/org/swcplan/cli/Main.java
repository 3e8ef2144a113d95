package org.swcplan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;

/** The entry point: runs {@code swc} with UTF-8 stdout and stderr and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // outputs never depend on the machine's locale (numbers are also formatted with Locale.ROOT explicitly)
        Locale.setDefault(Locale.ROOT);
        System.exit(run(args, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err)));
    }

    /**
     * Runs {@code swc} on the given streams and returns the exit code: when stdout could not be
     * written (a full disk, {@code > /dev/full}), exit 3 with a message, whatever the command
     * returned; a closed pipe ({@code | head}) is the usual end of a pipe, not an error.
     */
    static int run(String[] args, OutputStream stdoutStream, OutputStream stderrStream) {
        WatchedOutput stdout = new WatchedOutput(stdoutStream);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderrStream, StandardCharsets.UTF_8));
        CommandLine cli = SwcCli.create(out, err);
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
}

package org.swcplan.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.InvalidDataException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into lines on stderr and an {@link ExitCode}: data problems as
 * {@code file:line:column (header): message} lines then one {@code error:} line; anything else as
 * one {@code error:} line, with the stack trace under {@code -v}. A file that cannot be read or
 * written is exit 3 like bad data, with the file named; exit 1 is kept for true bugs.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    /** At most this many data problems are printed; the count of the rest is given. */
    static final int MAX_DATA_ERRORS = 50;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof InvalidDataException invalid) {
            return invalidData(invalid, err, UsageMessages.of(command));
        }
        if (e instanceof ParameterException usage) {
            return handleParseException(usage, new String[0]);
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            return environment(e, command);
        }
        err.println("error: internal error: " + e);
        if (isVerbose(command)) {
            e.printStackTrace(err);
        } else {
            err.println("(run with -v for details)");
        }
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        UsageMessages.of(command).lines(e).forEach(err::println);
        if (isVerbose(command)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE.code();
    }

    /**
     * A file that could not be read or written (missing folder, permission, full disk): the message
     * names the file, and the exit code is the one for unusable input.
     */
    private static int environment(Exception e, CommandLine command) {
        PrintWriter err = command.getErr();
        IOException io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        err.println("error: " + describe(e.getMessage(), io));
        if (isVerbose(command)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INVALID_DATA.code();
    }

    /** The JDK's bare messages (just a path) get the reason its exception type stands for. */
    static String describe(String message, IOException io) {
        if (io instanceof FileSystemException fs && message != null && message.equals(fs.getMessage())) {
            String file = fs.getFile();
            String reason = fs.getReason() != null ? fs.getReason()
                    : io instanceof NoSuchFileException ? "no such file or folder"
                    : io instanceof AccessDeniedException ? "permission denied"
                    : io instanceof FileAlreadyExistsException ? "already exists"
                    : io instanceof NotDirectoryException ? "not a folder"
                    : "cannot be used";
            return "cannot use " + file + ": " + reason;
        }
        return message != null ? message : "input or output failed: " + io.getClass().getSimpleName();
    }

    private static int invalidData(InvalidDataException invalid, PrintWriter err, UsageMessages words) {
        int shown = 0;
        for (DataError error : invalid.errors()) {
            if (shown++ == MAX_DATA_ERRORS) {
                err.println(words.dataErrorsMore(invalid.errors().size() - MAX_DATA_ERRORS));
                break;
            }
            err.println(words.dataError(error));
        }
        err.println(words.invalidData(invalid));
        err.flush();
        return ExitCode.INVALID_DATA.code();
    }

    private static boolean isVerbose(CommandLine command) {
        Object root = command.getCommandSpec().root().userObject();
        return root instanceof SwcCommand swc && swc.global() != null && swc.global().verbose();
    }
}

package org.swcplan.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
 * one {@code error:} line, with the stack trace under {@code -v}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    /** At most this many data problems are printed; the count of the rest is given. */
    static final int MAX_DATA_ERRORS = 50;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof InvalidDataException invalid) {
            return invalidData(invalid, err);
        }
        if (e instanceof ParameterException usage) {
            return handleParseException(usage, new String[0]);
        }
        if (e instanceof UncheckedIOException io) {
            err.println("error: " + io.getMessage());
        } else {
            err.println("error: internal error: " + e);
        }
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
        err.println("error: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        if (isVerbose(command)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE.code();
    }

    private static int invalidData(InvalidDataException invalid, PrintWriter err) {
        int shown = 0;
        for (DataError error : invalid.errors()) {
            if (shown++ == MAX_DATA_ERRORS) {
                err.println("... and " + (invalid.errors().size() - MAX_DATA_ERRORS) + " more");
                break;
            }
            err.println(error.format());
        }
        err.println("error: invalid data: " + invalid.getMessage());
        err.flush();
        return ExitCode.INVALID_DATA.code();
    }

    private static boolean isVerbose(CommandLine command) {
        Object root = command.getCommandSpec().root().userObject();
        return root instanceof SwcCommand swc && swc.global() != null && swc.global().verbose();
    }
}

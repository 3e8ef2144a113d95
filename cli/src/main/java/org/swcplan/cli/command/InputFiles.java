package org.swcplan.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Files named on the command line: a missing one is a usage error, not an internal one; {@code -}
 * is standard input.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** The name that stands for standard input or output. */
    static final String STANDARD = "-";

    static byte[] read(CommandSpec spec, Path file) throws IOException {
        if (file.toString().equals(STANDARD)) {
            return System.in.readAllBytes();
        }
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), file + " is a folder, not a file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), file + ": no such file");
        }
    }
}

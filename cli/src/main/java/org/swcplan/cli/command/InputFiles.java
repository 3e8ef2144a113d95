package org.swcplan.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Files named on the command line: a missing one is a usage error, not an internal one. */
final class InputFiles {
    private InputFiles() {
    }

    static byte[] read(CommandSpec spec, Path file) throws IOException {
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

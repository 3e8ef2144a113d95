package org.swcplan.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.swcplan.cli.UsageMessages;
import org.swcplan.datasets.DirectorySource;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.InvalidDataException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Files named on the command line: a missing one is a usage error, not an internal one; one
 * larger than any real data file is refused before it is read into memory; {@code -} is standard
 * input.
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
            throw UsageMessages.error(spec, "folderNotFile", file);
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > DirectorySource.MAX_FILE_BYTES) {
                throw new InvalidDataException(List.of(new DataError(file.toString(), 0, 0, "", String.format(Locale.ROOT,
                        "is %,d bytes; a file of more than %d MiB is refused", Files.size(file),
                        DirectorySource.MAX_FILE_BYTES >> 20))));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw UsageMessages.error(spec, "noSuchFile", file);
        }
    }
}

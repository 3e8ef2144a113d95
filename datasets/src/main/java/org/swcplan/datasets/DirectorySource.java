package org.swcplan.datasets;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.InvalidDataException;

/**
 * A dataset in a folder, one CSV file per kind. A file that is not there is absent; a name that is
 * there but is not a readable regular file (a folder, a FIFO, a broken or looping link, an
 * unreadable or oversized file) is an error, never taken for absent.
 */
public record DirectorySource(Path directory) implements DataSource {
    /** Far above any real data file (the bundled ones are under 100 KB); reading more would exhaust memory. */
    public static final long MAX_FILE_BYTES = 256L << 20;

    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public Optional<byte[]> read(String fileName) {
        Path file = directory.resolve(fileName);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw unusable(file, notRegular(file));
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw unusable(file, String.format(Locale.ROOT, "is %,d bytes; a data file of more than %d MiB is refused",
                        size, MAX_FILE_BYTES >> 20));
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (AccessDeniedException e) {
            throw unusable(file, "cannot be read: permission denied");
        } catch (IOException e) {
            throw unusable(file, "cannot be read: " + (e instanceof FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : e.getMessage()));
        }
    }

    @Override
    public String displayName(String fileName) {
        return directory.resolve(fileName).toString();
    }

    private static String notRegular(Path file) {
        if (Files.isSymbolicLink(file)) {
            return Files.exists(file) ? "is a link to something that is not a regular file"
                    : "is a broken link (its target is missing or the links loop)";
        }
        if (Files.isDirectory(file)) {
            return "is a folder, not a file";
        }
        return "is not a regular file (a FIFO, socket or device)";
    }

    private static InvalidDataException unusable(Path file, String message) {
        return new InvalidDataException(List.of(new DataError(file.toString(), 0, 0, "", message)));
    }
}

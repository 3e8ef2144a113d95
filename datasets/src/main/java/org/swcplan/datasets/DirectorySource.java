package org.swcplan.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A dataset in a folder, one CSV file per kind. */
public record DirectorySource(Path directory) implements DataSource {
    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public Optional<byte[]> read(String fileName) {
        Path file = directory.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String displayName(String fileName) {
        return directory.resolve(fileName).toString();
    }
}

package org.swcplan.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the bundled dataset into a folder, for a planner to replace with real figures. */
public final class DatasetFolder {
    /** Shipped beside the CSV files: where each column comes from. */
    public static final String SOURCES = "SOURCES.md";

    private DatasetFolder() {
    }

    /** The files {@link #writeBundled} writes, in order. */
    public static List<String> bundledFiles() {
        List<String> files = new ArrayList<>(BundledDataset.FILES);
        files.add(SOURCES);
        return files;
    }

    /** The files of {@link #bundledFiles} that already exist in {@code directory}. */
    public static List<Path> existingFiles(Path directory) {
        return bundledFiles().stream().map(directory::resolve).filter(Files::exists).toList();
    }

    /**
     * Writes every bundled file into {@code directory}, creating it if needed; each file atomically,
     * and none that was not there before when one fails.
     *
     * @throws FileAlreadyExistsException naming the first file that exists, unless {@code overwrite}
     */
    public static List<Path> writeBundled(Path directory, boolean overwrite) throws IOException {
        BundledDataset bundled = new BundledDataset();
        List<Path> existing = existingFiles(directory);
        if (!overwrite && !existing.isEmpty()) {
            throw new FileAlreadyExistsException(existing.get(0).toString(), null,
                    existing.size() + " of the dataset's files already exist; use --force to overwrite them");
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String name : bundledFiles()) {
            contents.put(name, bundled.read(name).orElseThrow(() -> new UncheckedIOException(
                    new IOException("bundled file missing from the jar: " + name))));
        }
        return AtomicFiles.writeAll(directory, contents);
    }
}

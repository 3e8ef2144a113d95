package org.swcplan.datasets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one place where the tool's output bytes reach a file. {@link AtomicFiles} and the staged
 * report folder write through it, so that a test can put a disk in its place that fills up after
 * a given number of bytes and check that nothing partial is left behind.
 */
public final class DiskWrites {
    /** Opens a file for writing, as {@link Files#newOutputStream} does. */
    @FunctionalInterface
    public interface Opener {
        OutputStream open(Path file, OpenOption... options) throws IOException;
    }

    /** Restores the previous opener when closed. */
    public interface Replacement extends AutoCloseable {
        @Override
        void close();
    }

    private static final Opener FILES = Files::newOutputStream;
    private static volatile Opener opener = FILES;

    private DiskWrites() {
    }

    /** Writes {@code bytes} to {@code file}, opened with {@code options} (create or truncate when none are given). */
    public static void write(Path file, byte[] bytes, OpenOption... options) throws IOException {
        try (OutputStream out = opener.open(file, options)) {
            out.write(bytes);
        }
    }

    /**
     * Opens every file through {@code replacement} until the returned handle is closed. For tests
     * (a disk that fills up, a device that refuses writes); one replacement at a time.
     */
    public static synchronized Replacement replaceOpener(Opener replacement) {
        Objects.requireNonNull(replacement, "replacement");
        Opener previous = opener;
        opener = replacement;
        return () -> opener = previous;
    }
}

package org.swcplan.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Standard output that remembers the first error writing to it (a full disk, a closed pipe), which
 * a {@link java.io.PrintWriter} would otherwise swallow: a result that could not be written is an
 * error, never a success.
 */
final class WatchedOutput extends FilterOutputStream {
    private IOException failure;

    WatchedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    private void remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** The first write error, if there was one. */
    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Whether the reader went away (e.g. {@code | head}): the usual end of a pipe, not an error to report. */
    static boolean closedPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }
}

package org.swcplan.datasets.units;

import com.opencsv.RFC4180Parser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.InvalidDataException;
import org.swcplan.datasets.exchange.RejectsFile;
import org.swcplan.model.csle.ErosionTally;
import org.swcplan.model.csle.ScenarioRule;
import org.swcplan.model.region.County;

/**
 * Streams a land-unit file through the CSLE: one thread reads blocks of whole lines, worker threads
 * parse and compute them, and the block results are combined in file order, so sums are the same
 * whatever the number of threads. Memory stays flat: at most a few blocks are in flight.
 */
public final class LandUnitStream {
    /** Block size: large enough to keep workers busy, small enough to keep memory flat. */
    static final int BLOCK_BYTES = 4 << 20;

    private LandUnitStream() {
    }

    /**
     * @param threads  worker threads
     * @param lenient  whether bad units are collected as rejects instead of failing the run
     * @param progress told the number of bytes read so far
     */
    public record Options(int threads, boolean lenient, LongConsumer progress) {
    }

    /**
     * The tallies of all units, per county, at the base and under the scenario (null without rules);
     * the file's header and the bad units kept for the rejects file.
     */
    public record Result(ErosionTally baseline, ErosionTally scenario, long units, long lines, List<String> header,
                         List<RejectsFile.Rejected> rejected, long rejectedCount) {
    }

    /**
     * @throws InvalidDataException for a bad header, or (strict) any bad unit, with file:line:column
     */
    public static Result run(String file, InputStream in, List<County> counties, List<ScenarioRule> rules,
                             Options options) throws IOException {
        byte[] headerBytes = readLine(in);
        List<DataError> headerErrors = new ArrayList<>();
        UnitColumns columns = UnitColumns.parse(file, new String(headerBytes, StandardCharsets.UTF_8), headerErrors);
        if (!headerErrors.isEmpty()) {
            throw new InvalidDataException(headerErrors);
        }
        ChunkProcessor processor = new ChunkProcessor(columns, counties, rules, options.lenient());
        if (options.threads() < 1) {
            throw new IllegalArgumentException("at least one worker thread is needed, was " + options.threads());
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "csle-worker");
            t.setDaemon(true);
            return t;
        });
        Combiner combiner = new Combiner(file, columns.names(), counties.size(), !rules.isEmpty(), options.lenient());
        try {
            Deque<Future<ChunkProcessor.Result>> inFlight = new ArrayDeque<>();
            long bytesRead = headerBytes.length + 1;
            byte[] carry = new byte[0];
            while (true) {
                byte[] block = new byte[BLOCK_BYTES + carry.length];
                System.arraycopy(carry, 0, block, 0, carry.length);
                int filled = carry.length;
                int n;
                while (filled < block.length && (n = in.read(block, filled, block.length - filled)) > 0) {
                    filled += n;
                }
                boolean end = filled < block.length;
                bytesRead += filled - carry.length;
                if (end && filled == 0) {
                    break;
                }
                int cut = end ? filled : lastNewline(block, filled) + 1;
                if (cut == 0 && !end) {
                    // a single line longer than a block: grow the block
                    carry = Arrays.copyOf(block, filled);
                    continue;
                }
                carry = Arrays.copyOfRange(block, cut, filled);
                byte[] chunk = block;
                int length = cut;
                if (length > 0) {
                    inFlight.add(pool.submit(() -> processor.process(chunk, length)));
                }
                while (inFlight.size() > 2 * options.threads() || (end && !inFlight.isEmpty())) {
                    combiner.add(inFlight.removeFirst().get());
                }
                options.progress().accept(bytesRead);
                if (end) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return combiner.result();
    }

    /** Adds block results in file order, numbering their lines. */
    private static final class Combiner {
        private final String file;
        private final ErosionTally baseline;
        private final ErosionTally scenario;
        private final boolean lenient;
        private final List<DataError> errors = new ArrayList<>();
        private final List<String> header;
        private final List<RejectsFile.Rejected> rejected = new ArrayList<>();
        private long rejectedCount;
        private long units;
        /** The physical line the next block starts on (the header is line 1). */
        private long nextLine = 2;

        Combiner(String file, List<String> header, int counties, boolean withScenario, boolean lenient) {
            this.file = file;
            this.header = List.copyOf(header);
            this.baseline = new ErosionTally(counties);
            this.scenario = withScenario ? new ErosionTally(counties) : null;
            this.lenient = lenient;
        }

        void add(ChunkProcessor.Result r) {
            baseline.addAll(r.baseline());
            if (scenario != null) {
                scenario.addAll(r.scenario());
            }
            units += r.units();
            for (ChunkProcessor.Problem p : r.problems()) {
                long line = nextLine + p.lineInChunk();
                DataError error = new DataError(file, line, p.column(), p.header(), p.message());
                if (lenient) {
                    rejected.add(new RejectsFile.Rejected(line, error.format(), fields(p.text())));
                } else if (errors.size() < 1000) {
                    errors.add(error);
                }
            }
            rejectedCount += r.problems().size();
            nextLine += r.lines();
        }

        Result result() {
            if (!errors.isEmpty()) {
                throw new InvalidDataException(errors);
            }
            return new Result(baseline, scenario, units, nextLine - 1, header, rejected, rejectedCount);
        }
    }

    /** The last line end of the block outside quotes (a block always starts a record), or -1. */
    private static int lastNewline(byte[] block, int filled) {
        int last = -1;
        boolean quoted = false;
        for (int i = 0; i < filled; i++) {
            byte c = block[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                last = i;
            }
        }
        return last;
    }

    /** A rejected record's fields as RFC 4180 reads them (the raw text as one field if it cannot be read). */
    private static List<String> fields(String text) {
        try {
            return List.of(new RFC4180Parser().parseLine(text));
        } catch (IOException e) {
            return List.of(text);
        }
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }
}

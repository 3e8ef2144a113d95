package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.swcplan.datasets.DiskWrites;

/**
 * The writing commands on a disk that fills up: every byte goes through a test-only writer that
 * refuses to write beyond a budget, as a full disk does, shared by all files of the run. Each
 * command must fail with one line naming what it could not write, leave no partial or hidden
 * temporary file, and leave the data folder byte for byte as it was.
 */
class FullDiskTest {
    private static final String LOCK = ".swc-import.lock";

    @TempDir
    Path work;
    private Path data;
    private Path rows;

    /** Bytes the disk still takes before it is full, shared by every file opened through it. */
    private static final class FillingDisk implements DiskWrites.Opener {
        private final AtomicLong free;

        FillingDisk(long free) {
            this.free = new AtomicLong(free);
        }

        @Override
        public OutputStream open(Path file, OpenOption... options) throws IOException {
            return new FilterOutputStream(Files.newOutputStream(file, options)) {
                @Override
                public void write(int b) throws IOException {
                    take(1);
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    long allowed = Math.min(len, Math.max(0, free.get()));
                    out.write(b, off, (int) allowed);
                    take(len);
                }

                private void take(long n) throws IOException {
                    if (free.addAndGet(-n) < 0) {
                        free.set(0);
                        throw new IOException("No space left on device");
                    }
                }
            };
        }
    }

    @BeforeEach
    void folders() throws IOException {
        // the measuring run's folders have paths of the same length (reports print them)
        data = DataFolder.init(work.resolve("m").resolve("data")).file("");
        rows = work.resolve("new.csv");
        List<String> monitoring = Files.readAllLines(data.resolve("monitoring.csv"), StandardCharsets.UTF_8);
        StringBuilder next = new StringBuilder(monitoring.get(0)).append('\n');
        monitoring.stream().filter(l -> l.contains(",2024,"))
                .forEach(l -> next.append(l.replace(",2024,", ",2025,")).append('\n'));
        Files.writeString(rows, next);
    }

    /** Each command, with the disk full at its first byte, a little in, half way and at its last byte. */
    static Stream<Arguments> commandsAndFractions() {
        List<String> commands = List.of("report", "chart", "init", "import", "import-lenient", "export");
        return commands.stream().flatMap(c -> Stream.of(0.0, 0.01, 0.5, 1.0).map(f -> Arguments.of(c, f)));
    }

    @ParameterizedTest(name = "{0}, disk full after {1} of what it writes")
    @MethodSource("commandsAndFractions")
    void failsWholeWithAMessageAndLeavesNothingPartial(String command, double fraction) throws Exception {
        long needs = bytesWritten(command);
        long free = Math.min(needs - 1, Math.round(needs * fraction));
        Path target = work.resolve("m").resolve("out");
        Path rejects = rows.resolveSibling(rows.getFileName() + ".rejects.csv");
        Map<String, String> before = digests(data);
        CliRun run;
        try (DiskWrites.Replacement disk = DiskWrites.replaceOpener(new FillingDisk(free))) {
            run = CliRun.of(args(command, data, target));
        }
        assertThat(run.exitCode()).as("exit code with %d of %d bytes free; stderr: %s", free, needs, run.err())
                .isEqualTo(ExitCode.INVALID_DATA.code());
        List<String> errors = run.err().lines().filter(l -> l.startsWith("error")).toList();
        assertThat(errors).as(run.err()).hasSize(1);
        assertThat(errors.get(0)).contains("No space left on device").doesNotContain(".tmp").doesNotContain("staging")
                .containsAnyOf(command.startsWith("import") ? new String[] {data.toString(), rejects.toString()}
                        : new String[] {target.toString()});
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.exists(target)).as("%s left behind", target).isFalse();
        assertThat(Files.exists(rejects)).as("the rejects of an import that did not happen").isFalse();
        assertThat(digests(data)).as("the data folder").isEqualTo(before);
        try (Stream<Path> all = Files.walk(work)) {
            assertThat(all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && !n.equals(LOCK)))
                    .as("hidden temporary files").isEmpty();
        }
    }

    /** What the command writes when the disk has room, measured on a copy of the data. */
    private long bytesWritten(String command) throws IOException {
        Path probe = work.resolve("p");
        Path probeData = DataFolder.init(probe.resolve("data")).file("");
        FillingDisk roomy = new FillingDisk(Long.MAX_VALUE / 2);
        try (DiskWrites.Replacement disk = DiskWrites.replaceOpener(roomy)) {
            CliRun.of(args(command, probeData, probe.resolve("out"))).exits(ExitCode.OK);
        }
        deleteTree(probe);
        Files.deleteIfExists(rows.resolveSibling(rows.getFileName() + ".rejects.csv"));
        long written = Long.MAX_VALUE / 2 - roomy.free.get();
        assertThat(written).as("bytes %s writes", command).isPositive();
        return written;
    }

    private String[] args(String command, Path dataFolder, Path target) {
        return switch (command) {
            case "report" -> new String[] {"report", "--data", dataFolder.toString(), "--out", target.toString()};
            case "chart" -> new String[] {"chart", "--data", dataFolder.toString(), "--kind", "gaps", "--out",
                    target.toString()};
            case "init" -> new String[] {"init", target.toString()};
            case "import" -> new String[] {"import", rows.toString(), "--kind", "monitoring", "--into",
                    dataFolder.toString()};
            case "import-lenient" -> new String[] {"import", rows.toString(), "--kind", "monitoring", "--into",
                    dataFolder.toString(), "--lenient"};
            case "export" -> new String[] {"export", "--data", dataFolder.toString(), "--kind", "gap", "-o",
                    target.toString()};
            default -> throw new IllegalArgumentException(command);
        };
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The file names and SHA-256 of a folder's files. */
    private static Map<String, String> digests(Path folder) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().equals(LOCK)).toList()) {
                digests.put(file.getFileName().toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }
}

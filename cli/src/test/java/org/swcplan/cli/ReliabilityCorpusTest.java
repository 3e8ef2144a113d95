package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded corpus of damaged data folders run through the commands in process. Whatever the damage,
 * a run ends in a documented exit code other than "internal error", prints no stack trace, names a
 * file in every invalid-data message, never treats a file that exists but cannot be read as absent,
 * and leaves the data folder byte-identical.
 *
 * Some cases import the damaged file (strict, lenient or replacing) into a copy of the bundled
 * dataset instead: a failed import must leave that folder as it was, and a finished one must
 * account for every row it read.
 *
 * <p>{@code -Dswc.corpus.cases=N} and {@code -Dswc.corpus.seed=S} change the size and the draw (the
 * bench script runs 1,000 cases and more); the counts are printed either way.
 */
class ReliabilityCorpusTest {
    private static final int CASES = Integer.getInteger("swc.corpus.cases", 320);
    private static final long SEED = Long.getLong("swc.corpus.seed", 20261204L);
    private static final List<String> FILES = List.of("counties.csv", "monitoring.csv", "treatment.csv", "baseline.csv",
            "params.csv", "targets.csv", "city.csv", "indicators.csv", "references.csv", "tasks.csv", "boundaries.geojson",
            "supervision.csv", "indicator_items.csv", "task_progress.csv", "subunits.csv");
    /** The files {@code swc import} takes, by their kind's name. */
    private static final Set<String> IMPORTABLE = Set.of("monitoring.csv", "treatment.csv", "baseline.csv", "params.csv",
            "targets.csv", "city.csv", "indicators.csv", "references.csv", "tasks.csv", "supervision.csv",
            "indicator_items.csv", "task_progress.csv", "subunits.csv");
    private static final int IMPORT_PERCENT = 15;
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static final boolean FIFOS = fifosWork();
    private static final String[] ODD_NUMBERS = {"1e308", "-1e308", "1.8e308", "NaN", "Infinity", "-Infinity", "-0",
        "4.9e-324", "1e12", "99999999999999999999", "-5", "0x10", "1,5", " 12 ", "", "\"3\"", "=1+1", "１２"};

    @TempDir
    Path dir;

    /** One kind of damage done to one file; {@code unreadable} damage leaves a path that must not count as absent. */
    private enum Damage {
        TRUNCATE, RANDOM_BYTES, NUL, ODD_NUMBER, EMPTY, HEADER_ONLY, DUPLICATE_ROWS, UTF16, LONG_LINE, DIRECTORY(true),
        FIFO(true), DANGLING_LINK(true), LINK_LOOP(true), UNREADABLE(true), DELETED, SWAPPED_COLUMNS, BOM, CRLF, CR,
        DROPPED_COLUMN, EXTRA_COLUMN, UNBALANCED_QUOTE, BLANK_LINES, FORMULA_TEXT, DUPLICATE_HEADER, SHUFFLED_ROWS;

        final boolean unreadable;

        Damage() {
            this(false);
        }

        Damage(boolean unreadable) {
            this.unreadable = unreadable;
        }
    }

    private record Case(int number, String file, Damage damage, List<String> command) {
        @Override
        public String toString() {
            return "case " + number + " (seed " + SEED + "): " + damage + " of " + file + " under " + String.join(" ", command);
        }
    }

    @Test
    void damagedDataFoldersEndInDocumentedExitCodesAndChangeNothing() throws Exception {
        Path pristine = DataFolder.init(dir.resolve("pristine")).file(".");
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> failures = new ArrayList<>();
        TreeMap<Integer, Integer> exits = new TreeMap<>();
        int internal = 0;
        int traces = 0;
        int silentDrops = 0;
        int changed = 0;
        int unnamed = 0;
        long started = System.nanoTime();
        TreeMap<Long, String> slowest = new TreeMap<>(); // ms × 10,000 + case number → case
        for (int n = 0; n < CASES; n++) {
            Path data = dir.resolve("case-" + n);
            copy(pristine, data);
            String file = FILES.get(random.nextInt(FILES.size()));
            Damage damage = Damage.values()[random.nextInt(Damage.values().length)];
            if (damage == Damage.UNREADABLE && ROOT || damage == Damage.FIFO && !FIFOS) {
                damage = Damage.TRUNCATE;
            }
            damage(data.resolve(file), damage, random);
            Path out = dir.resolve("out-" + n);
            if (random.nextInt(4) > 0) {
                Files.createDirectories(out); // else the output folder is missing, which must be told too
            }
            Path into = dir.resolve("into-" + n);
            boolean importing = IMPORTABLE.contains(file) && damage != Damage.FIFO && random.nextInt(100) < IMPORT_PERCENT;
            List<String> command = importing ? importCommand(random, data.resolve(file), into) : command(random, data, out);
            if (importing) {
                copy(pristine, into);
            }
            Case c = new Case(n, file, damage, command);
            String before = fingerprint(data);
            String intoBefore = importing ? fingerprint(into) : "";
            long caseStarted = System.nanoTime();
            CliRun run = CliRun.of(c.command().toArray(String[]::new));
            slowest.put((System.nanoTime() - caseStarted) / 1_000_000 * 10_000 + n, c.toString());
            if (slowest.size() > 5) {
                slowest.pollFirstEntry();
            }
            exits.merge(run.exitCode(), 1, Integer::sum);
            List<String> problems = new ArrayList<>();
            if (!Set.of(0, 2, 3, 4).contains(run.exitCode())) {
                internal++;
                problems.add("exit " + run.exitCode());
            }
            if (run.err().contains("\tat ") || run.err().contains("Exception") || run.err().contains("Error:")) {
                traces++;
                problems.add("a stack trace or exception name");
            }
            if (run.exitCode() == 3 && !FILES.stream().anyMatch(run.err()::contains) && !run.err().contains(out.toString())) {
                unnamed++;
                problems.add("an invalid-data message naming no file");
            }
            if (damage.unreadable && run.exitCode() == 0 && !run.err().contains(file)) {
                silentDrops++;
                problems.add("a file that cannot be read treated as absent");
            }
            if (!before.equals(fingerprint(data))) {
                changed++;
                problems.add("the data folder changed");
            }
            if (importing && run.exitCode() != 0 && !intoBefore.equals(fingerprint(into))) {
                changed++;
                problems.add("a failed import changed the folder it imports into");
            }
            if (importing && run.exitCode() == 0 && !countsAddUp(run.err())) {
                silentDrops++;
                problems.add("an import whose rows read are not those imported and rejected");
            }
            if (!problems.isEmpty()) {
                failures.add(c + ": " + String.join(", ", problems) + "\n--- stderr ---\n" + run.err());
            }
            delete(data);
            delete(out);
            delete(into);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "corpus: %d cases in %.1f s (seed %d); exits %s; internal errors %d; stack traces %d; "
                + "unnamed files %d; silent drops %d; changed inputs %d%n", CASES, seconds, SEED, exits, internal, traces,
                unnamed, silentDrops, changed);
        slowest.descendingMap().forEach((key, c) -> System.out.printf(Locale.ROOT, "  slow: %d ms, %s%n", key / 10_000, c));
        assertThat(failures).as("%d of %d cases failed", failures.size(), CASES).isEmpty();
    }

    /** Strict, lenient or replacing imports of the damaged file into a copy of the bundled dataset. */
    private static List<String> importCommand(SplittableRandom random, Path file, Path into) {
        List<String> command = new ArrayList<>(List.of("import", file.toString(), "--kind",
                file.getFileName().toString().replace(".csv", ""), "--into", into.toString()));
        if (random.nextBoolean()) {
            command.add("--lenient");
        }
        if (random.nextBoolean()) {
            command.add("--replace");
        }
        return command;
    }

    /** {@code read N rows: imported I (…), rejected R}: N = I + R (R is 0 when not lenient). */
    private static boolean countsAddUp(String said) {
        Matcher m = Pattern.compile("read (\\d+) rows: imported (\\d+) \\(.*?\\)(?: into [^,]*, rejected (\\d+))?").matcher(said);
        if (!m.find()) {
            return false;
        }
        long rejected = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        return Long.parseLong(m.group(1)) == Long.parseLong(m.group(2)) + rejected;
    }

    /** Cheap commands on most cases; the forecasting ones on a sample (a second or more each), the report on 1 %. */
    private static List<String> command(SplittableRandom random, Path data, Path out) {
        String d = data.toString();
        int pick = random.nextInt(100);
        if (pick < 35) {
            return List.of("validate", "--data", d);
        } else if (pick < 65) {
            return List.of("status", "--data", d, "--format", random.nextBoolean() ? "csv" : "table");
        } else if (pick < 72) {
            return List.of("export", "--data", d, "--kind", "status", "-o", out.resolve("status.csv").toString());
        } else if (pick < 78) {
            return List.of("targets", "--data", d);
        } else if (pick < 84) {
            return List.of("gap", "--data", d, "--milestone", "2030");
        } else if (pick < 89) {
            return List.of("forecast", "--data", d, "--county", "CITY", "--paths", "200");
        } else if (pick < 94) {
            return List.of("allocate", "--data", d, "--milestone", "2030");
        } else if (pick < 99) {
            return List.of("chart", "--data", d, "--kind", "status", "--svg", "--out", out.toString());
        }
        return List.of("report", "--data", d, "--out", out.resolve("report").toString());
    }

    private static void damage(Path file, Damage damage, SplittableRandom random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        switch (damage) {
            case TRUNCATE -> Files.write(file, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
            case RANDOM_BYTES -> {
                int from = random.nextInt(bytes.length);
                for (int i = from; i < Math.min(bytes.length, from + 1 + random.nextInt(64)); i++) {
                    bytes[i] = (byte) random.nextInt(256);
                }
                Files.write(file, bytes);
            }
            case NUL -> {
                bytes[random.nextInt(bytes.length)] = 0;
                Files.write(file, bytes);
            }
            case ODD_NUMBER -> {
                int line = 1 + random.nextInt(Math.max(1, lines.size() - 1));
                if (line < lines.size()) {
                    String[] cells = lines.get(line).split(",", -1);
                    cells[random.nextInt(cells.length)] = ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)];
                    lines.set(line, String.join(",", cells));
                }
                write(file, lines, "\n");
            }
            case EMPTY -> Files.write(file, new byte[0]);
            case HEADER_ONLY -> write(file, lines.subList(0, 1), "\n");
            case DUPLICATE_ROWS -> {
                List<String> doubled = new ArrayList<>(lines);
                int repeat = 1 + random.nextInt(20);
                for (int r = 0; r < repeat; r++) {
                    doubled.addAll(lines.subList(1, lines.size()));
                }
                write(file, doubled, "\n");
            }
            case UTF16 -> Files.write(file, text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16));
            case LONG_LINE -> {
                lines.add(Math.min(lines.size(), 1 + random.nextInt(lines.size())), "x".repeat(200_000 + random.nextInt(2_000_000)));
                write(file, lines, "\n");
            }
            case DIRECTORY -> {
                Files.delete(file);
                Files.createDirectory(file);
            }
            case FIFO -> {
                Files.delete(file);
                mkfifo(file);
            }
            case DANGLING_LINK -> {
                Files.delete(file);
                Files.createSymbolicLink(file, file.resolveSibling("nowhere.csv"));
            }
            case LINK_LOOP -> {
                Files.delete(file);
                Files.createSymbolicLink(file, file);
            }
            case UNREADABLE -> Files.setPosixFilePermissions(file, Set.of());
            case DELETED -> Files.delete(file);
            case SWAPPED_COLUMNS -> {
                int a = random.nextInt(8);
                int b = random.nextInt(8);
                List<String> swapped = new ArrayList<>();
                for (String line : lines) {
                    String[] cells = line.split(",", -1);
                    if (a < cells.length && b < cells.length) {
                        String t = cells[a];
                        cells[a] = cells[b];
                        cells[b] = t;
                    }
                    swapped.add(String.join(",", cells));
                }
                write(file, swapped, "\n");
            }
            case BOM -> Files.writeString(file, "\uFEFF".repeat(1 + random.nextInt(2)) + text, StandardCharsets.UTF_8);
            case CRLF -> write(file, lines, "\r\n");
            case CR -> write(file, lines, "\r");
            case DROPPED_COLUMN -> write(file, lines.stream().map(l -> l.replaceFirst(",[^,]*$", "")).toList(), "\n");
            case EXTRA_COLUMN -> write(file, lines.stream().map(l -> l + ",extra").toList(), "\n");
            case UNBALANCED_QUOTE -> {
                int line = random.nextInt(lines.size());
                lines.set(line, "\"" + lines.get(line));
                write(file, lines, "\n");
            }
            case BLANK_LINES -> {
                lines.add(Math.min(lines.size(), 1 + random.nextInt(lines.size())), "");
                lines.add(Math.min(lines.size(), 1 + random.nextInt(lines.size())), ",,,");
                write(file, lines, "\n");
            }
            case FORMULA_TEXT -> write(file, lines.stream().map(l -> l.replace("illustrative",
                    "=HYPERLINK(\"http://x\")").replace("盐湖区", "@SUM(A1:A9)县")).toList(), "\n");
            case DUPLICATE_HEADER -> {
                String[] header = lines.get(0).split(",", -1);
                header[header.length - 1] = header[0];
                lines.set(0, String.join(",", header));
                write(file, lines, "\n");
            }
            case SHUFFLED_ROWS -> {
                List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
                for (int i = body.size() - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    body.set(i, body.set(j, body.get(i)));
                }
                body.add(0, lines.get(0));
                write(file, body, "\n");
            }
        }
    }

    private static void write(Path file, List<String> lines, String end) throws IOException {
        Files.writeString(file, String.join(end, lines) + end, StandardCharsets.UTF_8);
    }

    private static void mkfifo(Path file) throws IOException {
        try {
            Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo failed for " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static boolean fifosWork() {
        try {
            Path probe = Files.createTempDirectory("fifo-probe");
            try {
                mkfifo(probe.resolve("f"));
                return true;
            } finally {
                delete(probe);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Each entry's name, kind and (for regular files) SHA-256 or (for links) target, without following links. */
    private static String fingerprint(Path folder) throws IOException {
        StringBuilder print = new StringBuilder();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted().filter(ReliabilityCorpusTest::isInput).toList()) {
                print.append(folder.relativize(p)).append(' ');
                if (Files.isSymbolicLink(p)) {
                    print.append("link ").append(Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    print.append(Files.getPosixFilePermissions(p)).append(' ');
                    print.append(Files.isReadable(p) || ROOT ? sha256(Files.readAllBytes(p)) : "unreadable");
                } else {
                    print.append(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : "other");
                }
                print.append('\n');
            }
        }
        return print.toString();
    }

    /** What a run may add beside its inputs: an import's lock file and the rejects file beside what it imports. */
    private static boolean isInput(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return !name.equals(".swc-import.lock") && !name.endsWith(".rejects.csv");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

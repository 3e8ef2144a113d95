package org.swcplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** A copy of the bundled dataset in a test folder, with single lines edited to plant faults. */
final class DataFolder {
    private final Path directory;

    private DataFolder(Path directory) {
        this.directory = directory;
    }

    /** Writes the bundled dataset into {@code directory} through {@code swc init}. */
    static DataFolder init(Path directory) {
        CliRun.of("init", directory.toString()).exits(ExitCode.OK);
        return new DataFolder(directory);
    }

    Path file(String name) {
        return directory.resolve(name);
    }

    /** Replaces, on physical line {@code line} (1-based) of {@code name}, the first match of a regex. */
    DataFolder editLine(String name, int line, String regex, String replacement) throws IOException {
        Path file = file(name);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String edited = lines.get(line - 1).replaceFirst(regex, replacement);
        if (edited.equals(lines.get(line - 1))) {
            throw new IllegalStateException(name + ":" + line + " has no match for " + regex);
        }
        lines.set(line - 1, edited);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return this;
    }

    /** Puts {@code text} in field {@code field} (1-based) of line {@code line}. */
    DataFolder setField(String name, int line, int field, String text) throws IOException {
        return editLine(name, line, "^((?:[^,]*,){" + (field - 1) + "})[^,]*", "$1" + text);
    }

    /** Keeps, below the header of {@code name}, only the lines {@code keep} accepts. */
    DataFolder keepRows(String name, Predicate<String> keep) throws IOException {
        Path file = file(name);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).filter(keep).forEach(kept::add);
        Files.write(file, kept, StandardCharsets.UTF_8);
        return this;
    }

    /** Appends {@code lines} below the last line of {@code name}. */
    DataFolder appendRows(String name, List<String> lines) throws IOException {
        List<String> all = new ArrayList<>(Files.readAllLines(file(name), StandardCharsets.UTF_8));
        all.addAll(lines);
        Files.write(file(name), all, StandardCharsets.UTF_8);
        return this;
    }

    /** The lines below the header of {@code name} that {@code keep} accepts. */
    List<String> rows(String name, Predicate<String> keep) throws IOException {
        return Files.readAllLines(file(name), StandardCharsets.UTF_8).stream().skip(1).filter(keep).toList();
    }

    /**
     * Adds an illustrative 2025 for every county: its 2024 monitoring row with every erosion class
     * and wind erosion multiplied by {@code erosionFactor.get(i)} (county {@code i} in file order; no
     * reported rate), and its 2024 treatment row repeated.
     */
    DataFolder add2025(List<Double> erosionFactor) throws IOException {
        List<String> monitoring = new ArrayList<>();
        List<String> rows2024 = rows("monitoring.csv", l -> l.split(",")[1].equals("2024"));
        for (int i = 0; i < rows2024.size(); i++) {
            String[] cells = rows2024.get(i).split(",", -1);
            cells[1] = "2025";
            for (int c = 3; c <= 8; c++) {
                cells[c] = String.format(Locale.ROOT, "%.2f", Double.parseDouble(cells[c]) * erosionFactor.get(i));
            }
            cells[9] = "";
            monitoring.add(String.join(",", cells));
        }
        appendRows("monitoring.csv", monitoring);
        return appendRows("treatment.csv", rows("treatment.csv", l -> l.split(",")[1].equals("2024")).stream()
                .map(l -> l.replaceFirst("^(\\d+),2024,", "$1,2025,")).toList());
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}

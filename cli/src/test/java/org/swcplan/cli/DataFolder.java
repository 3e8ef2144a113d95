package org.swcplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Override
    public String toString() {
        return directory.toString();
    }
}

package org.swcplan.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.swcplan.cli.StagedDirectory.Refusal;
import org.swcplan.reports.report.Manifest;

/**
 * Recognises a folder {@code swc report} wrote, the only kind {@code --force} replaces: a
 * {@code manifest.json} with the tool's marker and inventory, and nothing in the folder that the
 * inventory does not list (a foreign manifest, an added file or link means it is someone else's).
 */
final class ReportFolder {
    static final String MANIFEST = "manifest.json";

    private ReportFolder() {
    }

    /** Why {@code folder} is not a report of ours (a {@code usage.error} key), or empty when it is. */
    static Optional<Refusal> refusal(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new Refusal("noReportManifest"));
        }
        Optional<Set<String>> inventory = Manifest.inventory(Files.readAllBytes(manifest));
        if (inventory.isEmpty()) {
            return Optional.of(new Refusal("foreignManifest"));
        }
        Set<String> files = new HashSet<>(inventory.get());
        files.add(MANIFEST);
        Set<String> folders = new HashSet<>();
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.filter(p -> !p.equals(folder)).sorted().toList();
        }
        for (Path entry : entries) {
            String name = folder.relativize(entry).toString().replace(entry.getFileSystem().getSeparator(), "/");
            boolean known = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? folders.contains(name)
                    : Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && files.contains(name);
            if (!known) {
                return Optional.of(new Refusal("notInInventory", name));
            }
        }
        return Optional.empty();
    }
}

package org.swcplan.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.swcplan.datasets.DiskWrites;

/**
 * Writes a whole folder of files so that it appears all at once: the files go to a hidden
 * staging folder beside the target, which is renamed into place at the end. An interrupted run
 * leaves the target as it was (a shutdown hook removes the staging folder where it can; what a
 * killed run leaves, the next run beside it removes).
 */
public final class StagedDirectory {
    private StagedDirectory() {
    }

    /** Whether an existing folder is one this tool wrote and may replace. */
    @FunctionalInterface
    public interface Ownership {
        /** Why {@code folder} may not be replaced, or empty when it is ours to replace. */
        Optional<Refusal> refusal(Path folder) throws IOException;
    }

    /**
     * Why a target is not replaced: the {@code usage.error} key of the help bundle that words it, and
     * the arguments after the target's name, so that the command tells it in the help's language.
     */
    public record Refusal(String key, List<String> args) {
        public Refusal(String key, String... args) {
            this(key, List.of(args));
        }
    }

    /** A target that exists and may not be replaced, with the reason as a {@link Refusal}. */
    public static final class Refused extends FileAlreadyExistsException {
        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;

        Refused(Path target, Refusal refusal) {
            super(target.toString(), null, refusal.key());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * @param files     relative path → bytes
     * @param replace   whether an existing target may be replaced; only an empty folder or one
     *                  {@code ownership} recognises ever is
     * @throws FileAlreadyExistsException when the target exists and may not be replaced
     */
    public static void write(Path target, Map<String, byte[]> files, boolean replace, Ownership ownership)
            throws IOException {
        requireReplaceable(target, replace, ownership);
        try {
            stageAndSwap(target, files);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            // name the folder asked for, not the hidden staging folder the JDK's message names
            throw new IOException("cannot write " + target + ": " + (e instanceof FileSystemException fs
                    && fs.getReason() != null ? fs.getReason() : e.getMessage()), e);
        }
    }

    private static void stageAndSwap(Path target, Map<String, byte[]> files) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        removeStale(parent, absolute.getFileName().toString());
        Path staging = Files.createTempDirectory(parent, hidden(absolute, "staging"));
        readableByAll(staging);
        Thread cleanup = new Thread(() -> deleteQuietly(staging));
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                DiskWrites.write(path, file.getValue());
            }
            if (Files.exists(absolute)) {
                Path old = Files.createTempDirectory(parent, hidden(absolute, "old"));
                Files.delete(old);
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
                deleteQuietly(old);
            } else {
                Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            deleteQuietly(staging);
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    /**
     * The prefix of a hidden folder beside the target: {@code .NAME.staging-PID-} or
     * {@code .NAME.old-PID-}, the process id telling a later run whether its writer is still alive.
     */
    private static String hidden(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
    }

    /**
     * Removes the staging and old folders of {@code name} that a killed run left behind: those
     * with our name pattern whose process is gone. A live run's folders are left alone.
     */
    static void removeStale(Path parent, String name) {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.(?:staging|old)-(\\d{1,18})-[^/]*");
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.toList()) {
                Matcher m = ours.matcher(sibling.getFileName().toString());
                if (m.matches() && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
                        && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    deleteQuietly(sibling);
                }
            }
        } catch (IOException e) {
            // leftovers stay hidden and harmless; the write itself goes on
        }
    }

    /**
     * Refuses a target that would take other things with it: the current folder or one above it,
     * or a folder holding {@code protectedFolder} (the data the report is made from).
     *
     * @throws Refused naming the problem
     */
    public static void requireSafeTarget(Path target, Path protectedFolder) throws Refused {
        Path absolute = target.toAbsolutePath().normalize();
        if (Path.of("").toAbsolutePath().normalize().startsWith(absolute)) {
            throw new Refused(target, new Refusal("currentFolder"));
        }
        if (protectedFolder != null && protectedFolder.toAbsolutePath().normalize().startsWith(absolute)) {
            throw new Refused(target, new Refusal("holdsDataFolder", protectedFolder.toString()));
        }
    }

    /**
     * Refuses, before anything is computed or written, a target that exists when {@code replace}
     * is off, or that is not an empty folder nor one {@code ownership} recognises.
     *
     * @throws FileAlreadyExistsException naming the reason
     */
    public static void requireReplaceable(Path target, boolean replace, Ownership ownership) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // what --force would not replace is said first, so that the advice to use it is never wrong
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(target, new Refusal("notAFolder"));
        }
        Optional<Refusal> refusal = isEmpty(absolute) ? Optional.empty() : ownership.refusal(absolute);
        if (refusal.isPresent()) {
            throw new Refused(target, refusal.get());
        }
        if (!replace) {
            throw new Refused(target, new Refusal("existsUseForce"));
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Temporary folders are private (0700); a report folder is for everyone who may read its parent. */
    private static void readableByAll(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover hidden staging folder is harmless; the target is untouched
        }
    }
}

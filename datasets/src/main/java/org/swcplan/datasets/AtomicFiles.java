package org.swcplan.datasets;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a failed or interrupted run never leaves one half-written: into a
 * temporary file beside the target, then moved over it. A new file gets the process's umask (0644
 * under 022), as any program's would; a replaced file keeps its mode. A symlink is written through
 * to the file it names (the link stays); a device or FIFO is written directly, never replaced.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * @throws IOException whose message names {@code target} (never the temporary file) and the
     *                     reason: a missing folder, no permission, a full disk
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        try {
            writeOrFail(target, bytes);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e, target), e);
        }
    }

    /**
     * Writes several files into {@code folder} (created if missing), each atomically; when one
     * fails (a full disk), the files this call created are removed again, and the folder if it
     * made it, so that no partial set is left. Files it replaced stay replaced: each is whole.
     *
     * @param files name → bytes, written in this order
     * @return the files written
     */
    public static List<Path> writeAll(Path folder, Map<String, byte[]> files) throws IOException {
        boolean created = !Files.exists(folder);
        Files.createDirectories(folder);
        List<Path> createdFiles = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                boolean isNew = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
                write(target, file.getValue());
                written.add(target);
                if (isNew) {
                    createdFiles.add(target);
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Path file : createdFiles) {
                deleteQuietly(file);
            }
            if (created) {
                deleteQuietly(folder);
            }
            throw e;
        }
        return written;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the failure being reported matters more; what is left is whole, not half-written
        }
    }

    private static String reason(IOException e, Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException && parent != null && !Files.isDirectory(parent)) {
            return "no such folder " + parent;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void writeOrFail(Path target, byte[] bytes) throws IOException {
        if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            throw new FileSystemException(target.toString(), null, "a broken link");
        }
        Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target;
        if (Files.isDirectory(real)) {
            throw new FileSystemException(target.toString(), null, "a folder, not a file");
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            DiskWrites.write(real, bytes, StandardOpenOption.WRITE);
            return;
        }
        Path temp = createTemp(real.toAbsolutePath().getParent(), real.getFileName().toString(), bytes);
        try {
            keepMode(real, temp);
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new hidden file beside the target, created without explicit permissions so that the
     * umask applies ({@code Files.createTempFile} would make it 0600 whatever the umask).
     */
    private static Path createTemp(Path folder, String name, byte[] bytes) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                DiskWrites.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }

    /** Gives the temporary file the mode of the file it replaces, where there is one. */
    private static void keepMode(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null || !Files.exists(target)) {
            return;
        }
        Set<PosixFilePermission> mode = view.readAttributes().permissions();
        Files.setPosixFilePermissions(temp, mode);
    }
}

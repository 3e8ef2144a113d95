package org.swcplan.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @Test
    void aNewFileGetsTheUmasksModeLikeAnyFileTheProcessCreates(@TempDir Path dir) throws Exception {
        Path reference = Files.write(dir.resolve("reference.txt"), new byte[0]);
        Path written = dir.resolve("a.csv");
        AtomicFiles.write(written, "x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(reference));
        // under the usual umask 022 that is rw-r--r--, readable by colleagues on a shared folder
        assertThat(Files.getPosixFilePermissions(written)).isNotEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aReplacedFileKeepsItsMode(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("a.csv"), "old\n".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, "new\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aSymlinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws Exception {
        Path master = Files.write(dir.resolve("master.csv"), "old\n".getBytes(StandardCharsets.UTF_8));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), master);
        AtomicFiles.write(link, "new\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(master)).isEqualTo("new\n");
    }

    @Test
    void nothingIsLeftBesideTheTarget(@TempDir Path dir) throws Exception {
        AtomicFiles.write(dir.resolve("a.csv"), "x\n".getBytes(StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.csv");
        }
    }
}

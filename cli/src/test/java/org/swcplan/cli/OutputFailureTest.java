package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results that cannot be written are an error, and devices and links named with -o stay what they are. */
class OutputFailureTest {
    @TempDir
    Path dir;

    /** A stream that fails after {@code limit} bytes, as a full disk does. */
    private static OutputStream failingAfter(int limit) {
        return new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > limit) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    @Test
    void stdoutThatCannotBeWrittenExitsNonZeroWithAMessage() {
        for (String[] args : new String[][] {{"status"}, {"--help"}, {"status", "--format", "csv"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, failingAfter(100), err);
            assertThat(code).as(String.join(" ", args)).isEqualTo(ExitCode.INVALID_DATA.code());
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("error: the output could not be written: No space left on device");
        }
    }

    @Test
    void stdoutOnDevFullExitsNonZero() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // only opened for writing, never replaced
        try (FileOutputStream full = new FileOutputStream("/dev/full")) {
            assertThat(Main.run(new String[] {"status"}, full, err)).isEqualTo(ExitCode.INVALID_DATA.code());
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the output could not be written");
    }

    @Test
    void dashOOntoAPrivateCharacterDeviceWritesThroughAndLeavesItADevice() throws Exception {
        Path device = dir.resolve("null");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                "mknod needs root");
        CliRun.of("status", "--format", "csv", "-o", device.toString()).exits(ExitCode.OK);
        assertThat(Files.exists(device)).isTrue();
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(((Integer) Files.getAttribute(device, "unix:mode")) & 0170000).isEqualTo(0020000); // S_IFCHR
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(device);
        }
    }

    @Test
    void dashOOntoALinkUpdatesItsTargetAndKeepsTheLink() throws IOException {
        Path target = Files.writeString(dir.resolve("master.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
        CliRun.of("status", "--format", "csv", "-o", link.toString()).exits(ExitCode.OK);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
        assertThat(Files.readString(target)).startsWith("code,");
    }
}

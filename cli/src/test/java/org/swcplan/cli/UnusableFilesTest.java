package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data files that exist but cannot be used, and outputs that cannot be written: exit 3, the file named. */
class UnusableFilesTest {
    @TempDir
    Path dir;

    @Test
    void danglingOptionalFileIsAnErrorNotAbsent() throws IOException {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Files.delete(data.file("baseline.csv"));
        Files.createSymbolicLink(data.file("baseline.csv"), dir.resolve("gone.csv"));
        assertThat(CliRun.of("status", "--data", data.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains("baseline.csv: is a broken link").doesNotContain("Exception");
    }

    @Test
    void loopingLinkIsAnError() throws IOException {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Files.delete(data.file("targets.csv"));
        Files.createSymbolicLink(data.file("targets.csv"), data.file("targets.csv"));
        assertThat(validateFails(data))
                .contains("targets.csv: is a broken link");
    }

    @Test
    void folderInPlaceOfOptionalFileIsAnError() throws IOException {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Files.delete(data.file("references.csv"));
        Files.createDirectory(data.file("references.csv"));
        assertThat(validateFails(data))
                .contains("references.csv: is a folder, not a file");
    }

    @Test
    void fifoInPlaceOfFileIsAnErrorAndIsNotOpened() throws Exception {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Files.delete(data.file("params.csv"));
        if (new ProcessBuilder("mkfifo", data.file("params.csv").toString()).start().waitFor() != 0) {
            return; // no FIFOs on this platform
        }
        assertThat(validateFails(data))
                .contains("params.csv: is not a regular file");
    }

    @Test
    void countiesWithOnlyTheirHeaderAreInvalidData() throws IOException {
        DataFolder data = DataFolder.init(dir.resolve("data")).keepRows("counties.csv", l -> false);
        assertThat(validateFails(data))
                .contains("counties.csv: lists no counties").doesNotContain("internal error");
    }

    @Test
    void outputIntoMissingFolderNamesTheTargetNotTheTemporaryFile() {
        Path target = dir.resolve("missing").resolve("status.csv");
        String err = CliRun.of("export", "--kind", "status", "-o", target.toString()).exits(ExitCode.INVALID_DATA).err();
        assertThat(err).contains("cannot write " + target + ": no such folder " + target.getParent())
                .doesNotContain(".tmp").doesNotContain("internal error");
    }

    @Test
    void outputOntoFolderIsRefusedWithItsName() throws IOException {
        Path target = Files.createDirectory(dir.resolve("status.csv"));
        assertThat(CliRun.of("export", "--kind", "status", "-o", target.toString()).exits(ExitCode.INVALID_DATA).err())
                .contains("cannot write " + target + ": a folder, not a file");
    }

    @Test
    void lenientImportWhoseRejectsCannotBeWrittenLeavesTheDataUntouched() throws IOException {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        byte[] before = Files.readAllBytes(data.file("monitoring.csv"));
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, "code,year,land_area_km2,erosion_light_km2,erosion_moderate_km2,erosion_intense_km2,"
                + "erosion_very_intense_km2,erosion_severe_km2\n140802,2030,1237,100,30,15,8,3\n140802,2031,1237,n/a,30,15,8,3\n");
        Files.createDirectory(dir.resolve("rows.csv.rejects.csv"));
        String err = CliRun.of("import", file.toString(), "--kind", "monitoring", "--into", data.toString(), "--lenient")
                .exits(ExitCode.INVALID_DATA).err();
        assertThat(err).contains("cannot write " + dir.resolve("rows.csv.rejects.csv") + ": a folder, not a file");
        assertThat(Files.readAllBytes(data.file("monitoring.csv"))).isEqualTo(before);
    }

    @Test
    void aFileFarLargerThanAnyDataFileIsRefusedBeforeItIsRead() throws IOException {
        DataFolder data = DataFolder.init(dir.resolve("data"));
        Path huge = dir.resolve("huge.csv");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(300L << 20); // sparse: no disk space used
        }
        assertThat(CliRun.of("import", huge.toString(), "--kind", "monitoring", "--into", data.toString())
                .exits(ExitCode.INVALID_DATA).err()).contains(huge + ": is 314,572,800 bytes; a file of more than 256 MiB is refused");
        Files.delete(data.file("treatment.csv"));
        Files.move(huge, data.file("treatment.csv"));
        assertThat(validateFails(data))
                .contains("treatment.csv: is 314,572,800 bytes; a data file of more than 256 MiB is refused");
    }

    @Test
    void initThatFailsHalfwayLeavesNoPartialDataset() throws IOException {
        Path target = Files.createDirectories(dir.resolve("data"));
        Files.createDirectory(target.resolve("params.csv")); // written after several others, and it cannot be
        String err = CliRun.of("init", "--force", target.toString()).exits(ExitCode.INVALID_DATA).err();
        assertThat(err).contains("cannot write " + target.resolve("params.csv") + ": a folder, not a file");
        try (var left = Files.list(target)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("params.csv");
        }
        CliRun.of("init", dir.resolve("fresh").toString()).exits(ExitCode.OK);
    }

    @Test
    void chartThatFailsHalfwayRemovesTheFilesItCreatedAndKeepsTheOthers() throws IOException {
        Path out = Files.createDirectories(dir.resolve("charts"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.createDirectory(out.resolve("gaps-2030.svg")); // the last of the files, and it cannot be written
        String err = CliRun.of("chart", "--kind", "gaps", "--out", out.toString()).exits(ExitCode.INVALID_DATA).err();
        assertThat(err).contains("cannot write " + out.resolve("gaps-2030.svg") + ": a folder, not a file");
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.txt", "gaps-2030.svg");
        }
    }

    /** What validate says of a folder it must refuse (exit 3). */
    private static String validateFails(DataFolder data) {
        return CliRun.of("validate", "--data", data.toString()).exits(ExitCode.INVALID_DATA).err();
    }
}

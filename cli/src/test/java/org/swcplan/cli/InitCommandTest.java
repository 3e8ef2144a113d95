package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @Test
    void initialisedFolderGivesTheSameStatusBytesAsTheBundledData(@TempDir Path dir) {
        Path data = dir.resolve("mydata");
        CliRun.of("init", data.toString()).exits(ExitCode.OK);
        assertThat(data.resolve("SOURCES.md")).exists();
        assertThat(data.resolve("tasks.csv")).exists();
        String fromFolder = CliRun.of("status", "--format", "csv", "--data", data.toString()).exits(ExitCode.OK).out();
        String bundled = CliRun.of("status", "--format", "csv").exits(ExitCode.OK).out();
        assertThat(fromFolder).isEqualTo(bundled);
    }

    @Test
    void refusesToOverwriteWithoutForce(@TempDir Path dir) throws Exception {
        CliRun.of("init", dir.toString()).exits(ExitCode.OK);
        Files.writeString(dir.resolve("monitoring.csv"), "edited");
        CliRun refused = CliRun.of("init", dir.toString()).exits(ExitCode.USAGE);
        assertThat(refused.err()).contains("--force");
        assertThat(Files.readString(dir.resolve("monitoring.csv"))).isEqualTo("edited");

        CliRun.of("init", "--force", dir.toString()).exits(ExitCode.OK);
        assertThat(Files.readString(dir.resolve("monitoring.csv"))).startsWith("code,year,land_area_km2");
    }

    @Test
    void missingFolderArgumentIsAUsageError() {
        assertThat(CliRun.of("init").exits(ExitCode.USAGE).err()).contains("DIR");
    }

    @Test
    void leavesNoTemporaryFilesBehind(@TempDir Path dir) throws Exception {
        CliRun.of("init", dir.toString()).exits(ExitCode.OK);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp")).hasSize(16)
                    .contains("city.csv", "references.csv", "boundaries.geojson", "indicator_items.csv", "supervision.csv",
                            "task_progress.csv", "subunits.csv");
        }
    }
}

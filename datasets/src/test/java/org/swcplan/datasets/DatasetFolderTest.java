package org.swcplan.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFolderTest {
    @Test
    void writesEveryBundledFileByteForByte(@TempDir Path dir) throws Exception {
        DatasetFolder.writeBundled(dir, false);
        BundledDataset bundled = new BundledDataset();
        for (String name : DatasetFolder.bundledFiles()) {
            assertThat(Files.readAllBytes(dir.resolve(name))).as(name).isEqualTo(bundled.read(name).orElseThrow());
        }
        assertThat(DatasetReader.read(new DirectorySource(dir)).dataset())
                .isEqualTo(DatasetReader.read(bundled).dataset());
    }

    @Test
    void refusesToOverwriteUnlessAsked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("targets.csv"), "mine");
        assertThatThrownBy(() -> DatasetFolder.writeBundled(dir, false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(dir.resolve("targets.csv"))).isEqualTo("mine");
        assertThat(dir.resolve("counties.csv")).doesNotExist();
        DatasetFolder.writeBundled(dir, true);
        assertThat(Files.readString(dir.resolve("targets.csv"))).startsWith("scope,year");
    }
}

package org.swcplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model stays free of file I/O and of the CLI, CSV, chart and table libraries: no compiled
 * model class refers to them (class files name every type they use in their constant pool).
 */
class ModelBoundaryTest {
    private static final List<String> FORBIDDEN = List.of("java/io/File", "java/nio/file/", "picocli/",
            "com/opencsv/", "org/jfree/", "tech/tablesaw/", "org/apache/batik/", "com/samskivert/");

    @Test
    void modelClassesReferToNoIoNorPresentationLibrary() throws Exception {
        Path classes = Path.of(Checks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(classFiles).hasSizeGreaterThan(20);
        for (Path classFile : classFiles) {
            String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            for (String forbidden : FORBIDDEN) {
                assertThat(constants).as("%s refers to %s", classes.relativize(classFile), forbidden)
                        .doesNotContain(forbidden);
            }
        }
    }
}

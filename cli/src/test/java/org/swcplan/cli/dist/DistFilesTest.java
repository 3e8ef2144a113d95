package org.swcplan.cli.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swcplan.cli.HelpLanguage;
import org.swcplan.cli.SwcCli;
import picocli.CommandLine;

class DistFilesTest {
    private static CommandLine cli() {
        return SwcCli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), HelpLanguage.EN);
    }

    @Test
    void everyCommandHasAManPageWithItsOptionsExamplesAndExitStatus() {
        CommandLine cli = cli();
        Map<String, String> pages = ManPages.of(cli, "1.2.3");
        assertThat(pages).hasSize(cli.getSubcommands().size() + 1).containsKey("swc").containsKey("swc-gap");
        String gap = pages.get("swc-gap");
        assertThat(gap).startsWith(".TH SWC-GAP 1 \"\" \"swc 1.2.3\"")
                .contains(".SH NAME\nswc\\-gap \\- The gap report\n")
                .contains(".B \\-\\-milestone=Y\n").contains(".SH EXAMPLES\n")
                .contains("swc gap \\-\\-milestone 2030 \\-\\-check").contains(".SH EXIT STATUS\n.TP\n.B 0\nok\n")
                .contains(".B 4\nran fine, but a \\-\\-check found a unit off track");
        assertThat(pages.get("swc")).contains(".SH COMMANDS").contains(".BR swc\\-status (1)");
        pages.forEach((name, page) -> assertThat(page.lines()).as(name)
                .noneMatch(line -> line.startsWith("'") || line.matches("^\\.(?!nf$|fi$)[a-z].*")));
    }

    @Test
    void aLineStartingWithADotDoesNotReadAsARequest() {
        assertThat(ManPages.escape("a\n.hidden and 'quoted\nc:\\x")).isEqualTo("a\n\\&.hidden and 'quoted\nc:\\ex");
    }

    @Test
    void theCompletionScriptKnowsEveryCommand(@TempDir Path dir) throws Exception {
        CommandLine cli = cli();
        Path script = dir.resolve("swc_completion");
        DistFiles.writeCompletion(cli, script);
        String text = Files.readString(script, StandardCharsets.UTF_8);
        assertThat(text).contains("complete -F _complete_swc");
        for (String name : cli.getSubcommands().keySet()) {
            assertThat(text).contains(name);
        }
        assertThat(text).contains("--milestone").contains("--headers");
    }

    @Test
    void theInventoryListsEveryThirdPartyArtifactWithItsOwnOrItsParentsLicence(@TempDir Path repo) throws Exception {
        pom(repo, "org.example", "own", "1.0", "<licenses><license><name>MIT</name>"
                + "<url>https://opensource.org/license/mit</url></license></licenses>");
        pom(repo, "org.example", "parent", "7", "<licenses><license><name>Apache-2.0</name></license></licenses>");
        pom(repo, "org.example", "child", "2.0",
                "<parent><groupId>org.example</groupId><artifactId>parent</artifactId><version>7</version></parent>");
        List<String> list = List.of("The following files have been resolved:",
                "   org.example:own:jar:1.0:compile -- module own",
                "   org.example:child:jar:2.0:runtime",
                "   org.swcplan:swc-model:jar:0.1.0-SNAPSHOT:compile",
                "   org.example:tests-only:jar:1.0:test");
        assertThat(ThirdPartyLicences.entries(list, repo)).containsExactly(
                new ThirdPartyLicences.Entry("org.example", "own", "1.0", List.of("MIT <https://opensource.org/license/mit>")),
                new ThirdPartyLicences.Entry("org.example", "child", "2.0", List.of("Apache-2.0")));
        Path texts = Files.createDirectories(repo.resolve("texts"));
        Files.writeString(texts.resolve("own.txt"), "Copyright (c) 2020 Example\n");
        assertThat(ThirdPartyLicences.inventory(list, repo, texts, repo.resolve("out")))
                .contains("org.example:child:2.0\n    Apache-2.0\n    text: licenses/Apache-2.0.txt\n")
                .contains("org.example:own:1.0\n    MIT <https://opensource.org/license/mit>\n    text: licenses/own.txt\n")
                .doesNotContain("swc-model").doesNotContain("tests-only");
    }

    @Test
    void theLicenceAndNoticeFilesOfAJarShipWithItAndServeAsItsText(@TempDir Path repo) throws Exception {
        pom(repo, "org.example", "lib", "3.1", "<licenses><license><name>The MIT License</name></license></licenses>");
        jar(repo, "org.example", "lib", "3.1", Map.of("META-INF/LICENSE.txt", "Copyright (c) 2019 Lib authors",
                "META-INF/NOTICE", "Lib notice", "NOTICE", "root notice", "org/example/License.class", "x",
                "docs/LICENSE", "not at the root"));
        Path out = repo.resolve("out");
        ThirdPartyLicences.Entry lib = ThirdPartyLicences.entries(List.of("   org.example:lib:jar:3.1:compile"), repo).get(0);
        assertThat(ThirdPartyLicences.texts(lib, repo, Files.createDirectories(repo.resolve("texts")), out))
                .containsExactly("licenses/lib/LICENSE.txt", "licenses/lib/META-INF-NOTICE", "licenses/lib/NOTICE");
        assertThat(out.resolve("licenses/lib/LICENSE.txt")).hasContent("Copyright (c) 2019 Lib authors");
        assertThat(out.resolve("licenses/lib/NOTICE")).hasContent("root notice");
    }

    @Test
    void aLicenceOtherThanApacheWithoutItsOwnTextFailsTheInventory(@TempDir Path repo) throws Exception {
        pom(repo, "org.example", "bsd", "1.0", "<licenses><license><name>BSD License</name></license></licenses>");
        jar(repo, "org.example", "bsd", "1.0", Map.of("META-INF/NOTICE.txt", "a notice is not the licence"));
        Path texts = Files.createDirectories(repo.resolve("texts"));
        ThirdPartyLicences.Entry bsd = ThirdPartyLicences.entries(List.of("   org.example:bsd:jar:1.0:compile"), repo).get(0);
        assertThatThrownBy(() -> ThirdPartyLicences.texts(bsd, repo, texts, repo.resolve("out")))
                .hasMessageContaining("org.example:bsd:1.0").hasMessageContaining("bsd.txt");
        Files.writeString(texts.resolve("bsd.txt"), "Copyright (c) 2001 BSD authors\n");
        assertThat(ThirdPartyLicences.texts(bsd, repo, texts, repo.resolve("out")))
                .containsExactly("licenses/bsd/NOTICE.txt", "licenses/bsd.txt");
    }

    @Test
    void everyTextKeptWithTheSourcesNamesItsCopyrightOrIsAGeneralLicence() throws Exception {
        Path kept = Path.of("src/dist/licenses");
        try (var files = Files.list(kept)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(text).as(file.toString()).containsAnyOf("Copyright", "GNU LESSER GENERAL PUBLIC LICENSE",
                        "Apache License");
            }
        }
    }

    private static void jar(Path repo, String group, String artifact, String version, Map<String, String> files)
            throws Exception {
        Path file = repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".jar");
        Files.createDirectories(file.getParent());
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    @Test
    void anArtifactWithoutALicenceFailsTheInventory(@TempDir Path repo) throws Exception {
        pom(repo, "org.example", "bare", "1.0", "");
        assertThatThrownBy(() -> ThirdPartyLicences.entries(List.of("   org.example:bare:jar:1.0:compile"), repo))
                .hasMessageContaining("org.example:bare:1.0").hasMessageContaining("no licence");
    }

    private static void pom(Path repo, String group, String artifact, String version, String body) throws Exception {
        Path dir = repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(artifact + "-" + version + ".pom"), "<?xml version=\"1.0\"?>\n"
                + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>" + version
                + "</version>" + body + "</project>", StandardCharsets.UTF_8);
    }
}

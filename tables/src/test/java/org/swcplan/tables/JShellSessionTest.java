package org.swcplan.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The JShell session of docs/jshell.md, run as written: its Java block, snippet by snippet, in a
 * JShell with this module's class path, prints the table the page shows and exports the CSV it says.
 */
class JShellSessionTest {
    private static final Path DOCS = Path.of(System.getProperty("swc.docsFolder", "../docs"));
    private static final Pattern BLOCK = Pattern.compile("```(java|text)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theDocumentedSessionPrintsTheDocumentedTablesAndExportsTheCrossTable() throws Exception {
        String page = Files.readString(DOCS.resolve("jshell.md"), StandardCharsets.UTF_8);
        List<String> java = new ArrayList<>();
        List<String> text = new ArrayList<>();
        Matcher block = BLOCK.matcher(page);
        while (block.find()) {
            (block.group(1).equals("java") ? java : text).add(block.group(2));
        }
        assertThat(java).as("java blocks of jshell.md").hasSize(1);
        Path exported = Path.of("investment-2022-2024.csv");
        Files.deleteIfExists(exported);
        try {
            String printed = run(java.get(0));
            assertThat(trimmed(printed)).isEqualTo(trimmed(String.join("", text)));
            assertThat(Files.readAllLines(exported, StandardCharsets.UTF_8)).hasSize(14)
                    .first().isEqualTo("code,2022,2023,2024");
        } finally {
            Files.deleteIfExists(exported);
        }
    }

    /** Evaluates the source snippet by snippet, as pasted at the jshell prompt; returns what it printed. */
    private static String run(String source) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try (JShell jshell = JShell.builder().executionEngine("local").build()) {
            jshell.addToClasspath(System.getProperty("java.class.path"));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
            String rest = source;
            while (!rest.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
                assertThat(info.completeness().isComplete()).as("a complete snippet at %s", rest).isTrue();
                for (SnippetEvent event : jshell.eval(info.source())) {
                    assertThat(event.status()).as("%s %s", info.source(),
                            jshell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList())
                            .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN);
                    assertThat(event.exception()).as(info.source()).isNull();
                }
                rest = info.remaining();
            }
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String trimmed(String text) {
        return String.join("\n", text.strip().lines().map(String::stripTrailing).toList());
    }
}

package org.swcplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.RenderOptions;
import org.swcplan.reports.result.Renderers;
import org.swcplan.reports.result.Result;
import picocli.CommandLine.Option;

/**
 * {@code --format}, {@code --headers} and {@code --wide}: the one place a command's result is
 * given its format. Tables are fitted to the terminal: {@code $COLUMNS}, else the terminal's own
 * width when stdout is one; output to a pipe or file is not narrowed.
 */
public final class FormatOptions {
    /** The width assumed on a terminal whose width cannot be read. */
    static final int DEFAULT_TERMINAL_WIDTH = 80;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json or md (default: ${DEFAULT-VALUE}); schema: the JSON Schema of the json output.")
    Format format = Format.TABLE;

    @Option(names = "--headers", paramLabel = "LANG", defaultValue = "en",
            description = "Language of headings, CSV headers and notes: en or zh (default: ${DEFAULT-VALUE}).")
    Language headers = Language.EN;

    @Option(names = "--wide", description = "Show every column of a table, however wide the terminal.")
    boolean wide;

    /** These options with another format. */
    public FormatOptions as(Format other) {
        FormatOptions copy = new FormatOptions();
        copy.format = other;
        copy.headers = headers;
        copy.wide = wide;
        return copy;
    }

    public Format format() {
        return format;
    }

    public Language headers() {
        return headers;
    }

    /** The result in the chosen format, ready for {@link OutputOptions#emit}. */
    public OutputOptions.Rendering rendering(Result result, boolean toFile) {
        RenderOptions options = new RenderOptions(headers, wide || toFile ? 0 : terminalWidth(), "\n");
        return out -> Renderers.render(result, format, options, out);
    }

    /** $COLUMNS, else the terminal's width when there is a terminal, else 0 (no limit). */
    static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) > 0) {
            return Integer.parseInt(columns);
        }
        if (System.console() == null) {
            return 0;
        }
        return sttyColumns();
    }

    /** The width {@code stty size} reads from the controlling terminal. */
    private static int sttyColumns() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(
                    new java.io.File("/dev/tty"))).redirectErrorStream(true).start();
            String answer;
            try (InputStream in = stty.getInputStream()) {
                answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            }
            if (stty.waitFor(1, TimeUnit.SECONDS) && stty.exitValue() == 0 && answer.matches("\\d+ \\d+")) {
                return Integer.parseInt(answer.split(" ")[1]);
            }
        } catch (IOException e) {
            return DEFAULT_TERMINAL_WIDTH;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return DEFAULT_TERMINAL_WIDTH;
    }
}

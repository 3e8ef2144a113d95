package org.swcplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.swcplan.datasets.AtomicFiles;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.Result;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code -o/--output PATH}: results go to stdout, or to a file written atomically. */
public final class OutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write the result to PATH (atomically) instead of stdout; - is stdout.")
    Path output;

    /** Something that renders to a writer. */
    @FunctionalInterface
    public interface Rendering {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * The result in the chosen format, to stdout or the output file. CSV has no place for the note
     * that the data is illustrative, so it goes to stderr (JSON carries it as a flag, tables and
     * Markdown at their foot).
     */
    public void emit(FormatOptions format, Result result) throws IOException {
        emit(format.rendering(result, toFile()));
        boolean quiet = spec.commandLine().getParseResult().hasMatchedOption("--quiet");
        if (format.format() == Format.CSV && result.data().illustrative() && !quiet) {
            spec.commandLine().getErr().println((format.headers() == Language.ZH ? "注：" : "note: ")
                    + (format.headers() == Language.ZH ? Language.ZH.text("illustrative") : Language.EN.text("illustrative")));
        }
    }

    private boolean toFile() {
        return output != null && !output.toString().equals("-");
    }

    /** Renders to stdout, or fully into memory and then atomically into the output file. */
    public void emit(Rendering rendering) throws IOException {
        if (!toFile()) {
            PrintWriter out = spec.commandLine().getOut();
            rendering.writeTo(out);
            out.flush();
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
            rendering.writeTo(writer);
        }
        AtomicFiles.write(output, buffer.toByteArray());
    }
}

package org.swcplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.swcplan.datasets.AtomicFiles;
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

    /** The result in the chosen format, to stdout or the output file. */
    public void emit(FormatOptions format, Result result) throws IOException {
        emit(format.rendering(result, toFile()));
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

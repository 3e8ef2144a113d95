package org.swcplan.cli.command;

import java.io.IOException;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.FormatOptions;
import org.swcplan.cli.OutputOptions;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.Result;
import picocli.CommandLine.Mixin;

/**
 * A subcommand that reads the dataset and prints one result: {@code --data}, {@code -o} and the
 * format options, and the one way from a result to stdout or the output file.
 */
abstract class ResultCommand extends Subcommand {
    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Mixin
    FormatOptions format;

    /** The dataset, read and validated; its warnings on stderr unless --quiet. */
    DatasetReader.Loaded load() {
        return data.load(root.global());
    }

    /** The result in the chosen format. */
    void emit(Result result) throws IOException {
        output.emit(format, result);
    }

    /** The result in {@code unlessAsked} where --format is not given: rows meant as a file to edit or import. */
    void emit(Result result, Format unlessAsked) throws IOException {
        boolean asked = spec.commandLine().getParseResult().hasMatchedOption("--format");
        output.emit(asked ? format : format.as(unlessAsked), result);
    }
}

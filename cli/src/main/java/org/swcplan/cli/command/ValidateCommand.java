package org.swcplan.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.SwcCommand;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DataSource;
import org.swcplan.datasets.DatasetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code swc validate}: checks every file of a dataset. Problems are reported all together by the
 * error handler (exit 3); a valid dataset gets a one-line summary per file on stdout.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every file of the dataset: types, ranges, duplicate keys, unknown county codes, "
                + "cumulative treatment. Prints every problem as file:line:column and exits 3 if there is any.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    SwcCommand root;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        DataSource source = data.source();
        DatasetReader.Loaded loaded = data.load(root.global());
        PrintWriter out = spec.commandLine().getOut();
        out.println("valid: " + source.describe());
        for (String file : BundledDataset.FILES) {
            Integer rows = loaded.rowsByFile().get(file);
            out.println("  " + file + ": " + (rows == null ? "absent (optional)" : rows + " rows"));
        }
        out.println(loaded.warnings().size() + (loaded.warnings().size() == 1 ? " warning" : " warnings"));
        out.flush();
        return ExitCode.OK.code();
    }
}

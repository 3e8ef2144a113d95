package org.swcplan.cli.command;

import java.util.concurrent.Callable;
import org.swcplan.cli.SwcCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand of {@code swc} has: its own spec (for usage errors and its streams) and
 * the global options it inherits.
 */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    SwcCommand root;

    /** A line for people on stderr (what was written, a note on the result), unless --quiet. */
    void tell(String line) {
        if (!root.global().quiet()) {
            spec.commandLine().getErr().println(line);
        }
    }
}

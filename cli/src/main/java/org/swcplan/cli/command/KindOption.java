package org.swcplan.cli.command;

import java.util.Iterator;
import org.swcplan.datasets.exchange.DataKind;
import org.swcplan.datasets.exchange.Kinds;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The kinds of exchanged file, for help texts, and their resolution. */
public final class KindOption implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Kinds.all().stream().map(DataKind::name).iterator();
    }

    static DataKind<?> resolve(CommandSpec spec, String name) {
        try {
            return Kinds.byName(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--kind: " + e.getMessage());
        }
    }
}

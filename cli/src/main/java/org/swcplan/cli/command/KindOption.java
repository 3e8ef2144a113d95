package org.swcplan.cli.command;

import java.util.Iterator;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.exchange.DataKind;
import org.swcplan.datasets.exchange.Kinds;
import picocli.CommandLine.Model.CommandSpec;

/** The kinds of exchanged file, for help texts, and their resolution. */
public final class KindOption implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Kinds.all().stream().map(DataKind::name).iterator();
    }

    static DataKind<?> resolve(CommandSpec spec, String name) {
        return UsageError.from(spec, "--kind: ", () -> Kinds.byName(name));
    }
}

package org.swcplan.cli.command;

import java.util.Iterator;
import org.swcplan.tables.TableKind;

/** The kinds {@code swc table} knows, for its help (naming them loads no table library). */
public final class TableKinds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return TableKind.keys().iterator();
    }
}

package org.swcplan.cli.command;

import java.util.Iterator;
import java.util.function.Function;
import org.swcplan.model.Keyed;
import picocli.CommandLine.ITypeConverter;

/**
 * The keys of a {@link Keyed} enum as the values of an option: its converter (a lookup whose
 * message names every key) and its candidates for help and completion, in one class per option.
 */
abstract class KeyChoices<E extends Enum<E> & Keyed> implements ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;
    private final Function<String, E> lookup;

    KeyChoices(Class<E> type, Function<String, E> lookup) {
        this.type = type;
        this.lookup = lookup;
    }

    @Override
    public E convert(String value) {
        return lookup.apply(value);
    }

    @Override
    public Iterator<String> iterator() {
        return Keyed.keys(type).iterator();
    }
}

package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Schema;

/**
 * A {@link DataKind} given by its parts: the reader of its canonical file, the key of a row, and
 * how a record is written under the canonical columns. {@link Kinds} defines every kind with it.
 */
record KindDefinition<T>(String name, String fileName, Schema schema, Reader<T> reader, Function<T, Object> key,
                         List<String> columns, Function<T, List<String>> writer, List<String> example)
        implements DataKind<T> {
    /** Reads a file of the kind. */
    @FunctionalInterface
    interface Reader<T> {
        Parsed<T> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties, DataErrors errors);
    }

    KindDefinition {
        Objects.requireNonNull(reader, "reader");
        columns = List.copyOf(columns);
        example = List.copyOf(example);
        if (example.size() != columns.size()) {
            throw new IllegalArgumentException(name + ": the example has " + example.size() + " cells for "
                    + columns.size() + " columns");
        }
    }

    @Override
    public Parsed<T> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                          DataErrors errors) {
        return reader.read(file, bytes, encoding, counties, errors);
    }

    @Override
    public List<String> cells(T record) {
        return writer.apply(record);
    }
}

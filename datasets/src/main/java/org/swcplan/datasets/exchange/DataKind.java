package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Schema;

/**
 * One kind of file statisticians exchange (monitoring, treatment …): how to read it, how its rows
 * are keyed, how the canonical file writes it, and an example row for templates.
 *
 * @param <T> the record a row becomes
 */
public interface DataKind<T> {
    /** The name on the command line: monitoring, treatment … */
    String name();

    /** The canonical file in a data folder. */
    String fileName();

    Schema schema();

    Parsed<T> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties, DataErrors errors);

    /** What makes two rows the same row (county and year, …), for duplicates and merging. */
    Function<T, Object> key();

    /** The canonical columns in order, and each record's cells under them. */
    List<String> columns();

    List<String> cells(T record);

    /** A plausible first row for a template, under {@link #columns()}. */
    List<String> example();
}

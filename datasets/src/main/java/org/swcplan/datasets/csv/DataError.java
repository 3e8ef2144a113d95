package org.swcplan.datasets.csv;

import java.util.Comparator;

/**
 * One problem in a data file, located like a compiler's message.
 *
 * @param line   physical line in the file, 1-based, the header being line 1; 0 for the whole file
 * @param column 1-based column (field) number; 0 when the problem concerns the whole row or file
 * @param header the column's header, or empty
 */
public record DataError(String file, long line, int column, String header, String message)
        implements Comparable<DataError> {
    private static final Comparator<DataError> ORDER = Comparator.comparing(DataError::file)
            .thenComparingLong(DataError::line).thenComparingInt(DataError::column)
            .thenComparing(DataError::message);

    public DataError {
        header = header == null ? "" : header;
    }

    /**
     * {@code monitoring.csv:14:3 (erosion_light_km2): expected a number, found "n/a"}; a problem
     * with the whole file (line 0) is {@code monitoring.csv: message}.
     */
    public String format() {
        String where = line == 0 ? file : file + ":" + line + ":" + column;
        return where + (header.isEmpty() ? "" : " (" + header + ")") + ": " + message;
    }

    @Override
    public int compareTo(DataError other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}

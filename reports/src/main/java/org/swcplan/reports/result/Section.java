package org.swcplan.reports.result;

import java.util.List;
import java.util.Objects;
import org.swcplan.reports.text.Column;

/**
 * One table of a result: its key (the JSON name of its rows), its title, its columns and rows,
 * and the notes that explain it.
 *
 * @param columns   the columns of CSV and JSON, in contract order
 * @param reading   the columns people read in tables and Markdown: the same, or a selection in a
 *                  reading order (a name beside a code, a band as one range)
 * @param readingRows the rows people read: all, or a selection (e.g. the city's of a long table;
 *                  a note then says where the rest is)
 * @param totalLast whether the last row is a total (the city), set off by a rule in tables
 * @param view      a view for people only (tables, Markdown) of rows another section carries: CSV,
 *                  JSON and the schema leave it out
 * @param open      whether its columns follow the request (a query's groups, a cross-table's column
 *                  values) rather than a fixed layout: the schema then allows any columns
 */
public record Section<T>(String key, Text title, List<Column<T>> columns, List<Column<T>> reading, List<T> rows,
                         List<T> readingRows, List<Text> notes, boolean totalLast, boolean view, boolean open) {
    public Section {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        reading = List.copyOf(reading);
        rows = List.copyOf(rows);
        readingRows = List.copyOf(readingRows);
        notes = List.copyOf(notes);
    }

    public static <T> Section<T> of(String key, Text title, List<Column<T>> columns, List<T> rows) {
        return new Section<>(key, title, columns, columns, rows, rows, List.of(), false, false, false);
    }

    /** A view for people only: these columns of these rows, which another section carries as data. */
    public static <T> Section<T> view(String key, Text title, List<Column<T>> columns, List<T> rows) {
        return new Section<>(key, title, columns, columns, rows, rows, List.of(), false, true, false);
    }

    /** This section, read by people through other columns. */
    public Section<T> readAs(List<Column<T>> shown) {
        return new Section<>(key, title, columns, shown, rows, readingRows, notes, totalLast, view, open);
    }

    /** This section, of which people read only {@code shown} (tables, Markdown). */
    public Section<T> readOnly(List<T> shown) {
        return new Section<>(key, title, columns, reading, rows, shown, notes, totalLast, view, open);
    }

    public Section<T> withNotes(Text... more) {
        return new Section<>(key, title, columns, reading, rows, readingRows, List.of(more), totalLast, view, open);
    }

    public Section<T> withTotalLast() {
        return new Section<>(key, title, columns, reading, rows, readingRows, notes, true, view, open);
    }

    /** This section, its columns chosen by the request (the schema allows any). */
    public Section<T> withOpenColumns() {
        return new Section<>(key, title, columns, reading, rows, readingRows, notes, totalLast, view, true);
    }
}

package org.swcplan.tables.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code swc table} asks of a data frame, as written on the command line (so that a problem
 * can be located in the text): filters, then one of a listing, a group-by or a cross-table, then
 * the order and the number of rows. Docs: docs/table.md.
 *
 * @param where     filter expressions, all of which a row must meet
 * @param columns   for a listing: the columns to show, comma-separated (empty: all)
 * @param by        the columns to group by, comma-separated (empty: no grouping)
 * @param summaries what to sum up in each group (with or without {@code by})
 * @param cross     a cross-table instead of a listing or a group-by
 * @param sort      the columns to order the rows by, comma-separated, {@code -col} or {@code col:desc}
 *                  for descending (empty: the groups', or the frame's order)
 * @param limit     at most this many rows (a cross-table's total row is kept beside them)
 */
public record TableQuery(List<String> where, String columns, String by, List<Summary> summaries,
                         Optional<Cross> cross, String sort, OptionalInt limit) {
    /** One summary option: {@code --sum a,b}; the columns empty for a count of rows. */
    public record Summary(Aggregate aggregate, String columns) {
        public Summary {
            Objects.requireNonNull(aggregate, "aggregate");
            columns = columns == null ? "" : columns;
        }
    }

    /**
     * A cross-table: the values of {@code rows} down, of {@code cols} across, {@code value} in the cells.
     *
     * @param aggregate how a cell sums its rows up (empty: the value's natural one: area-weighted for a
     *                  rate that has its area, a sum for other numbers, a count for text)
     */
    public record Cross(String rows, String cols, String value, Optional<Aggregate> aggregate) {
        public Cross {
            Objects.requireNonNull(rows, "rows");
            Objects.requireNonNull(cols, "cols");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(aggregate, "aggregate");
        }
    }

    public TableQuery {
        where = List.copyOf(where);
        columns = columns == null ? "" : columns;
        by = by == null ? "" : by;
        summaries = List.copyOf(summaries);
        Objects.requireNonNull(cross, "cross");
        sort = sort == null ? "" : sort;
        Objects.requireNonNull(limit, "limit");
        if (cross.isPresent() && (!by.isBlank() || !summaries.isEmpty())) {
            throw new IllegalArgumentException("a cross-table (--rows, --cols, --value) takes no --by or summaries");
        }
        if (!columns.isBlank() && (cross.isPresent() || !by.isBlank() || !summaries.isEmpty())) {
            throw new IllegalArgumentException("--columns chooses the columns of a listing; a group-by or cross-table "
                    + "has its own");
        }
        if (!by.isBlank() && summaries.isEmpty()) {
            throw new IllegalArgumentException("--by needs something to sum up: --sum, --mean, --median, --min, "
                    + "--max, --count or --weighted");
        }
        if (limit.isPresent() && limit.getAsInt() < 1) {
            throw new IllegalArgumentException("--limit must be at least 1, was " + limit.getAsInt());
        }
    }

    /** Every row and column of the frame, in its order. */
    public static TableQuery listing() {
        return new TableQuery(List.of(), "", "", List.of(), Optional.empty(), "", OptionalInt.empty());
    }
}

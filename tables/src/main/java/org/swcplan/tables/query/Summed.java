package org.swcplan.tables.query;

import java.util.Optional;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * One column of a frame summed up one way, checked against the frame: numbers only (a count takes
 * anything), rates never added, and an area-weighted rate only where the frame has its area.
 *
 * @param column the column; null for a count of rows
 * @param weight the area a weighted rate is a share of, else null
 */
record Summed(Aggregate aggregate, String column, String weight) {
    /** The key of the summary's column in a group-by: {@code sum_investment_wan}, {@code count}. */
    String key() {
        return column == null ? "count" : aggregate.key() + "_" + column;
    }

    /** Its Chinese heading: 投资合计(万元). */
    String headingZh() {
        return column == null ? "行数" : Grid.zh(aggregate, column);
    }

    /** Whether its figures are whole: counts, and sums, minima and maxima of whole numbers. */
    boolean whole(Table frame) {
        return aggregate == Aggregate.COUNT || column != null && frame.column(column).type() == ColumnType.INTEGER
                && (aggregate == Aggregate.SUM || aggregate == Aggregate.MIN || aggregate == Aggregate.MAX);
    }

    /** The figure over some rows (NaN where none has a value). */
    double over(Table rows) {
        return Aggregation.of(aggregate, rows, column, weight);
    }

    /**
     * @param text     the option the column was named in, for locating a problem
     * @param position where in it
     * @throws IllegalArgumentException where the column cannot be summed up that way
     */
    static Summed of(Aggregate aggregate, String column, Table frame, OptionText text, int position) {
        if (column == null || aggregate == Aggregate.COUNT) {
            return new Summed(aggregate, column, null);
        }
        if (!Cells.numeric(frame, column) || column.equals("code")) {
            throw text.error(position, column + " does not hold figures to " + aggregate.key() + " (--count counts "
                    + "its values)");
        }
        if (aggregate == Aggregate.SUM && Measures.rate(column)) {
            throw text.error(position, column + " is a rate: rates are not added; use --weighted for the rate of "
                    + "the summed areas, or --mean");
        }
        if (aggregate == Aggregate.WEIGHTED) {
            Optional<String> weight = Measures.weight(column).filter(frame.columnNames()::contains);
            if (weight.isEmpty()) {
                throw text.error(position, column + " has no area to weight it by in " + frame.name()
                        + "; weighted takes " + Measures.weighted() + " where the frame has that area");
            }
            return new Summed(aggregate, column, weight.get());
        }
        return new Summed(aggregate, column, null);
    }

    /** The aggregate a cross-table of the column takes unless told: area-weighted, a sum, or a count. */
    static Aggregate natural(String column, Table frame) {
        if (!Cells.numeric(frame, column) || column.equals("code")) {
            return Aggregate.COUNT;
        }
        if (Measures.rate(column)) {
            return Measures.weight(column).filter(frame.columnNames()::contains).isPresent() ? Aggregate.WEIGHTED
                    : Aggregate.MEAN;
        }
        return Aggregate.SUM;
    }
}

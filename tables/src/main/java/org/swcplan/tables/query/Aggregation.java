package org.swcplan.tables.query;

import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** An {@link Aggregate} of a column over some rows of a frame, through Tablesaw's column statistics. */
final class Aggregation {
    private Aggregation() {
    }

    /**
     * The figure, or NaN where the rows hold none of the column's values (missing values are left
     * out; a count of rows has no column).
     *
     * @param column the column summed up; null to count rows
     * @param weight the area a rate is weighted by ({@link Aggregate#WEIGHTED} only)
     */
    static double of(Aggregate aggregate, Table rows, String column, String weight) {
        if (column == null) {
            return rows.rowCount();
        }
        if (aggregate == Aggregate.COUNT) {
            return rows.column(column).size() - rows.column(column).countMissing();
        }
        DoubleColumn values = rows.numberColumn(column).asDoubleColumn();
        if (aggregate == Aggregate.WEIGHTED) {
            DoubleColumn product = values.multiply(rows.numberColumn(weight));
            Selection both = product.isNotMissing();
            double areas = AggregateFunctions.sum.summarize(rows.numberColumn(weight).asDoubleColumn().where(both));
            return both.isEmpty() || areas == 0 ? Double.NaN
                    : AggregateFunctions.sum.summarize(product.where(both)) / areas;
        }
        DoubleColumn present = values.removeMissing();
        if (present.isEmpty()) {
            return Double.NaN;
        }
        return switch (aggregate) {
            case SUM -> AggregateFunctions.sum.summarize(present);
            case MEAN -> AggregateFunctions.mean.summarize(present);
            case MEDIAN -> AggregateFunctions.median.summarize(present);
            case MIN -> AggregateFunctions.min.summarize(present);
            case MAX -> AggregateFunctions.max.summarize(present);
            case COUNT, WEIGHTED -> throw new IllegalStateException("handled above");
        };
    }
}

package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.reports.text.Column;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** The cells of a frame's columns as the outputs write them, and what each column holds. */
final class Cells {
    private Cells() {
    }

    /**
     * @param figureKey the column whose figures these are, for their decimals ({@link Figures})
     * @param whole     whether the figures are whole numbers
     */
    static List<String> of(Table table, String column, String figureKey, boolean whole) {
        List<String> cells = new ArrayList<>(table.rowCount());
        ColumnType type = table.column(column).type();
        for (int r = 0; r < table.rowCount(); r++) {
            if (table.column(column).isMissing(r)) {
                cells.add("");
            } else if (type == ColumnType.INTEGER) {
                cells.add(Integer.toString(table.intColumn(column).getInt(r)));
            } else if (type == ColumnType.DOUBLE) {
                cells.add(Figures.format(table.doubleColumn(column).getDouble(r), figureKey, whole));
            } else {
                cells.add(table.column(column).getString(r));
            }
        }
        return cells;
    }

    /** A column's cells as written, its figures by its own key. */
    static List<String> of(Table table, String column) {
        return of(table, column, column, table.column(column).type() == ColumnType.INTEGER);
    }

    /** What a frame's column holds, as a column of a result: the unit's code, a number, a flag or text. */
    static Column.Kind kind(Table table, String column) {
        if (column.equals("code")) {
            return Column.Kind.UNIT;
        }
        ColumnType type = table.column(column).type();
        if (type == ColumnType.INTEGER || type == ColumnType.DOUBLE) {
            return Column.Kind.NUMBER;
        }
        return type == ColumnType.BOOLEAN ? Column.Kind.BOOLEAN : Column.Kind.TEXT;
    }

    static boolean numeric(Table table, String column) {
        return kind(table, column) == Column.Kind.NUMBER;
    }
}

package org.swcplan.tables.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.swcplan.datasets.exchange.ColumnTypes;
import org.swcplan.model.region.Scope;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds a data frame column by column from cells as the files and outputs write them. Each column
 * is typed once, here: whole numbers ({@link ColumnTypes#whole}) as int, other numbers as double,
 * flags as boolean, the rest as text; an empty cell is missing. The unit key {@code code} is an int
 * in every frame, the city's rows taking the city's division code.
 */
final class FrameBuilder {
    /** What a column holds. */
    enum Type { NUMBER, FLAG, TEXT }

    private final Optional<String> cityCode;
    private final List<Column<?>> columns = new ArrayList<>();

    /**
     * @param cityCode the code that names the city in the {@code code} column, where the data has one
     */
    FrameBuilder(Optional<String> cityCode) {
        this.cityCode = cityCode;
    }

    /** A column of cells as written. */
    FrameBuilder add(String key, Type type, List<String> cells) {
        columns.add(column(key, type, cells));
        return this;
    }

    /** The columns of rows of cells as written, each of its type. */
    FrameBuilder addAll(List<String> keys, List<Type> types, List<List<String>> rows) {
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            add(keys.get(i), types.get(i), rows.stream().map(r -> r.get(index)).toList());
        }
        return this;
    }

    /** Inserts, after the column {@code after}, a column of cells as written. */
    FrameBuilder insertAfter(String after, String key, Type type, List<String> cells) {
        columns.add(indexOf(after) + 1, column(key, type, cells));
        return this;
    }

    /** Inserts, after the column {@code after}, a column computed from each record, in full precision. */
    <T> FrameBuilder insertAfter(String after, String key, List<T> records, ToDoubleFunction<T> value) {
        columns.add(indexOf(after) + 1, DoubleColumn.create(key, records.stream().mapToDouble(value)));
        return this;
    }

    Table build(String name) {
        return Table.create(name, columns);
    }

    private int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(key)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + key);
    }

    private Column<?> column(String key, Type type, List<String> cells) {
        if (key.equals("code")) {
            return ints(key, cells.stream().map(c -> Scope.City.ID.equals(c) ? cityCode.orElse("") : c).toList());
        }
        return switch (type) {
            case NUMBER -> ColumnTypes.whole(key) ? ints(key, cells) : doubles(key, cells);
            case FLAG -> {
                BooleanColumn column = BooleanColumn.create(key);
                cells.forEach(c -> {
                    if (c.isEmpty()) {
                        column.appendMissing();
                    } else {
                        column.append(Boolean.parseBoolean(c));
                    }
                });
                yield column;
            }
            case TEXT -> StringColumn.create(key, cells);
        };
    }

    private static IntColumn ints(String key, List<String> cells) {
        IntColumn column = IntColumn.create(key);
        for (String cell : cells) {
            if (cell.isEmpty()) {
                column.appendMissing();
            } else {
                try {
                    column.append(Integer.parseInt(cell));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(key + " holds whole numbers, found \"" + cell + "\"", e);
                }
            }
        }
        return column;
    }

    private static DoubleColumn doubles(String key, List<String> cells) {
        DoubleColumn column = DoubleColumn.create(key);
        cells.forEach(c -> {
            if (c.isEmpty()) {
                column.appendMissing();
            } else {
                column.append(Double.parseDouble(c));
            }
        });
        return column;
    }
}

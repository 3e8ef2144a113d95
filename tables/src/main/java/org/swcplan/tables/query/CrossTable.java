package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.result.Text;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * {@code --rows R --cols C --value V [--agg F]}: the values of R down, of C across, V summed up in
 * each cell. Totals where they make sense ({@link Measures#totals}): a total column across C, and a
 * total row down R (the city where R is the county code), each summed up from the rows themselves,
 * so that a rate's total is the rate of the summed areas, never a mean of rates.
 */
final class CrossTable {
    /** More columns than this make no table to read. */
    static final int MOST_COLUMNS = 60;

    private CrossTable() {
    }

    static Grid of(Table rows, TableQuery.Cross cross, TableQuery query, Units units, boolean cityRows) {
        String down = new OptionText("--rows", cross.rows()).column(cross.rows().strip(), 1, rows.columnNames(),
                rows.name());
        OptionText colsText = new OptionText("--cols", cross.cols());
        String across = colsText.column(cross.cols().strip(), 1, rows.columnNames(), rows.name());
        if (across.equals(down)) {
            throw colsText.error(1, across + " is already the rows");
        }
        OptionText valueText = new OptionText("--value", cross.value());
        String value = valueText.column(cross.value().strip(), 1, rows.columnNames(), rows.name());
        Aggregate aggregate = cross.aggregate().orElse(Summed.natural(value, rows));
        Summed summed = Summed.of(aggregate, value, rows, cross.aggregate().isPresent()
                ? new OptionText("--agg " + aggregate.key() + " --value", value) : valueText, 1);
        Table kept = rows.dropWhere(rows.column(down).isMissing().or(rows.column(across).isMissing()));
        List<String> columnValues = values(kept, across);
        if (columnValues.size() > MOST_COLUMNS) {
            throw colsText.error(1, across + " has " + columnValues.size() + " values: more columns than a table can "
                    + "show (at most " + MOST_COLUMNS + ")");
        }
        boolean totalColumn = !cityRows && Measures.totals(aggregate, value, across);
        boolean totalRow = !cityRows && Measures.totals(aggregate, value, down);
        String totalKey = units.key(Grid.totalLabel(across, kept, units));

        Column<?> labels = kept.column(down).unique().setName(down);
        labels.sortAscending();
        Table body = Table.create(rows.name(), labels);
        List<String> labelKeys = labels.asList().stream().map(String::valueOf).toList();
        Map<List<String>, Table> byCell = slices(kept, down, across);
        Map<List<String>, Table> byLabel = slices(kept, down);
        Map<List<String>, Table> byColumn = slices(kept, across);
        for (String key : columnValues) {
            body.addColumns(DoubleColumn.create(key, labelKeys.stream().mapToDouble(label ->
                    over(byCell.get(List.of(label, key)), summed))));
        }
        if (totalColumn) {
            body.addColumns(DoubleColumn.create(totalKey, labelKeys.stream()
                    .mapToDouble(label -> over(byLabel.get(List.of(label)), summed))));
        }
        body = Order.apply(body, query.sort(), query.limit());

        List<Grid.Heading> headings = new ArrayList<>(List.of(Grid.label(body, down, totalRow)));
        List<List<String>> columns = new ArrayList<>();
        columns.add(new ArrayList<>(Cells.of(body, down)));
        boolean whole = summed.whole(rows);
        for (int c = 1; c < body.columnCount(); c++) {
            String key = body.column(c).name();
            String zh = across.equals("code") ? units.name(key) : key.equals(Grid.TOTAL) ? Grid.zh(Grid.TOTAL) : key;
            headings.add(Grid.Heading.of(key, org.swcplan.reports.text.Column.Kind.NUMBER)
                    .zhAs(zh.isEmpty() ? key : zh).groupedIf(Figures.grouped(value)));
            List<String> cells = new ArrayList<>(Cells.of(body, key, value, whole));
            if (totalRow) {
                Table of = key.equals(totalKey) && totalColumn ? kept : byColumn.get(List.of(key));
                cells.add(Figures.format(over(of, summed), value, whole));
            }
            columns.add(cells);
        }
        String totalLabel = Grid.totalLabel(down, kept, units);
        if (totalRow) {
            columns.get(0).add(totalLabel);
        }
        Grid.namesBesideCode(headings, columns, units);
        Text title = Text.of(rows.name() + ": " + value + " by " + down + " and " + across + " (" + aggregate.key() + ")",
                rows.name() + "：" + Grid.zh(aggregate, value) + "，按" + Grid.zh(down) + "和" + Grid.zh(across));
        return new Grid(title, headings, Grid.rows(columns, body.rowCount() + (totalRow ? 1 : 0)), totalRow,
                Notes.crossTable(summed, down, across, totalRow, totalColumn, cityRows, rows,
                        totalLabel.equals(Scope.City.ID)));
    }

    /** The distinct values of a column in ascending order, as the names of columns. */
    private static List<String> values(Table rows, String column) {
        Column<?> unique = rows.column(column).unique();
        unique.sortAscending();
        return unique.asList().stream().map(String::valueOf).toList();
    }

    /** The rows of each combination of values of the columns, by the values as text. */
    private static Map<List<String>, Table> slices(Table rows, String... columns) {
        Map<List<String>, Table> slices = new LinkedHashMap<>();
        for (var slice : rows.splitOn(columns)) {
            Table table = slice.asTable();
            List<String> key = new ArrayList<>();
            for (String column : columns) {
                key.add(String.valueOf(table.column(column).get(0)));
            }
            slices.put(List.copyOf(key), table);
        }
        return slices;
    }

    private static double over(Table rows, Summed summed) {
        return rows == null || rows.isEmpty() ? Double.NaN : summed.over(rows);
    }
}

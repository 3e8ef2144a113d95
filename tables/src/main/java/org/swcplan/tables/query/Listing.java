package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.reports.result.Text;
import tech.tablesaw.api.Table;

/** The rows a query kept, in the frame's columns or those {@code --columns} names. */
final class Listing {
    private Listing() {
    }

    /**
     * @param all how many rows the frame has before the filters
     */
    static Grid of(Table rows, int all, TableQuery query, Units units) {
        Table chosen = rows;
        if (!query.columns().isBlank()) {
            OptionText text = new OptionText("--columns", query.columns());
            List<String> names = new ArrayList<>();
            for (OptionText.Item item : text.items()) {
                names.add(text.column(item.value(), item.position(), rows.columnNames(), rows.name()));
            }
            chosen = rows.selectColumns(names.stream().distinct().toArray(String[]::new));
        }
        Table body = Order.apply(chosen, query.sort(), query.limit());
        List<Grid.Heading> headings = new ArrayList<>();
        List<List<String>> columns = new ArrayList<>();
        for (String key : body.columnNames()) {
            headings.add(Grid.Heading.of(key, Cells.kind(body, key))
                    .groupedIf(Cells.numeric(body, key) && Figures.grouped(key)));
            columns.add(Cells.of(body, key));
        }
        Grid.namesBesideCode(headings, columns, units);
        return new Grid(Text.of(rows.name() + ": " + body.rowCount() + " of " + all + " rows",
                rows.name() + "：" + all + "行中的" + body.rowCount() + "行"), headings,
                Grid.rows(columns, body.rowCount()), false, List.of());
    }
}

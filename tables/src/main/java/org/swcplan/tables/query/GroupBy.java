package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.result.Text;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.table.TableSlice;

/**
 * {@code --by COLS} with {@code --sum}, {@code --mean} … : one row per group (or one for all rows
 * without {@code --by}), a column per summary, in the order of the groups unless sorted. Grouped
 * by one column, a total row follows where the summaries add up across its values.
 */
final class GroupBy {
    private GroupBy() {
    }

    static Grid of(Table rows, TableQuery query, Units units, boolean cityRows) {
        List<String> groups = new ArrayList<>();
        if (!query.by().isBlank()) {
            OptionText by = new OptionText("--by", query.by());
            for (OptionText.Item item : by.items()) {
                String group = by.column(item.value(), item.position(), rows.columnNames(), rows.name());
                if (groups.contains(group)) {
                    throw by.error(item.position(), group + " is named twice");
                }
                groups.add(group);
            }
        }
        List<Summed> summaries = summaries(query, rows);
        List<Table> slices = groups.isEmpty() ? List.of(rows)
                : rows.splitOn(groups.toArray(String[]::new)).getSlices().stream().map(TableSlice::asTable).toList();
        Table body = Table.create(rows.name());
        for (String group : groups) {
            Column<?> column = rows.column(group).emptyCopy();
            slices.forEach(slice -> append(column, slice.column(group)));
            body.addColumns(column);
        }
        for (Summed summed : summaries) {
            body.addColumns(DoubleColumn.create(summed.key(), slices.stream().mapToDouble(summed::over)));
        }
        if (!groups.isEmpty()) {
            body = body.sortOn(groups.toArray(String[]::new));
        }
        body = Order.apply(body, query.sort(), query.limit());
        boolean total = groups.size() == 1 && !cityRows
                && summaries.stream().allMatch(s -> Measures.totals(s.aggregate(), s.column() == null ? "count"
                : s.column(), groups.get(0)));
        List<Grid.Heading> headings = new ArrayList<>();
        List<List<String>> columns = new ArrayList<>();
        for (String group : groups) {
            headings.add(Grid.label(body, group, total));
            columns.add(new ArrayList<>(Cells.of(body, group)));
        }
        for (Summed summed : summaries) {
            headings.add(Grid.Heading.of(summed.key(), org.swcplan.reports.text.Column.Kind.NUMBER)
                    .zhAs(summed.headingZh()).groupedIf(summed.column() != null && Figures.grouped(summed.column())));
            columns.add(new ArrayList<>(Cells.of(body, summed.key(), summed.column() == null ? "count" : summed.column(),
                    summed.whole(rows))));
        }
        if (total) {
            columns.get(0).add(Grid.totalLabel(groups.get(0), rows, units));
            for (int s = 0; s < summaries.size(); s++) {
                Summed summed = summaries.get(s);
                columns.get(s + 1).add(Figures.format(summed.over(rows), summed.column() == null ? "count"
                        : summed.column(), summed.whole(rows)));
            }
        }
        Grid.namesBesideCode(headings, columns, units);
        List<String> names = summaries.stream().map(Summed::key).toList();
        Text title = Text.of(rows.name() + ": " + String.join(", ", names) + (groups.isEmpty() ? "" : " by "
                        + String.join(", ", groups)),
                rows.name() + "：" + String.join("、", summaries.stream().map(Summed::headingZh).toList())
                        + (groups.isEmpty() ? "" : "，按" + String.join("、", groups.stream().map(Grid::zh).toList())
                        + "分组"));
        return new Grid(title, headings, Grid.rows(columns, body.rowCount() + (total ? 1 : 0)), total,
                Notes.summaries(summaries, rows, groups, total, total && Grid.totalLabel(groups.get(0), rows,
                        units).equals(Scope.City.ID), cityRows));
    }

    private static List<Summed> summaries(TableQuery query, Table rows) {
        List<Summed> summaries = new ArrayList<>();
        for (TableQuery.Summary summary : query.summaries()) {
            OptionText text = new OptionText("--" + summary.aggregate().key(), summary.columns());
            if (summary.columns().isBlank()) {
                if (summary.aggregate() != Aggregate.COUNT) {
                    throw text.error(1, "expected the columns to " + summary.aggregate().key());
                }
                summaries.add(Summed.of(Aggregate.COUNT, null, rows, text, 1));
                continue;
            }
            for (OptionText.Item item : text.items()) {
                String column = text.column(item.value(), item.position(), rows.columnNames(), rows.name());
                Summed summed = Summed.of(summary.aggregate(), column, rows, text, item.position());
                if (summaries.stream().anyMatch(s -> s.key().equals(summed.key()))) {
                    throw text.error(item.position(), column + " is summed up that way twice");
                }
                summaries.add(summed);
            }
        }
        return summaries;
    }

    @SuppressWarnings("unchecked") // a column of the same frame column's empty copy
    private static <T> void append(Column<T> to, Column<?> from) {
        to.append((Column<T>) from, 0);
    }
}

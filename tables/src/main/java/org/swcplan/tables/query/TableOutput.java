package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Parameter;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Numbers;

/**
 * A query's answer as a result, rendered like every other command's: its columns follow the query
 * ({@code swc.table/1} allows any), people read the unit's name beside its code and areas with
 * thousands separators, and a total row is set off.
 */
final class TableOutput {
    static final String SCHEMA = "swc.table/1";

    private TableOutput() {
    }

    static Result result(Grid grid, DataNote note, List<Parameter> parameters) {
        List<Column<List<String>>> data = new ArrayList<>();
        List<Column<List<String>>> reading = new ArrayList<>();
        for (int i = 0; i < grid.columns().size(); i++) {
            Column<List<String>> column = column(grid.columns().get(i), i);
            reading.add(column);
            if (!grid.columns().get(i).readingOnly()) {
                data.add(column);
            }
        }
        Section<List<String>> section = Section.of("rows", grid.title(), data, grid.rows()).readAs(reading)
                .withOpenColumns().withNotes(grid.notes().toArray(org.swcplan.reports.result.Text[]::new));
        return new Result(SCHEMA, grid.title(), note, parameters, List.of(),
                List.of(grid.totalLast() ? section.withTotalLast() : section));
    }

    private static Column<List<String>> column(Grid.Heading heading, int index) {
        String key = heading.key();
        return switch (heading.kind()) {
            case UNIT -> Column.unit(row -> row.get(index));
            case NUMBER -> {
                Column<List<String>> number = Column.<List<String>>number(key, key, row -> row.get(index))
                        .zh(heading.headingZh());
                yield heading.grouped() ? number.shown(row -> grouped(row.get(index))) : number;
            }
            case BOOLEAN -> new Column<>(key, key, Column.Kind.BOOLEAN, row -> row.get(index), heading.headingZh(), 0,
                    null);
            case TEXT -> Column.<List<String>>text(key, key, row -> row.get(index)).zh(heading.headingZh())
                    .shownIn((row, language) -> Grid.TOTAL.equals(row.get(index)) && language == Language.ZH
                            ? Grid.zh(Grid.TOTAL) : row.get(index));
        };
    }

    /** An area or a sum of money as people read it: 1,237.00. */
    private static String grouped(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        int dot = cell.indexOf('.');
        return Numbers.grouped(Double.parseDouble(cell), dot < 0 ? 0 : cell.length() - dot - 1);
    }
}

package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.datasets.exchange.DataKind;
import org.swcplan.model.Dataset;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Parameter;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Text;
import org.swcplan.tables.SwcTables;
import org.swcplan.tables.TableKind;
import org.swcplan.tables.frame.KindFrames;
import tech.tablesaw.api.Table;

/**
 * {@code swc table}: a query over a data frame, answered as a result. The frame is a kind of the
 * dataset, or records read from a file; the query filters its rows, then lists them, groups them or
 * cross-tables them, then orders and cuts them (docs/table.md). The frames stay here: what leaves
 * is a {@link Result}.
 */
public final class TableQueries {
    private TableQueries() {
    }

    /**
     * @throws IllegalArgumentException locating a problem of the query in the option that holds it
     */
    public static Result run(TableKind kind, Dataset dataset, DataNote note, TableQuery query) {
        return run(SwcTables.of(dataset).table(kind), kind.key(), dataset, note, query);
    }

    /**
     * A query over records of a kind read from a file.
     *
     * @param file the file's name, for the result's parameters
     */
    public static <T> Result run(DataKind<T> kind, List<T> records, String file, Dataset dataset, DataNote note,
                                 TableQuery query) {
        return run(KindFrames.of(kind, records, dataset), file, dataset, note, query);
    }

    /** A query over a frame (package-private for tests that reorder its rows). */
    static Result run(Table frame, String source, Dataset dataset, DataNote note, TableQuery query) {
        Units units = new Units(dataset);
        Table rows = frame;
        for (String where : query.where()) {
            rows = rows.where(Where.select(where, rows, units::code));
        }
        boolean cityRows = rows.columnNames().contains("unit_type")
                && !rows.stringColumn("unit_type").isEqualTo("city").isEmpty();
        Grid grid;
        if (query.cross().isPresent()) {
            grid = CrossTable.of(rows, query.cross().get(), query, units, cityRows);
        } else if (!query.by().isBlank() || !query.summaries().isEmpty()) {
            grid = GroupBy.of(rows, query, units, cityRows);
        } else {
            grid = Listing.of(rows, frame.rowCount(), query, units);
        }
        if (grid.totalLast() && query.limit().isPresent()) {
            List<Text> notes = new ArrayList<>(grid.notes());
            notes.add(Notes.limitNote());
            grid = new Grid(grid.title(), grid.columns(), grid.rows(), true, notes);
        }
        return TableOutput.result(grid, note, parameters(source, query));
    }

    private static List<Parameter> parameters(String source, TableQuery query) {
        List<Parameter> parameters = new ArrayList<>(List.of(Parameter.of("table", source)));
        if (!query.where().isEmpty()) {
            parameters.add(Parameter.of("where", String.join(" and ", query.where().stream()
                    .map(w -> "(" + w + ")").toList())));
        }
        add(parameters, "columns", query.columns());
        add(parameters, "by", query.by());
        for (TableQuery.Summary summary : query.summaries()) {
            parameters.add(Parameter.of(summary.aggregate().key(), summary.columns()));
        }
        query.cross().ifPresent(cross -> {
            parameters.add(Parameter.of("rows", cross.rows()));
            parameters.add(Parameter.of("cols", cross.cols()));
            parameters.add(Parameter.of("value", cross.value()));
            cross.aggregate().ifPresent(a -> parameters.add(Parameter.of("agg", a.key())));
        });
        add(parameters, "sort", query.sort());
        query.limit().ifPresent(limit -> parameters.add(Parameter.of("limit", limit)));
        return parameters;
    }

    private static void add(List<Parameter> parameters, String name, String value) {
        if (!value.isBlank()) {
            parameters.add(Parameter.of(name, value));
        }
    }
}

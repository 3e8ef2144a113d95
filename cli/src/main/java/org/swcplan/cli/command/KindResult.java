package org.swcplan.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.datasets.exchange.ColumnTypes;
import org.swcplan.datasets.exchange.DataKind;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;

/**
 * Records of a data kind as a result, so that a command producing data files (e.g. monitoring rows
 * from land units) prints through the same renderers: the kind's canonical columns and exact
 * cells, so that its CSV is the file {@code swc import} reads. A column is a number where
 * {@link ColumnTypes} says so.
 */
final class KindResult {
    private KindResult() {
    }

    static <T> Result of(DataKind<T> kind, List<T> records, Text title, DataNote note) {
        List<String> keys = kind.columns();
        List<Column<List<String>>> columns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            String key = keys.get(i);
            columns.add(ColumnTypes.numeric(key) ? Column.number(key, key, row -> row.get(index))
                    : Column.text(key, key, row -> row.get(index)));
        }
        List<List<String>> rows = records.stream().map(kind::cells).toList();
        return Result.of("swc." + kind.name() + "/1", title, note, Section.of("rows", title, columns, rows));
    }
}

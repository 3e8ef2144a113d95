package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.ColumnHeadings;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;
import tech.tablesaw.api.Table;

/**
 * A query's answer as rows of cells as written (figures formatted, the city as {@code CITY}), so
 * that the data frames it was computed on stay behind it.
 *
 * @param columns   every column; those {@link Heading#readingOnly()} are shown to people only
 * @param totalLast whether the last row is the total (the city, where the rows are counties)
 */
record Grid(Text title, List<Heading> columns, List<List<String>> rows, boolean totalLast, List<Text> notes) {
    /** The cell of a total row's label where its rows are not counties. */
    static final String TOTAL = "total";

    /**
     * One column: its key (CSV header, JSON name, the name to sort by), its Chinese heading, what it
     * holds, and whether people read it with thousands separators.
     */
    record Heading(String key, String headingZh, Column.Kind kind, boolean grouped, boolean readingOnly) {
        static Heading of(String key, Column.Kind kind) {
            return new Heading(key, zh(key), kind, false, false);
        }

        Heading groupedIf(boolean yes) {
            return new Heading(key, headingZh, kind, yes, readingOnly);
        }

        Heading zhAs(String heading) {
            return new Heading(key, heading, kind, grouped, readingOnly);
        }

        Heading readOnly() {
            return new Heading(key, headingZh, kind, grouped, true);
        }
    }

    Grid {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    /** The Chinese heading of a column, its key where it has none. */
    static String zh(String key) {
        return ColumnHeadings.find(key).orElse(key);
    }

    /** The Chinese heading of a summary: the word of the aggregate before the unit, 投资合计(万元). */
    static String zh(Aggregate aggregate, String key) {
        String heading = zh(key);
        int bracket = heading.indexOf('(');
        return bracket > 0 ? heading.substring(0, bracket) + aggregate.wordZh() + heading.substring(bracket)
                : heading + aggregate.wordZh();
    }

    /**
     * The label of a total in a column of labels: the city where they are the codes of all its
     * counties, else {@link #TOTAL} (a total of some counties is not the city's).
     */
    static String totalLabel(String key, Table rows, Units units) {
        return key.equals("code") && units.allCounties(rows.intColumn(key).asSet())
                ? org.swcplan.model.region.Scope.City.ID : TOTAL;
    }

    /**
     * The heading of a column of row labels: a number column that also holds the total's label
     * becomes text, so that every value of it is written alike.
     */
    static Heading label(Table table, String key, boolean total) {
        Column.Kind kind = Cells.kind(table, key);
        return Heading.of(key, total && kind == Column.Kind.NUMBER ? Column.Kind.TEXT : kind);
    }

    /**
     * Adds, after the {@code code} column of labels, the units' Chinese names for people, where the
     * labels are codes and hold no name.
     */
    static void namesBesideCode(List<Heading> headings, List<List<String>> columns, Units units) {
        List<String> keys = headings.stream().map(Heading::key).toList();
        int code = keys.indexOf("code");
        if (code >= 0 && !keys.contains("name_zh")) {
            headings.add(code + 1, Heading.of("name_zh", Column.Kind.TEXT).readOnly());
            columns.add(code + 1, columns.get(code).stream().map(units::name).toList());
        }
    }

    /** Rows of cells from columns of cells. */
    static List<List<String>> rows(List<List<String>> columns, int rowCount) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<String> row = new ArrayList<>();
            for (List<String> column : columns) {
                row.add(column.get(r));
            }
            rows.add(row);
        }
        return rows;
    }
}

package org.swcplan.reports.report;

import java.util.List;
import java.util.Set;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Column;

/**
 * A table's headings and cells as people read them, and how each column lays out: numbers right
 * aligned and never broken, short words never broken, prose wrapping.
 */
public record ReportTable(List<String> headings, List<Layout> layouts, List<List<String>> rows) {
    /** How a column's cells lay out. */
    public enum Layout { NUMBER, WORD, PROSE }

    public ReportTable {
        headings = List.copyOf(headings);
        layouts = List.copyOf(layouts);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The rows under the columns, headed and shown in {@code language}.
     *
     * @param prose the keys of the columns whose cells are sentences that may wrap
     */
    public static <T> ReportTable of(List<Column<T>> columns, List<T> rows, Language language, String cityCode,
                                     Set<String> prose) {
        return new ReportTable(columns.stream().map(c -> c.heading(language)).toList(),
                columns.stream().map(c -> c.numeric() ? Layout.NUMBER : prose.contains(c.key()) ? Layout.PROSE
                        : Layout.WORD).toList(),
                rows.stream().map(row -> columns.stream().map(c -> c.shownCell(row, language, cityCode)).toList())
                        .toList());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}

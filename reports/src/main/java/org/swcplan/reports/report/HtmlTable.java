package org.swcplan.reports.report;

import java.util.List;
import java.util.Map;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Column;

/** A table as the HTML template wants it: headings, and rows of cells that know whether they are numbers. */
final class HtmlTable {
    private HtmlTable() {
    }

    /** Headings and cells in the report's language. */
    static <T> Map<String, Object> of(List<Column<T>> columns, List<T> rows, Language language, String cityCode) {
        return Map.of(
                "headers", columns.stream().map(c -> c.heading(language)).toList(),
                "rows", rows.stream().map(row -> Map.of("cells", columns.stream()
                        .map(c -> Map.of("text", c.shownCell(row, language, cityCode), "numeric", c.numeric())).toList())).toList());
    }
}

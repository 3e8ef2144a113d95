package org.swcplan.reports.text;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.swcplan.reports.text.TextTable.Align;

/**
 * One column of a tabular output, shared by its CSV, JSON and table renderings so that they always
 * agree: the key (CSV header, JSON name), the heading for people, whether it holds numbers, and the
 * cell of a row as written.
 */
public record Column<T>(String key, String heading, boolean numeric, Function<T, String> value) {
    public static <T> Column<T> text(String key, String heading, Function<T, String> value) {
        return new Column<>(key, heading, false, value);
    }

    public static <T> Column<T> number(String key, String heading, Function<T, String> value) {
        return new Column<>(key, heading, true, value);
    }

    public static <T> List<String> keys(List<Column<T>> columns) {
        return columns.stream().map(Column::key).toList();
    }

    /** A header line and one CSV line per row. */
    public static <T> void writeCsv(List<Column<T>> columns, List<T> rows, Writer out) throws IOException {
        CsvLines.write(out, keys(columns));
        for (T row : rows) {
            CsvLines.write(out, columns.stream().map(c -> c.value().apply(row)).toList());
        }
        out.flush();
    }

    /** The rows as a JSON array of objects, one per line, each line indented by {@code indent}. */
    public static <T> void writeJsonArray(List<Column<T>> columns, List<T> rows, String indent, Writer out)
            throws IOException {
        out.write("[\n");
        for (int r = 0; r < rows.size(); r++) {
            out.write(indent + "  {");
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                String value = column.value().apply(rows.get(r));
                String json = column.numeric() ? (value.isEmpty() ? "null" : value) : Json.string(value);
                out.write((c == 0 ? "" : ", ") + Json.string(column.key()) + ": " + json);
            }
            out.write(r == rows.size() - 1 ? "}\n" : "},\n");
        }
        out.write(indent + "]");
    }

    /** The rows as a Markdown (GitHub) table, numbers right-aligned, pipes in cells escaped. */
    public static <T> void writeMarkdown(List<Column<T>> columns, List<T> rows, Writer out) throws IOException {
        out.write("| " + String.join(" | ", columns.stream().map(c -> markdown(c.heading())).toList()) + " |\n");
        out.write("|" + String.join("|", columns.stream().map(c -> c.numeric() ? "---:" : "---").toList()) + "|\n");
        for (T row : rows) {
            out.write("| " + String.join(" | ", columns.stream().map(c -> markdown(c.value().apply(row))).toList()) + " |\n");
        }
    }

    private static String markdown(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ");
    }

    /** A text table of the rows, headed by the columns' headings, numbers right-aligned. */
    public static <T> TextTable table(List<Column<T>> columns, List<T> rows) {
        TextTable table = new TextTable(columns.stream().map(Column::heading).toList(),
                columns.stream().map(c -> c.numeric() ? Align.RIGHT : Align.LEFT).toList());
        for (T row : rows) {
            table.row(columns.stream().map(c -> c.value().apply(row)).toList());
        }
        return table;
    }
}

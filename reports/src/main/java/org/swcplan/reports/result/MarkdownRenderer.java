package org.swcplan.reports.result;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Column;

/** A result as Markdown: a heading per section, GitHub tables (numbers right-aligned), notes, the data note. */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    public static void write(Result result, Language language, Writer out) throws IOException {
        out.write("# " + result.title().in(language) + "\n\n");
        List<Section<?>> shown = result.sections().stream().filter(s -> !s.readingRows().isEmpty()).toList();
        for (Section<?> section : shown) {
            if (shown.size() > 1) {
                out.write("## " + section.title().in(language) + "\n\n");
            }
            table(section, language, result.data().cityCode(), out);
            for (Text note : section.notes()) {
                out.write("\n" + note.in(language) + "\n");
            }
            out.write("\n");
        }
        for (Text note : result.notes()) {
            out.write(note.in(language) + "\n\n");
        }
        out.write(result.data().footer(language) + "\n");
    }

    /** One section as a GitHub table. */
    public static <T> void table(Section<T> section, Language language, String cityCode, Writer out)
            throws IOException {
        table(section.reading(), section.readingRows(), language, cityCode, out);
    }

    /** Rows as a GitHub table, headed and shown in a language. */
    public static <T> void table(List<Column<T>> columns, List<T> rows, Language language, String cityCode,
                                 Writer out) throws IOException {
        out.write("| " + String.join(" | ", columns.stream().map(c -> cell(c.heading(language))).toList()) + " |\n");
        out.write("|" + String.join("|", columns.stream().map(c -> c.numeric() ? "---:" : "---").toList()) + "|\n");
        for (T row : rows) {
            out.write("| " + String.join(" | ", columns.stream().map(c -> cell(c.shownCell(row, language, cityCode))).toList()) + " |\n");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}

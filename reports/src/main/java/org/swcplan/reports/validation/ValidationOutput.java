package org.swcplan.reports.validation;

import java.util.List;
import java.util.OptionalInt;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;

/** A valid dataset or file: the rows each file holds, and the warnings (suspicious, not wrong). */
public final class ValidationOutput {
    public static final String SCHEMA = "swc.validate/1";

    /** A file of the dataset, with its kind where one file was checked, and its rows (empty: absent). */
    public record FileRow(String file, String kind, OptionalInt rows) {
    }

    /** A warning at a place in a file (line and column 0 where it concerns the whole file). */
    public record Warning(String file, long line, int column, String field, String message) {
    }

    public static final List<Column<FileRow>> FILE_COLUMNS = List.of(
            Column.text("file", "file", FileRow::file),
            Column.text("kind", "kind", FileRow::kind),
            Column.<FileRow>number("rows", "rows", f -> f.rows().isPresent() ? Integer.toString(f.rows().getAsInt()) : "")
                    .shownIn((f, language) -> f.rows().isPresent() ? Integer.toString(f.rows().getAsInt())
                            : language.text("validate.absent")),
            Column.<FileRow>flag("present", "present", f -> f.rows().isPresent()).priority(1));

    public static final List<Column<Warning>> WARNING_COLUMNS = List.of(
            Column.text("file", "file", Warning::file),
            Column.number("line", "line", w -> Long.toString(w.line())),
            Column.number("column", "column", w -> Integer.toString(w.column())),
            Column.text("field", "field", Warning::field),
            Column.text("message", "message", Warning::message));

    private ValidationOutput() {
    }

    /**
     * @param source what was checked (the dataset, or one file), in English and Chinese
     */
    public static Result result(Text source, List<FileRow> files, List<Warning> warnings, DataNote note) {
        return Result.of(SCHEMA, Text.of("Valid: " + source.en() + " (" + warnings.size()
                                + (warnings.size() == 1 ? " warning)" : " warnings)"),
                        "校验通过：" + source.zh() + "（" + warnings.size() + "条提示）"), note,
                Section.of("rows", Text.of("Files", "文件"), FILE_COLUMNS, files),
                Section.of("warnings", Text.of("Warnings: suspicious, not wrong", "提示：存疑但不构成错误"),
                        WARNING_COLUMNS, warnings));
    }
}

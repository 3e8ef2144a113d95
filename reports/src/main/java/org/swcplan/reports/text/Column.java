package org.swcplan.reports.text;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.swcplan.model.ColumnHeadings;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.Language;

/**
 * One column of a tabular result, shared by its table, CSV, JSON and Markdown renderings so that
 * they always agree: the key (CSV header and JSON name in English), the heading for people in
 * English and Chinese, the kind of value, the cell of a row as written, and how readily a
 * narrow terminal may leave the column out.
 *
 * @param key       the machine name: English CSV header, JSON name
 * @param heading   the English heading for people (tables, Markdown)
 * @param kind      text, number (written bare in JSON, empty → null) or boolean (true/false)
 * @param value     the cell as written in CSV and JSON
 * @param headingZh the Chinese heading (tables, Markdown, CSV with Chinese headers); null: the
 *                  one {@link ColumnHeadings} gives for the key
 * @param priority  0: always shown; higher numbers are left out first where a terminal is too
 *                  narrow for every column
 * @param display   the cell for people in a language (thousands separators, signs, percent, the
 *                  words for a code); null: the value
 */
public record Column<T>(String key, String heading, Kind kind, Function<T, String> value, String headingZh,
                        int priority, BiFunction<T, Language, String> display) {
    /**
     * What a column holds. UNIT: the code of a county or the city ({@code CITY} in the model),
     * written as the city's own division code where the data note gives one, so that the code
     * column holds a number in every row of every output.
     */
    public enum Kind { TEXT, NUMBER, BOOLEAN, UNIT }

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static <T> Column<T> text(String key, String heading, Function<T, String> value) {
        return new Column<>(key, heading, Kind.TEXT, value, null, 0, null);
    }

    public static <T> Column<T> number(String key, String heading, Function<T, String> value) {
        return new Column<>(key, heading, Kind.NUMBER, value, null, 0, null);
    }

    /**
     * The unit's code, {@code code}: a county's code, or the city's division code.
     *
     * @param id the unit's id in the model: a county code or {@code CITY}
     */
    public static <T> Column<T> unit(Function<T, String> id) {
        return new Column<>("code", "code", Kind.UNIT, id, null, 0, null);
    }

    /** {@code unit_type}: county or city. */
    public static <T> Column<T> unitType(Function<T, String> id) {
        return Column.code("unit_type", "unit type", row -> Scope.City.ID.equals(id.apply(row)) ? "city" : "county",
                "unit_type.");
    }

    /** This column with another English heading (and, unless it has one, the same Chinese heading). */
    public Column<T> headed(String english) {
        return new Column<>(key, english, kind, value, headingZh, priority, display);
    }

    /** A yes/no column: true or false in CSV and JSON, the reader's words in tables. */
    public static <T> Column<T> flag(String key, String heading, Predicate<T> value) {
        return new Column<>(key, heading, Kind.BOOLEAN, row -> Boolean.toString(value.test(row)), null, 0,
                (row, language) -> language.text(value.test(row) ? "flag.yes" : "flag.no"));
    }

    /** This column with its own Chinese heading. */
    public Column<T> zh(String chinese) {
        return new Column<>(key, heading, kind, value, chinese, priority, display);
    }

    /** This column, left out before those of a lower number where a terminal is too narrow. */
    public Column<T> priority(int rank) {
        return new Column<>(key, heading, kind, value, headingZh, rank, display);
    }

    /** This column, shown to people as {@code shown} in every language. */
    public Column<T> shown(Function<T, String> shown) {
        return new Column<>(key, heading, kind, value, headingZh, priority, (row, language) -> shown.apply(row));
    }

    /** This column, shown to people in their language. */
    public Column<T> shownIn(BiFunction<T, Language, String> shown) {
        return new Column<>(key, heading, kind, value, headingZh, priority, shown);
    }

    /**
     * A code (a status, a role): written as its key, shown as the words {@code prefix + key} of
     * the reader's language ({@code texts_*.properties}).
     */
    public static <T> Column<T> code(String key, String heading, Function<T, String> code, String prefix) {
        return Column.<T>text(key, heading, code).shownIn((row, language) -> {
            String value = code.apply(row);
            return value.isEmpty() ? "" : language.text(prefix + value);
        });
    }

    public boolean numeric() {
        return kind == Kind.NUMBER;
    }

    /** The heading for people in a language. */
    public String heading(Language language) {
        if (language == Language.EN) {
            return heading;
        }
        return headingZh != null ? headingZh : ColumnHeadings.chinese(key);
    }

    /** The CSV header: the key, or the Chinese heading. */
    public String header(Language language) {
        return language == Language.EN ? key : heading(Language.ZH);
    }

    /** The cell as written in CSV and JSON. */
    public String cell(T row) {
        return value.apply(row);
    }

    /** The cell as written in CSV and JSON, the city named by its code where the data has one. */
    public String cell(T row, String cityCode) {
        String cell = value.apply(row);
        return kind == Kind.UNIT && Scope.City.ID.equals(cell) ? cityCode : cell;
    }

    /** The cell for people reading a language (the city's code shown as it is written). */
    public String shownCell(T row, Language language, String cityCode) {
        return display != null ? display.apply(row, language) : cell(row, cityCode);
    }

    /** The columns, those named given the priority (how readily a narrow terminal leaves them out). */
    public static <T> List<Column<T>> ranked(List<Column<T>> columns, java.util.Map<String, Integer> priorities) {
        return columns.stream().map(c -> c.priority(priorities.getOrDefault(c.key(), c.priority()))).toList();
    }

    public static <T> List<String> keys(List<Column<T>> columns) {
        return columns.stream().map(Column::key).toList();
    }
}

package org.swcplan.reports.result;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.DisplayWidth;
import org.swcplan.reports.text.TextTable;
import org.swcplan.reports.text.TextTable.Align;

/**
 * A result as text for a terminal: the title, each section's table with its notes, the result's
 * notes and the data note. Fitted to the width: where every column does not fit, the columns of
 * the highest priority number are left out first (the rightmost first among equals) and a note
 * names them; text is wrapped at the width, Chinese counted as two columns.
 */
public final class TableRenderer {
    private TableRenderer() {
    }

    public static void write(Result result, RenderOptions options, Writer out) throws IOException {
        Language language = options.headers();
        int width = options.width();
        paragraph(result.title().in(language), width, out);
        out.write('\n');
        List<Section<?>> shown = result.sections().stream().filter(s -> !s.readingRows().isEmpty()).toList();
        if (shown.isEmpty()) {
            paragraph(Text.of("No rows.", "无数据。").in(language), width, out);
        }
        for (int s = 0; s < shown.size(); s++) {
            Section<?> section = shown.get(s);
            if (shown.size() > 1) {
                if (s > 0) {
                    out.write('\n');
                }
                paragraph(section.title().in(language), width, out);
                out.write('\n');
            }
            section(section, language, width, result.data().cityCode(), out);
        }
        if (!result.notes().isEmpty()) {
            out.write('\n');
            for (Text note : result.notes()) {
                paragraph(note.in(language), width, out);
            }
        }
        out.write('\n');
        paragraph(result.data().footer(language), width, out);
    }

    private static <T> void section(Section<T> section, Language language, int width, String cityCode, Writer out)
            throws IOException {
        List<Column<T>> shown = fitted(section, language, width, cityCode);
        // where the columns that stay are still too wide, the widest text columns are cut with an ellipsis
        java.util.Map<Column<T>, Integer> limits = new java.util.HashMap<>();
        int overflow = width == 0 ? 0 : lineWidth(shown, section, language, cityCode) - width;
        while (overflow > 0) {
            Column<T> widest = null;
            int room = 0;
            for (Column<T> column : shown) {
                int w = limits.getOrDefault(column, columnWidth(column, section, language, cityCode));
                // numbers are never cut, only a heading wider than them; text down to a floor
                int floor = column.kind() == Column.Kind.NUMBER ? cellWidth(column, section, language, cityCode)
                        : Math.min(MIN_CUT_WIDTH, w);
                if (w - floor > room) {
                    widest = column;
                    room = w - floor;
                }
            }
            if (widest == null) {
                break;
            }
            int w = limits.getOrDefault(widest, columnWidth(widest, section, language, cityCode));
            int cutTo = w - Math.min(room, overflow);
            overflow -= w - cutTo;
            limits.put(widest, cutTo);
        }
        TextTable table = new TextTable(shown.stream().map(c -> cutHeading(stacked(c.heading(language)),
                        limits.getOrDefault(c, Integer.MAX_VALUE))).toList(),
                shown.stream().map(c -> c.kind() == Column.Kind.NUMBER ? Align.RIGHT : Align.LEFT).toList());
        List<T> rows = section.readingRows();
        for (int r = 0; r < rows.size(); r++) {
            if (section.totalLast() && r == rows.size() - 1 && r > 0) {
                table.rule();
            }
            T row = rows.get(r);
            table.row(shown.stream().map(c -> {
                String cell = c.shownCell(row, language, cityCode);
                return limits.containsKey(c) ? ellipsis(cell, limits.get(c)) : cell;
            }).toList());
        }
        table.write(out);
        List<Text> notes = new ArrayList<>(section.notes());
        List<String> left = section.reading().stream().filter(c -> !shown.contains(c)).map(c -> c.heading(language))
                .toList();
        if (!left.isEmpty()) {
            notes.add(Text.of("Not shown at this width (--wide or --format csv shows them): " + String.join(", ", left)
                    + ".", "因宽度所限未显示（--wide 或 --format csv 可显示）：" + String.join("、", left) + "。"));
        }
        if (!notes.isEmpty()) {
            out.write('\n');
            for (Text note : notes) {
                paragraph(note.in(language), width, out);
            }
        }
    }

    /** The columns that fit in the width, in their order. */
    static <T> List<Column<T>> fitted(Section<T> section, Language language, int width, String cityCode) {
        List<Column<T>> shown = new ArrayList<>(section.reading());
        if (width == 0) {
            return shown;
        }
        List<Column<T>> droppable = new ArrayList<>(shown.stream().filter(c -> c.priority() > 0).toList());
        // last in this order is dropped first: the highest priority number, then the rightmost
        droppable.sort(Comparator.<Column<T>>comparingInt(Column::priority)
                .thenComparingInt(c -> section.reading().indexOf(c)));
        while (lineWidth(shown, section, language, cityCode) > width && !droppable.isEmpty()) {
            shown.remove(droppable.remove(droppable.size() - 1));
        }
        return shown;
    }

    /** A heading with its unit in brackets on a line of its own: 水土流失面积 over (平方公里). */
    static String stacked(String heading) {
        int bracket = heading.indexOf('(');
        return bracket > 0 ? heading.substring(0, bracket) + "\n" + heading.substring(bracket) : heading;
    }

    private static <T> int lineWidth(List<Column<T>> columns, Section<T> section, Language language, String cityCode) {
        int total = 0;
        for (Column<T> column : columns) {
            total += columnWidth(column, section, language, cityCode);
        }
        return total + 2 * Math.max(0, columns.size() - 1);
    }

    private static <T> int columnWidth(Column<T> column, Section<T> section, Language language, String cityCode) {
        int w = cellWidth(column, section, language, cityCode);
        for (String piece : stacked(column.heading(language)).split("\n")) {
            w = Math.max(w, DisplayWidth.of(piece));
        }
        return w;
    }

    private static <T> int cellWidth(Column<T> column, Section<T> section, Language language, String cityCode) {
        int w = 1;
        for (T row : section.readingRows()) {
            w = Math.max(w, DisplayWidth.of(column.shownCell(row, language, cityCode)));
        }
        return w;
    }

    private static String cutHeading(String heading, int width) {
        return width == Integer.MAX_VALUE ? heading : String.join("\n", java.util.Arrays.stream(heading.split("\n"))
                .map(piece -> ellipsis(piece, width)).toList());
    }

    /** A text column is never cut narrower than this. */
    private static final int MIN_CUT_WIDTH = 12;

    /** The text within {@code width} display columns, its end replaced by … where it is longer. */
    static String ellipsis(String text, int width) {
        if (DisplayWidth.of(text) <= width) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int w = DisplayWidth.of(ch);
            if (used + w > width - 1) {
                break;
            }
            out.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    /** Writes text wrapped at the width (0: as is), each line broken at a space or between wide characters. */
    static void paragraph(String text, int width, Writer out) throws IOException {
        for (String line : text.split("\n", -1)) {
            for (String piece : wrap(line, width)) {
                out.write(piece);
                out.write('\n');
            }
        }
    }

    /** Characters that must not begin a line (Chinese line-breaking rules). */
    private static final String NO_LINE_START = "、。，；：）」』》”’！？%,.;:)!?";

    static List<String> wrap(String line, int width) {
        List<String> lines = new ArrayList<>();
        String rest = line;
        while (width > 0 && DisplayWidth.of(rest) > width) {
            int cut = breakWithin(rest, width);
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    /**
     * Where to break a line too wide: the last place within the width after a space or between
     * wide characters, never before a closing punctuation mark; where there is none, at the width.
     */
    private static int breakWithin(String text, int width) {
        int used = 0;
        int best = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = DisplayWidth.of(new String(Character.toChars(cp)));
            if (used + w > width) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
            if (i < text.length() && breakable(text, i)) {
                best = i;
            }
        }
        return best > 0 ? best : Math.max(i, 1);
    }

    private static boolean breakable(String text, int at) {
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at);
        if (NO_LINE_START.indexOf(after) >= 0) {
            return false;
        }
        return before == ' ' || after == ' ' || DisplayWidth.of(new String(Character.toChars(before))) == 2
                || DisplayWidth.of(new String(Character.toChars(after))) == 2;
    }
}

package org.swcplan.reports.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: columns aligned by display width, numbers right-aligned; a
 * heading with line breaks takes several lines.
 */
public final class TextTable {
    /** How a column's cells are aligned. */
    public enum Align { LEFT, RIGHT }

    private final List<String> headings;
    private final List<Align> aligns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> rulesBefore = new ArrayList<>();

    public TextTable(List<String> headings, List<Align> aligns) {
        if (headings.size() != aligns.size()) {
            throw new IllegalArgumentException("one alignment per heading");
        }
        this.headings = List.copyOf(headings);
        this.aligns = List.copyOf(aligns);
    }

    public TextTable row(List<String> cells) {
        if (cells.size() != headings.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + headings.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Draws a rule before the next row added (e.g. above a total). */
    public TextTable rule() {
        rulesBefore.add(rows.size());
        return this;
    }

    public void write(Writer out) throws IOException {
        int[] widths = new int[headings.size()];
        int headingLines = 1;
        for (int c = 0; c < widths.length; c++) {
            for (String piece : headings.get(c).split("\n")) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(piece));
            }
            headingLines = Math.max(headingLines, headings.get(c).split("\n").length);
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
        }
        for (int line = 0; line < headingLines; line++) {
            List<String> cells = new ArrayList<>();
            for (String heading : headings) {
                String[] pieces = heading.split("\n");
                // the last line of every heading sits on the rule
                int offset = headingLines - pieces.length;
                cells.add(line >= offset ? pieces[line - offset] : "");
            }
            writeLine(out, cells, widths);
        }
        writeRule(out, widths);
        for (int r = 0; r < rows.size(); r++) {
            if (rulesBefore.contains(r)) {
                writeRule(out, widths);
            }
            writeLine(out, rows.get(r), widths);
        }
    }

    private void writeLine(Writer out, List<String> cells, int[] widths) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - DisplayWidth.of(cell));
            line.append(c == 0 ? "" : "  ").append(aligns.get(c) == Align.RIGHT ? pad + cell : cell + pad);
        }
        out.write(line.toString().stripTrailing());
        out.write('\n');
    }

    private static void writeRule(Writer out, int[] widths) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            line.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.write(line.toString());
        out.write('\n');
    }
}

package org.swcplan.reports.report;

import java.util.List;
import org.swcplan.reports.report.ReportTable.Layout;

/**
 * Shares a page's width among a table's columns by what they hold, so that numbers and short
 * words keep to one line and prose takes what is left: each column asks for its widest cell (a
 * Chinese character counting as two) and its margins, its heading asking for at most four Chinese
 * characters' worth since headings may wrap between words. Where the page allows, the short
 * columns get what they ask and the prose columns share the rest equally; where it does not, every
 * column gets a share in proportion to what it asks (prose asking for a fixed amount).
 */
final class ColumnWidths {
    private static final int HEADING_CAP = 8;
    private static final int PROSE_WIDTH = 40;
    /** The least a prose column keeps before the short columns give up part of what they ask. */
    private static final int PROSE_MIN = 16;

    private ColumnWidths() {
    }

    /**
     * @param total    the width of the page's text, twips
     * @param perUnit  the width of one display unit (half a Chinese character) in the table's font, twips
     * @param padding  a cell's margins and borders, twips
     */
    static int[] twips(ReportTable table, int total, int perUnit, int padding) {
        int columns = table.headings().size();
        double[] want = new double[columns];
        double sum = 0;
        for (int col = 0; col < columns; col++) {
            String heading = table.headings().get(col);
            double widest = Math.min(display(heading), Math.max(HEADING_CAP, longestLatinWord(heading)));
            if (table.layouts().get(col) == Layout.PROSE) {
                widest = PROSE_WIDTH;
            } else {
                for (List<String> row : table.rows()) {
                    widest = Math.max(widest, display(row.get(col)));
                }
            }
            want[col] = widest * perUnit + padding;
            sum += want[col];
        }
        int[] widths = new int[columns];
        // prose, and any column whose cells run longer than prose asks for (an indicator's English
        // name), may wrap: they share what the short columns leave
        boolean[] flexible = new boolean[columns];
        double fixed = 0;
        int prose = 0;
        for (int col = 0; col < columns; col++) {
            flexible[col] = table.layouts().get(col) == Layout.PROSE || want[col] > PROSE_WIDTH * perUnit + padding;
            if (flexible[col]) {
                prose++;
            } else {
                fixed += want[col];
            }
        }
        // the short columns get what they ask where the prose still gets a fair line; the prose shares the rest
        boolean shortFirst = prose > 0 && fixed + prose * (PROSE_MIN * perUnit + padding) <= total;
        int given = 0;
        for (int col = 0; col < columns; col++) {
            double share = shortFirst
                    ? (flexible[col] ? (total - fixed) / prose : want[col])
                    : total * want[col] / sum;
            widths[col] = col == columns - 1 ? total - given : (int) Math.floor(share);
            given += widths[col];
        }
        return widths;
    }

    /** The longest run of Latin letters and digits in a heading: an English word must not break inside. */
    static int longestLatinWord(String heading) {
        int longest = 0;
        for (String word : heading.split("[^A-Za-z0-9%]+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** Display width: two for a wide (CJK) character, one for others. */
    static int display(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }
}

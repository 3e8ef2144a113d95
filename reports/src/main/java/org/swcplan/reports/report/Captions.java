package org.swcplan.reports.report;

import org.swcplan.reports.Language;

/** Numbers the report's tables and figures in order of appearance: 表1, 图1 / Table 1, Figure 1. */
final class Captions {
    private final Language lang;
    private int tables;
    private int figures;

    Captions(Language lang) {
        this.lang = lang;
    }

    /** The next table's caption. */
    String table(String title) {
        return lang.text("caption.table", Integer.toString(++tables), title);
    }

    /** The next table's caption with the unit of all its figures: （单位：平方公里） / (km²). */
    String table(String title, String unit) {
        return table(title) + lang.text("caption.unit", unit);
    }

    /** The next figure's caption. */
    String figure(String title) {
        return lang.text("caption.figure", Integer.toString(++figures), title);
    }
}

package org.swcplan.reports.report;

import java.util.List;
import org.swcplan.model.plan.Commitment;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;

/** The plan's quantitative indicators as the report shows them, in its language and with their units in words. */
final class IndicatorTables {
    private IndicatorTables() {
    }

    static List<Column<Commitment>> columns(Language lang) {
        return List.<Column<Commitment>>of(
                Column.text("indicator", lang.text("col.indicator"), r -> lang.name(r.nameZh(), r.nameEn())),
                Column.text("unit", lang.text("col.unit.word"), r -> unit(r, lang)),
                Column.number("target", lang.text("col.target.value"), r -> figure(r, r.target())),
                Figures.whole("deadline", lang.text("col.deadline"), Commitment::deadline),
                Column.number("progress", lang.text("col.progress"), r -> figure(r, r.progress())),
                Column.number("remaining", lang.text("col.remaining.value"), r -> figure(r, r.remaining())),
                Figures.column("pace", lang.text("col.pace"), 2, Commitment::pacePerYear),
                Column.text("status", lang.text("col.status"), r -> lang.text("commitment_status." + r.status().key())))
                .stream().map(col -> col.zh(col.heading())).toList();
    }

    /** A figure of the indicator: a count as a whole number (17, never 17.00), an area or a rate with two decimals. */
    private static String figure(Commitment row, double value) {
        return Figures.format(value, "count".equals(row.unit()) ? 0 : 2);
    }

    /** The indicator's unit in words: the data's Chinese unit (平方公里, 座, 条 …) / km², number. */
    static String unit(Commitment row, Language lang) {
        return lang == Language.ZH ? row.unitZh() : lang.text("indicator_unit." + row.unit());
    }
}

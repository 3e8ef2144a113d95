package org.swcplan.reports.report;

import java.util.List;
import org.swcplan.model.plan.Commitment;
import org.swcplan.model.plan.ProgressBasis;
import org.swcplan.reports.plan.PlanOutput.ItemRow;
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
                Column.text("period", lang.text("col.period"), r -> period(r, lang)),
                Column.number("progress", lang.text("col.progress"), r -> figure(r, r.progress())),
                Column.number("remaining", lang.text("col.remaining.value"), r -> figure(r, r.remaining())),
                Figures.column("pace", lang.text("col.pace"), 2, Commitment::pacePerYear),
                Column.text("status", lang.text("col.status"), r -> lang.text("commitment_status." + r.status().key())))
                .stream().map(col -> col.zh(col.heading())).toList();
    }

    /**
     * Its counting period: the five-year plan period by name where it is one (“十四五”时期 / 14th
     * Five-Year Plan), else the years (2024—2025年 / 2024–2025); a rate measured from the data has
     * only its target year.
     */
    static String period(Commitment row, Language lang) {
        if (row.basis() == ProgressBasis.MONITORING || row.countFrom() >= row.deadline()) {
            return lang.text("period.by", Integer.toString(row.deadline()));
        }
        return row.fiveYearPlan().map(p -> lang.text("period." + p.key(), Integer.toString(p.first()),
                        Integer.toString(p.last())))
                .orElse(lang.text("period.years", Integer.toString(row.countFrom()), Integer.toString(row.deadline())));
    }

    /**
     * The named items of the indicators: indicator, county, item, status and completion (the
     * evidence, free text in the data's language, stays in swc indicators and the CSV tables).
     */
    static List<Column<ItemRow>> items(Language lang, List<Commitment> commitments) {
        return List.<Column<ItemRow>>of(
                Column.text("indicator", lang.text("col.indicator"), r -> commitments.stream()
                        .filter(c -> c.id().equals(r.item().indicator())).findFirst()
                        .map(c -> lang.nameOrChinese(c.nameZh(), c.nameEn())).orElse("")),
                Column.text("county", lang.text("col.county"), r -> r.countyZh().isEmpty() ? lang.text("item.city")
                        : lang.name(r.countyZh(), r.countyEn())),
                Column.text("item", lang.text("col.item"), r -> lang.nameOrChinese(r.item().nameZh(),
                        r.item().nameEn())),
                Column.text("status", lang.text("col.status"), r -> lang.text("item_status." + r.item().status().key())),
                Column.text("completed", lang.text("col.completed"), r -> r.item().completed().orElse("")))
                .stream().map(col -> col.zh(col.heading())).toList();
    }

    /** A figure of the indicator: a count as a whole number (17, never 17.00), an area or a rate with two decimals. */
    private static String figure(Commitment row, double value) {
        return Figures.format(value, "count".equals(row.unit()) ? 0 : 2);
    }

    /** A figure with its unit as running text writes it: 5座, 41.60平方公里 / 5, 41.60 km². */
    static String figureWithUnit(Commitment row, double value, Language lang) {
        String figure = figure(row, value);
        if (lang == Language.ZH) {
            return figure + row.unitZh();
        }
        return "km2".equals(row.unit()) ? figure + " km²" : figure;
    }

    /** The indicator's unit in words: the data's Chinese unit (平方公里, 座, 条 …) / km², number. */
    static String unit(Commitment row, Language lang) {
        return lang == Language.ZH ? row.unitZh() : lang.text("indicator_unit." + row.unit());
    }
}

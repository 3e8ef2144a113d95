package org.swcplan.reports.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.TreatmentGapRow;
import org.swcplan.model.gap.ReconciledNeed;
import org.swcplan.reports.Language;
import org.swcplan.reports.gap.GapOutput;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;
import org.swcplan.reports.text.Numbers;

/**
 * The gap rows as the report shows them, headed and worded in its language: the milestones of one
 * unit, each milestone's gaps, the treatment each unit needs, and passed milestones assessed. The
 * cells that need a decision (P as a percent, no negative need for a met target) come from
 * {@link GapOutput}, so that the report and {@code swc gap} agree.
 */
final class GapTables {
    private GapTables() {
    }

    /** The milestones ahead of one unit. */
    static List<Column<GapRow>> unitMilestones(Language lang) {
        return pick(lang, "milestone", "target", "forecast", "interval", "p", "need", "seen", "treat", "treat80", "cost",
                "status");
    }

    /** Every unit at one milestone ahead: where the forecast goes against the target. */
    static List<Column<GapRow>> gaps(Language lang) {
        return pick(lang, "code", "name", "target", "last", "forecast", "interval", "p", "gap", "need", "seen", "ratio",
                "status");
    }

    /** Every unit at one milestone ahead: the treatment a year it needs, reconciled over its targets. */
    static List<Column<GapRow>> needs(Language lang) {
        return pick(lang, "code", "name", "bau", "extra50", "extra80", "degree", "treat", "treat80", "cost", "binds");
    }

    /** Every unit at a passed milestone: the observed rate against the target. */
    static List<Column<GapRow>> assessments(Language lang) {
        return pick(lang, "code", "name", "target", "observed", "difference", "status");
    }

    /** The named columns, each defined once here, headed in the report's language. */
    private static List<Column<GapRow>> pick(Language lang, String... keys) {
        Map<String, Column<GapRow>> all = new HashMap<>();
        for (Column<GapRow> column : List.<Column<GapRow>>of(
                Figures.whole("milestone", lang.text("col.milestone"), GapRow::milestone),
                Column.<GapRow>unit(r -> r.unit().id()).headed(lang.text("col.unit")),
                Column.text("name", lang.text("col.name"), GapRow::nameZh),
                Figures.column("target", lang.text("col.target"), 2, GapRow::targetPct),
                Figures.column("last", lang.text("col.last"), 2, GapRow::lastRatePct),
                Figures.column("observed", lang.text("col.observed"), 2, GapRow::lastRatePct),
                Figures.column("forecast", lang.text("col.forecast"), 2, GapRow::forecastPct),
                Column.text("interval", lang.text("col.interval80"),
                        g -> Numbers.fixed(g.lo80Pct(), 2) + "–" + Numbers.fixed(g.hi80Pct(), 2)),
                Column.number("p", lang.text("col.p"), g -> GapOutput.probability(g, lang)),
                Figures.column("gap", lang.text("col.gap"), 2, GapRow::gapPp),
                Column.number("difference", lang.text("col.difference"), GapOutput::difference),
                Column.number("need", lang.text("col.need"), GapOutput::requiredGain),
                Figures.column("seen", lang.text("col.seen"), 2, GapRow::observedGainPpPerYear),
                Column.number("ratio", lang.text("col.ratio"), g -> GapOutput.ratio(g, lang.text("status.achieved"))),
                Figures.column("bau", lang.text("col.bau"), 1, GapRow::bauTreatmentKm2PerYear),
                Figures.column("extra50", lang.text("col.extra50"), 1, GapRow::additionalTreatmentKm2PerYear),
                Figures.column("extra80", lang.text("col.extra80"), 1, g -> g.need().additionalP80Km2PerYear()),
                Figures.column("degree", lang.text("col.degree"), 1, g -> g.need().degreeKm2PerYear()),
                Figures.column("treat", lang.text("col.treat"), 1, g -> g.need().bindingKm2PerYear()),
                Figures.column("treat80", lang.text("col.treat80"), 1, g -> g.need().bindingP80Km2PerYear()),
                Figures.column("cost", lang.text("col.cost"), 0, g -> g.need().bindingCostWanPerYear()),
                Column.text("binds", lang.text("col.binds"), g -> binds(g, lang)),
                status(lang))) {
            all.put(column.key(), column);
        }
        return headedAll(Arrays.stream(keys).map(all::get).toList());
    }

    /** Every unit against the 治理度 target: the stock, what is treated, the pace needed and seen. */
    static List<Column<TreatmentGapRow>> degree(Language lang) {
        return headedAll(List.of(
                Column.text("name", lang.text("col.name"), TreatmentGapRow::nameZh),
                Figures.column("stock", lang.text("col.stock"), 2, TreatmentGapRow::baselineKm2),
                Figures.column("treated", lang.text("col.treated.cum"), 2, TreatmentGapRow::treatedCumKm2),
                Figures.column("degree", lang.text("col.degree.pct"), 2, TreatmentGapRow::degreePct),
                Figures.column("remaining", lang.text("col.remaining"), 2, TreatmentGapRow::remainingKm2),
                Figures.column("required", lang.text("col.required.pace"), 2, TreatmentGapRow::requiredKm2PerYear),
                Figures.column("observed", lang.text("col.observed.pace"), 2, TreatmentGapRow::observedKm2PerYear),
                Column.text("status", lang.text("col.status"), r -> lang.text("status." + r.status().key()))));
    }

    /** A passed milestone in a sentence: the target, the observed rate, met or missed and by how much. */
    static String assessment(GapRow row, Language lang) {
        return lang.text("assessed." + row.status().key(), Integer.toString(row.milestone()),
                Numbers.fixed(row.targetPct(), 2), Numbers.fixed(row.lastRatePct(), 2),
                Numbers.fixed(Math.abs(row.gapPp()), 2));
    }


    private static Column<GapRow> status(Language lang) {
        return Column.text("status", lang.text("col.status"), g -> lang.text("status." + g.status().key()));
    }

    private static String binds(GapRow row, Language lang) {
        return row.need().binds() == ReconciledNeed.Binding.NONE ? "" : lang.text("binds." + row.need().binds().key());
    }

    /** Columns headed in the report's language already: the same heading whichever language renders them. */
    private static <T> List<Column<T>> headedAll(List<Column<T>> columns) {
        return columns.stream().map(c -> c.zh(c.heading())).toList();
    }
}

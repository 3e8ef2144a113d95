package org.swcplan.reports.gap;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalDouble;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.ReconciledNeed;
import org.swcplan.model.gap.TreatmentGapRow;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.projection.BauPace;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;
import org.swcplan.reports.text.Json;
import org.swcplan.reports.text.Numbers;

/**
 * The gap report: one row per unit and milestone (CSV columns in contract order, later additions
 * appended), and the initial-treatment (治理度) target as its own section. For people the rows are
 * shown in three tables: passed milestones assessed, milestones ahead with their forecast, and the
 * treatment each needs. Rates and areas to 2 decimals, gains to 4 (so that the growth ratio can be
 * recomputed from them), probabilities and ratios to 3 in CSV and JSON; probabilities as whole
 * percents for people.
 */
public final class GapOutput {
    public static final List<Column<GapRow>> COLUMNS = List.of(
            Column.text("unit", "unit", r -> r.unit().id()),
            Column.text("name_zh", "Chinese name", GapRow::nameZh),
            Figures.whole("milestone", "year", GapRow::milestone),
            Figures.column("target_pct", "target", 2, GapRow::targetPct),
            Figures.whole("last_year", "last yr", GapRow::lastYear),
            Figures.column("last_rate_pct", "last", 2, GapRow::lastRatePct),
            Figures.column("forecast_pct", "forecast", 2, GapRow::forecastPct),
            Figures.column("lo80_pct", "lo80", 2, GapRow::lo80Pct),
            Figures.column("hi80_pct", "hi80", 2, GapRow::hi80Pct),
            Figures.column("p_reach", "P(reach)", 3, GapRow::probabilityOfReaching),
            Figures.column("gap_pp", "gap pp", 2, GapRow::gapPp),
            Figures.column("gap_km2", "gap km²", 2, GapRow::gapKm2),
            Figures.column("required_gain_pp_per_year", "need pp/a", 4, GapRow::requiredGainPpPerYear),
            Figures.column("observed_gain_pp_per_year", "seen pp/a", 4, GapRow::observedGainPpPerYear),
            Figures.column("growth_ratio", "ratio", 3, GapRow::growthRatio),
            Figures.column("required_treatment_km2_per_year", "treat km²/a", 2, GapRow::requiredTreatmentKm2PerYear),
            Figures.column("required_cost_wan_per_year", "万元/a", 2, GapRow::requiredCostWanPerYear),
            Column.text("status", "status", r -> r.status().key()),
            Figures.column("bau_treatment_km2_per_year", "BAU km²/a", 2, GapRow::bauTreatmentKm2PerYear),
            Figures.column("additional_treatment_km2_per_year", "extra km²/a", 2,
                    GapRow::additionalTreatmentKm2PerYear),
            Figures.column("additional_treatment_k_p90_km2_per_year", "extra (k p90)", 2,
                    GapRow::additionalAtHighKKm2PerYear),
            Figures.column("additional_treatment_k_p10_km2_per_year", "extra (k p10)", 2,
                    GapRow::additionalAtLowKKm2PerYear),
            Figures.column("k_p10", "k p10", 3, GapRow::kP10),
            Figures.column("k_p90", "k p90", 3, GapRow::kP90),
            Figures.column("additional_cost_wan_per_year", "extra 万元/a", 2, GapRow::additionalCostWanPerYear),
            Figures.column("additional_treatment_p80_km2_per_year", "extra P80 km²/a", 2,
                    r -> r.need().additionalP80Km2PerYear()),
            Figures.column("treatment_degree_need_km2_per_year", "治理度 km²/a", 2, r -> r.need().degreeKm2PerYear()),
            Figures.column("binding_need_km2_per_year", "binding km²/a", 2, r -> r.need().bindingKm2PerYear()),
            Figures.column("binding_cost_wan_per_year", "binding 万元/a", 2, r -> r.need().bindingCostWanPerYear()),
            Figures.column("binding_need_p80_km2_per_year", "binding P80 km²/a", 2,
                    r -> r.need().bindingP80Km2PerYear()),
            Figures.column("binding_cost_p80_wan_per_year", "binding P80 万元/a", 2,
                    r -> r.need().bindingP80CostWanPerYear()),
            Column.text("binding_constraint", "binds", GapOutput::binds));

    /** Milestones passed, for people: the observed rate against the target. */
    public static final List<Column<GapRow>> ASSESSMENT_COLUMNS = List.of(
            Column.text("unit", "unit", r -> r.unit().id()),
            Column.text("name_zh", "名称", GapRow::nameZh),
            Figures.whole("milestone", "year", GapRow::milestone),
            Figures.column("target_pct", "target", 2, GapRow::targetPct),
            Figures.column("observed_pct", "observed", 2, GapRow::lastRatePct),
            Column.number("difference_pp", "vs target pp", GapOutput::difference),
            Column.text("status", "status", r -> r.status().key()));

    /** Milestones ahead, for people: where the forecast goes, the chance of reaching the target and the pace. */
    public static final List<Column<GapRow>> READING_COLUMNS = List.of(
            Column.text("unit", "unit", r -> r.unit().id()),
            Column.text("name_zh", "Chinese name", GapRow::nameZh),
            Figures.whole("milestone", "year", GapRow::milestone),
            Figures.column("target_pct", "target", 2, GapRow::targetPct),
            Figures.column("last_rate_pct", "last", 2, GapRow::lastRatePct),
            Figures.column("forecast_pct", "forecast", 2, GapRow::forecastPct),
            Figures.column("lo80_pct", "lo80", 2, GapRow::lo80Pct),
            Figures.column("hi80_pct", "hi80", 2, GapRow::hi80Pct),
            Column.number("p_reach", "P(reach)", r -> probability(r, Language.EN)),
            Figures.column("gap_pp", "gap pp", 2, GapRow::gapPp),
            Column.number("required_gain_pp_per_year", "need pp/a", GapOutput::requiredGain),
            Figures.column("observed_gain_pp_per_year", "seen pp/a", 2, GapRow::observedGainPpPerYear),
            Column.number("growth_ratio", "ratio", r -> ratio(r, "achieved")),
            Column.text("status", "status", r -> r.status().key()));

    /** Milestones ahead, for people: the treatment a year each unit needs, reconciled over its targets. */
    public static final List<Column<GapRow>> NEED_COLUMNS = List.of(
            Column.text("unit", "unit", r -> r.unit().id()),
            Column.text("name_zh", "名称", GapRow::nameZh),
            Figures.whole("milestone", "year", GapRow::milestone),
            Figures.column("bau_treatment_km2_per_year", "BAU", 2, GapRow::bauTreatmentKm2PerYear),
            Figures.column("additional_treatment_km2_per_year", "extra P50", 2, GapRow::additionalTreatmentKm2PerYear),
            Column.text("additional_treatment_k_band", "extra P50, k p90–p10", GapOutput::kBand),
            Figures.column("additional_treatment_p80_km2_per_year", "extra P80", 2,
                    r -> r.need().additionalP80Km2PerYear()),
            Figures.column("treatment_degree_need_km2_per_year", "治理度", 2, r -> r.need().degreeKm2PerYear()),
            Figures.column("binding_need_km2_per_year", "binding", 2, r -> r.need().bindingKm2PerYear()),
            Figures.column("binding_cost_wan_per_year", "binding 万元/a", 2, r -> r.need().bindingCostWanPerYear()),
            Figures.column("binding_need_p80_km2_per_year", "binding P80", 2, r -> r.need().bindingP80Km2PerYear()),
            Column.text("binding_constraint", "binds", GapOutput::binds));

    public static final List<Column<TreatmentGapRow>> TREATMENT_COLUMNS = List.of(
            Column.text("unit", "unit", r -> r.unit().id()),
            Column.text("name_zh", "Chinese name", TreatmentGapRow::nameZh),
            Figures.whole("milestone", "year", TreatmentGapRow::milestone),
            Figures.column("target_pct", "target %", 2, TreatmentGapRow::targetPct),
            Figures.whole("last_year", "last yr", TreatmentGapRow::lastYear),
            Figures.column("baseline_km2", "stock km²", 2, TreatmentGapRow::baselineKm2),
            Figures.column("treated_cum_km2", "treated km²", 2, TreatmentGapRow::treatedCumKm2),
            Figures.column("treatment_degree_pct", "治理度 %", 2, TreatmentGapRow::degreePct),
            Figures.column("remaining_km2", "remaining km²", 2, TreatmentGapRow::remainingKm2),
            Figures.column("required_km2_per_year", "need km²/a", 2, TreatmentGapRow::requiredKm2PerYear),
            Figures.column("observed_km2_per_year", "seen km²/a", 2, TreatmentGapRow::observedKm2PerYear),
            Figures.column("growth_ratio", "ratio", 3, TreatmentGapRow::growthRatio),
            Column.text("status", "status", r -> r.status().key()),
            Figures.column("untreated_at_pace_km2", "left at pace km²", 2, TreatmentGapRow::untreatedAtPaceKm2));

    private GapOutput() {
    }

    /** P(reach) as a whole percent, {@code <1} and {@code >99} at the ends; empty for a passed milestone. */
    public static String probability(GapRow row, Language language) {
        return language.percent(Numbers.probabilityPct(row.probabilityOfReaching()));
    }

    /** The gain still required a year: 0 where the last observation already meets the target. */
    public static String requiredGain(GapRow row) {
        return row.assessed() ? "" : Numbers.fixed(row.metAtLastObservation() ? 0 : row.requiredGainPpPerYear(), 2);
    }

    /** The growth ratio, or {@code achieved} where nothing more is required (never a negative ratio of a met target). */
    public static String ratio(GapRow row, String achieved) {
        return row.assessed() ? "" : row.metAtLastObservation() ? achieved : Figures.format(row.growthRatio(), 2);
    }

    /** Observed − target at a passed milestone, signed ({@code +0.25}: beyond the target). */
    public static String difference(GapRow row) {
        return Numbers.signed(OptionalDouble.of(-row.gapPp()), 2);
    }

    private static String kBand(GapRow row) {
        return Numbers.fixed(row.additionalAtHighKKm2PerYear(), 2) + "–" + Numbers.fixed(row.additionalAtLowKKm2PerYear(), 2);
    }

    private static String binds(GapRow row) {
        return row.need().binds() == ReconciledNeed.Binding.NONE ? "" : row.need().binds().key();
    }

    public static void csv(List<GapRow> rows, Writer out) throws IOException {
        Column.writeCsv(COLUMNS, rows, out);
    }

    public static void treatmentCsv(List<TreatmentGapRow> rows, Writer out) throws IOException {
        Column.writeCsv(TREATMENT_COLUMNS, rows, out);
    }

    public static void json(List<GapRow> rows, List<TreatmentGapRow> treatment, String method,
                            VerdictThresholds thresholds, DataNote note, Writer out) throws IOException {
        out.write("{\n  \"method\": " + Json.string(method) + ",\n");
        out.write("  \"observed_gain\": " + Json.string(observedGainNote()) + ",\n");
        out.write("  \"status_rule\": " + Json.string(statusRule(thresholds)) + ",\n");
        out.write("  \"verdict_thresholds\": {\"achieved_p\": " + thresholds.achievedP() + ", \"on_track_p\": "
                + thresholds.onTrackP() + ", \"acceleration_p\": " + thresholds.accelerationP() + "},\n");
        out.write("  \"county_targets_from_city\": [" + String.join(", ", rows.stream().filter(GapRow::targetFromCity)
                .map(r -> Json.string(r.unit().id() + "/" + r.milestone())).toList()) + "],\n");
        out.write("  \"data_source\": " + Json.string(note.source()) + ",\n");
        out.write("  \"illustrative\": " + note.illustrative() + ",\n");
        out.write("  \"rows\": ");
        Column.writeJsonArray(COLUMNS, rows, "  ", out);
        out.write(",\n  \"treatment_degree\": ");
        Column.writeJsonArray(TREATMENT_COLUMNS, treatment, "  ", out);
        out.write("\n}\n");
        out.flush();
    }

    /** Every section as Markdown tables, for pasting into documents. */
    public static void markdown(List<GapRow> rows, List<TreatmentGapRow> treatment, String method,
                                VerdictThresholds thresholds, DataNote note, Writer out) throws IOException {
        List<GapRow> passed = rows.stream().filter(GapRow::assessed).toList();
        List<GapRow> ahead = rows.stream().filter(r -> !r.assessed()).toList();
        if (!passed.isEmpty()) {
            out.write("## Milestones passed: the observed rate against the target\n\n");
            Column.writeMarkdown(ASSESSMENT_COLUMNS, passed, out);
            out.write("\n");
        }
        if (!ahead.isEmpty()) {
            out.write("## Gap to the 水土保持率 targets\n\nForecast method: " + method + ". Status: "
                    + statusRule(thresholds) + " Observed gain: " + observedGainNote() + ".\n\n");
            Column.writeMarkdown(READING_COLUMNS, ahead, out);
            out.write("\n## Treatment needed a year, km²\n\n" + needNote() + "\n\n");
            Column.writeMarkdown(NEED_COLUMNS, ahead, out);
        }
        if (!treatment.isEmpty()) {
            out.write("\n## Initial treatment of the historical erosion stock (治理度)\n\n" + treatmentNote() + "\n\n");
            Column.writeMarkdown(TREATMENT_COLUMNS, treatment, out);
        }
        out.write("\n" + note.footer() + "\n");
        out.flush();
    }

    /** Every section as tables for people, with notes on the definitions. */
    public static void table(List<GapRow> rows, List<TreatmentGapRow> treatment, String method,
                             VerdictThresholds thresholds, DataNote note, Writer out) throws IOException {
        List<GapRow> passed = rows.stream().filter(GapRow::assessed).toList();
        List<GapRow> ahead = rows.stream().filter(r -> !r.assessed()).toList();
        if (!passed.isEmpty()) {
            out.write("Milestones passed: the observed rate against the target\n\n");
            Column.table(ASSESSMENT_COLUMNS, passed).write(out);
            out.write("\nmet: the observed rate is at or above the target; missed: below it (no forecast).\n\n");
        }
        if (!ahead.isEmpty()) {
            out.write("Gap to the 水土保持率 targets (forecast method " + method + ")\n\n");
            Column.table(READING_COLUMNS, ahead).write(out);
            out.write("\ngap = target − forecast median; P(reach) = share of forecast paths at or above the target;\n"
                    + "status: " + statusRule(thresholds) + "\nneed = (target − last rate) / years left (0 where the"
                    + " last rate meets the target); seen = " + observedGainNote() + ";\nratio = seen / need, the"
                    + " pace measure, shown as evidence.\n");
            List<String> fromCity = ahead.stream().filter(GapRow::targetFromCity)
                    .map(r -> r.nameZh() + " " + r.milestone()).distinct().toList();
            out.write(fromCity.isEmpty() ? "Every county target comes from targets.csv.\n"
                    : "Counties without their own target take the city's: " + String.join(", ", fromCity) + ".\n");
            out.write("\nTreatment needed a year, km²\n\n");
            Column.table(NEED_COLUMNS, ahead).write(out);
            out.write("\n" + needNote() + "\n");
        }
        if (!treatment.isEmpty()) {
            out.write("\nInitial treatment of the historical erosion stock (治理度)\n\n");
            Column.table(TREATMENT_COLUMNS, treatment).write(out);
            out.write("\n" + treatmentNote() + "\n");
        }
        out.write(note.footer() + "\n");
        out.flush();
    }

    /** The status rule with its thresholds, in one sentence. */
    public static String statusRule(VerdictThresholds t) {
        String achieved = Language.EN.percent(Numbers.sharePct(t.achievedP()));
        String onTrack = Language.EN.percent(Numbers.sharePct(t.onTrackP()));
        String acceleration = Language.EN.percent(Numbers.sharePct(t.accelerationP()));
        return "achieved where the last rate meets the target and P(reach) ≥ " + achieved + "; on_track P ≥ " + onTrack
                + "; acceleration_needed " + acceleration + " ≤ P < " + onTrack + "; below " + acceleration
                + ", limited_progress where the forecast median improves on the last rate, deterioration where it"
                + " falls below it.";
    }

    private static String needNote() {
        return "BAU = the treatment pace the forecast carries (mean of the last " + BauPace.YEARS + " years); extra P50 ="
                + " treatment beyond it, every year to the milestone, for the median to reach the target (k drawn per"
                + " path; the band with k at its 90th and 10th percentile); extra P80 = the same for P(reach) ≥ 80 %;"
                + " 治理度 = the county's remaining stock / years to the 治理度 target year (0 for milestones after it);"
                + " binding = max(BAU + extra P50, 治理度), binding P80 = max(BAU + extra P80, 治理度); the city's"
                + " binding needs are the sums of its counties'.";
    }

    private static String treatmentNote() {
        return "seen = mean new treatment of the last " + GapAnalysis.TREATMENT_PACE_YEARS + " years; need = remaining"
                + " stock / years left; left at pace = stock still untreated in the target year at that pace. The city:"
                + " its counties' shortfalls summed (no county's surplus treats another's stock), the ratio and status"
                + " of its furthest-behind county.";
    }

    private static String observedGainNote() {
        return "Theil–Sen slope (median of pairwise slopes) of the rate over the years observed within the last "
                + GapAnalysis.TREND_YEARS + " years";
    }
}

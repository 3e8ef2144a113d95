package org.swcplan.reports.gap;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.TreatmentGapRow;
import org.swcplan.model.projection.BauPace;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;
import org.swcplan.reports.text.Json;
import org.swcplan.reports.text.Numbers;

/**
 * The gap report: one row per unit and milestone (CSV columns in contract order), and the
 * initial-treatment (治理度) target as its own section. Rates and areas to 2 decimals, gains to 4
 * (so that the growth ratio can be recomputed from them), probabilities and ratios to 3.
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
            Figures.column("additional_cost_wan_per_year", "extra 万元/a", 2, GapRow::additionalCostWanPerYear));

    /** The columns people read (tables, Markdown, the report): the k band as one range. */
    public static final List<Column<GapRow>> READING_COLUMNS = List.of(
            Column.text("unit", "unit", r -> r.unit().id()),
            Column.text("name_zh", "Chinese name", GapRow::nameZh),
            Figures.whole("milestone", "year", GapRow::milestone),
            Figures.column("target_pct", "target", 2, GapRow::targetPct),
            Figures.column("last_rate_pct", "last", 2, GapRow::lastRatePct),
            Figures.column("forecast_pct", "forecast", 2, GapRow::forecastPct),
            Figures.column("lo80_pct", "lo80", 2, GapRow::lo80Pct),
            Figures.column("hi80_pct", "hi80", 2, GapRow::hi80Pct),
            Figures.column("p_reach", "P(reach)", 3, GapRow::probabilityOfReaching),
            Figures.column("gap_pp", "gap pp", 2, GapRow::gapPp),
            Figures.column("required_gain_pp_per_year", "need pp/a", 2, GapRow::requiredGainPpPerYear),
            Figures.column("observed_gain_pp_per_year", "seen pp/a", 2, GapRow::observedGainPpPerYear),
            Figures.column("growth_ratio", "ratio", 2, GapRow::growthRatio),
            Figures.column("bau_treatment_km2_per_year", "BAU km²/a", 2, GapRow::bauTreatmentKm2PerYear),
            Figures.column("additional_treatment_km2_per_year", "extra km²/a", 2,
                    GapRow::additionalTreatmentKm2PerYear),
            Column.text("additional_treatment_k_band", "extra, k p90–p10",
                    r -> Numbers.fixed(r.additionalAtHighKKm2PerYear(), 2) + "–"
                            + Numbers.fixed(r.additionalAtLowKKm2PerYear(), 2)),
            Figures.column("additional_cost_wan_per_year", "extra 万元/a", 2, GapRow::additionalCostWanPerYear),
            Column.text("status", "status", r -> r.status().key()));

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
            Column.text("status", "status", r -> r.status().key()));

    private GapOutput() {
    }

    public static void csv(List<GapRow> rows, Writer out) throws IOException {
        Column.writeCsv(COLUMNS, rows, out);
    }

    public static void treatmentCsv(List<TreatmentGapRow> rows, Writer out) throws IOException {
        Column.writeCsv(TREATMENT_COLUMNS, rows, out);
    }

    public static void json(List<GapRow> rows, List<TreatmentGapRow> treatment, String method, DataNote note, Writer out)
            throws IOException {
        out.write("{\n  \"method\": " + Json.string(method) + ",\n");
        out.write("  \"observed_gain\": " + Json.string(observedGainNote()) + ",\n");
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

    /** Both sections as Markdown tables, for pasting into documents. */
    public static void markdown(List<GapRow> rows, List<TreatmentGapRow> treatment, String method, DataNote note,
                                Writer out) throws IOException {
        out.write("## Gap to the 水土保持率 targets\n\nForecast method: " + method + ". Observed gain: "
                + observedGainNote() + ".\n\n");
        Column.writeMarkdown(READING_COLUMNS, rows, out);
        if (!treatment.isEmpty()) {
            out.write("\n## Initial treatment of the historical erosion stock (治理度)\n\n");
            Column.writeMarkdown(TREATMENT_COLUMNS, treatment, out);
        }
        out.write("\n" + note.footer() + "\n");
        out.flush();
    }

    /** Both sections as tables for people, with notes on the definitions. */
    public static void table(List<GapRow> rows, List<TreatmentGapRow> treatment, String method, DataNote note,
                             Writer out) throws IOException {
        out.write("Gap to the 水土保持率 targets (forecast method " + method + ")\n\n");
        Column.table(READING_COLUMNS, rows).write(out);
        List<String> fromCity = rows.stream().filter(GapRow::targetFromCity).map(r -> r.nameZh() + " " + r.milestone())
                .distinct().toList();
        out.write("\ngap = target − forecast median; need = (target − last rate) / years left; seen = " + observedGainNote()
                + ";\nratio = seen / need: ≥ 0.95 on_track, 0.6–0.95 acceleration_needed, 0–0.6 limited_progress,"
                + " < 0 deterioration;\nBAU = the treatment pace the forecast carries (mean of the last " + BauPace.YEARS
                + " years); extra = treatment beyond it,\nevery year to the milestone, for the median to reach the target"
                + " (k drawn per path; the range with k\nat its 90th and 10th percentile); required treatment = BAU + extra.\n");
        out.write(fromCity.isEmpty() ? "Every county target comes from targets.csv.\n"
                : "Counties without their own target take the city's: " + String.join(", ", fromCity) + ".\n");
        if (!treatment.isEmpty()) {
            out.write("\nInitial treatment of the historical erosion stock (治理度)\n\n");
            Column.table(TREATMENT_COLUMNS, treatment).write(out);
            out.write("\nseen = mean new treatment of the last " + GapAnalysis.TREATMENT_PACE_YEARS
                    + " years; need = remaining stock / years left.\n");
        }
        out.write(note.footer() + "\n");
        out.flush();
    }

    private static String observedGainNote() {
        return "Theil–Sen slope (median of pairwise slopes) of the rate over the years observed within the last "
                + GapAnalysis.TREND_YEARS + " years";
    }
}

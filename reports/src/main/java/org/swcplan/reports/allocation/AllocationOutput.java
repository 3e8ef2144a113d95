package org.swcplan.reports.allocation;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.allocation.CountyShare;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;
import org.swcplan.reports.text.Json;
import org.swcplan.reports.text.Numbers;

/** An allocation as CSV (one row per county and a CITY total), JSON, Markdown or a table with its verdict. */
public final class AllocationOutput {
    public static final List<Column<CountyShare>> COLUMNS = List.of(
            Column.text("unit", "unit", s -> s.county() == null ? Scope.City.ID : s.county().id()),
            Column.text("name_zh", "Chinese name", CountyShare::nameZh),
            Figures.column("last_rate_pct", "last %", 2, CountyShare::lastRatePct),
            Figures.column("target_pct", "target %", 2, CountyShare::targetPct),
            Figures.column("erosion_reduction_km2", "reduce km²", 2, CountyShare::erosionReductionKm2),
            Figures.column("treatment_km2_per_year", "treat km²/a", 2, CountyShare::treatmentKm2PerYear),
            Figures.column("capacity_km2_per_year", "capacity", 2, CountyShare::capacityKm2PerYear),
            Figures.column("cost_wan", "cost 万元", 2, CountyShare::costWan),
            Column.text("at_capacity", "at cap", s -> s.atCapacity() ? "yes" : ""),
            Column.text("over_capacity", "over cap", s -> s.overCapacity() ? "yes" : ""),
            Figures.column("bau_rate_pct", "BAU %", 2, CountyShare::bauRatePct),
            Figures.column("bau_treatment_km2_per_year", "BAU km²/a", 2, CountyShare::bauTreatmentKm2PerYear),
            Figures.column("treatment_k_p90_km2_per_year", "treat (k p90)", 2, CountyShare::treatmentAtHighKKm2PerYear),
            Figures.column("treatment_k_p10_km2_per_year", "treat (k p10)", 2, CountyShare::treatmentAtLowKKm2PerYear),
            Figures.column("cost_k_p10_wan", "cost (k p10)", 2, CountyShare::costAtLowKWan));

    /** The columns people read (tables, Markdown, the report): the k band as one range. */
    public static final List<Column<CountyShare>> READING_COLUMNS = List.of(
            Column.text("unit", "unit", s -> s.county() == null ? Scope.City.ID : s.county().id()),
            Column.text("name_zh", "Chinese name", CountyShare::nameZh),
            Figures.column("last_rate_pct", "last %", 2, CountyShare::lastRatePct),
            Figures.column("bau_rate_pct", "BAU %", 2, CountyShare::bauRatePct),
            Figures.column("target_pct", "target %", 2, CountyShare::targetPct),
            Figures.column("erosion_reduction_km2", "reduce km²", 2, CountyShare::erosionReductionKm2),
            Figures.column("bau_treatment_km2_per_year", "BAU km²/a", 2, CountyShare::bauTreatmentKm2PerYear),
            Figures.column("treatment_km2_per_year", "extra km²/a", 2, CountyShare::treatmentKm2PerYear),
            Column.text("treatment_k_band", "extra, k p90–p10", s -> Numbers.fixed(s.treatmentAtHighKKm2PerYear(), 2)
                    + "–" + Numbers.fixed(s.treatmentAtLowKKm2PerYear(), 2)),
            Figures.column("capacity_km2_per_year", "capacity", 2, CountyShare::capacityKm2PerYear),
            Figures.column("cost_wan", "cost 万元", 2, CountyShare::costWan),
            Column.text("at_capacity", "at cap", s -> s.atCapacity() ? "yes" : ""));

    private AllocationOutput() {
    }

    /** The counties, then a CITY row with the city's rates and the totals. */
    public static List<CountyShare> rows(Allocation a) {
        List<CountyShare> rows = new ArrayList<>(a.counties());
        double capacity = a.counties().stream().mapToDouble(CountyShare::capacityKm2PerYear).sum();
        rows.add(new CountyShare(null, StandingAnalysis.CITY_NAME_ZH, a.cityLastRatePct(), a.reachableRatePct(),
                a.totalReductionKm2(), a.totalTreatmentKm2PerYear(), a.totalCostWan(), capacity,
                !a.binding().isEmpty(), a.counties().stream().anyMatch(CountyShare::overCapacity), a.cityBauRatePct(),
                a.totalBauTreatmentKm2PerYear(), a.totalTreatmentAtHighKKm2PerYear(),
                a.totalTreatmentAtLowKKm2PerYear(), a.totalCostAtLowKWan()));
        return rows;
    }

    public static void csv(Allocation a, Writer out) throws IOException {
        Column.writeCsv(COLUMNS, rows(a), out);
    }

    public static void json(Allocation a, DataNote note, Writer out) throws IOException {
        out.write("{\n  \"method\": " + Json.string(a.method().key()) + ",\n");
        out.write("  \"milestone\": " + a.milestone() + ",\n  \"city_target_pct\": " + Numbers.fixed(a.cityTargetPct(), 2)
                + ",\n  \"last_year\": " + a.lastYear() + ",\n");
        out.write("  \"required_reduction_km2\": " + Numbers.fixed(a.requiredReductionKm2(), 2) + ",\n");
        out.write("  \"feasible\": " + a.feasible() + ",\n  \"reachable_rate_pct\": " + Numbers.fixed(a.reachableRatePct(), 2)
                + ",\n  \"shortfall_km2\": " + Numbers.fixed(a.shortfallKm2(), 2) + ",\n");
        out.write("  \"illustrative\": " + note.illustrative() + ",\n  \"rows\": ");
        Column.writeJsonArray(COLUMNS, rows(a), "  ", out);
        out.write("\n}\n");
        out.flush();
    }

    public static void markdown(Allocation a, DataNote note, Writer out) throws IOException {
        out.write("## Allocation of the " + a.milestone() + " target (" + a.method().key() + ")\n\n" + verdict(a) + "\n\n");
        Column.writeMarkdown(READING_COLUMNS, rows(a), out);
        out.write("\n" + note.footer() + "\n");
        out.flush();
    }

    public static void table(Allocation a, DataNote note, Writer out) throws IOException {
        out.write("Allocation of the city's " + a.milestone() + " target, method " + a.method().key() + "\n\n");
        Column.table(READING_COLUMNS, rows(a)).write(out);
        out.write("\n" + verdict(a) + "\n");
        out.write("Reductions are counted from the business-as-usual forecast (median, " + a.milestone()
                + "), which already carries each county's BAU pace;\nextra treatment = reduction / k / "
                + (a.milestone() - a.lastYear()) + " years beyond that pace (range: k at its 90th and 10th"
                + " percentile);\ncapacity holds BAU plus extra; cost of the extra treatment over the whole period.\n"
                + note.footer() + "\n");
        out.flush();
    }

    /** One paragraph: what the target requires and whether the programme meets it. */
    public static String verdict(Allocation a) {
        String need = String.format(Locale.ROOT,
                "City target %.2f %% in %d allows %.2f km² of erosion; business as usual leaves %.2f km² (%.2f %%):"
                        + " reduce %.2f km² more.",
                a.cityTargetPct(), a.milestone(), a.allowedErosionKm2(), a.cityErosionKm2(), a.cityBauRatePct(),
                a.requiredReductionKm2());
        if (a.feasible()) {
            String over = a.counties().stream().filter(CountyShare::overCapacity).map(CountyShare::nameZh).toList().toString();
            return need + " Feasible: " + Numbers.grouped(a.totalTreatmentKm2PerYear(), 2) + " km²/a of treatment"
                    + " beyond the BAU " + Numbers.grouped(a.totalBauTreatmentKm2PerYear(), 2) + " km²/a (k range "
                    + Numbers.grouped(a.totalTreatmentAtHighKKm2PerYear(), 2) + "–"
                    + Numbers.grouped(a.totalTreatmentAtLowKKm2PerYear(), 2) + "), "
                    + Numbers.grouped(a.totalCostWan(), 2) + " 万元 in all (up to "
                    + Numbers.grouped(a.totalCostAtLowKWan(), 2) + " with k low)."
                    + (over.equals("[]") ? "" : " Above annual capacity: " + over.substring(1, over.length() - 1) + ".");
        }
        return need + String.format(Locale.ROOT,
                " NOT FEASIBLE within the counties' capacities: the best reachable is %.2f %%, %.2f km² (%.2f points) short;"
                        + " binding capacities: %s.", a.reachableRatePct(), a.shortfallKm2(),
                a.cityTargetPct() - a.reachableRatePct(),
                String.join(", ", a.binding().stream().map(CountyShare::nameZh).toList()));
    }
}

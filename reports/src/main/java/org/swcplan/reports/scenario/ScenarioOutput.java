package org.swcplan.reports.scenario;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.projection.BauPace;
import org.swcplan.model.scenario.EffectivenessEstimate;
import org.swcplan.model.scenario.ScenarioPoint;
import org.swcplan.model.scenario.ScenarioResult;
import org.swcplan.model.scenario.ScenarioResult.MilestoneGap;
import org.swcplan.model.scenario.UnitScenario;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;
import org.swcplan.reports.text.Json;
import org.swcplan.reports.text.Numbers;

/** A scenario's projections, milestone gaps and cost as CSV, JSON or tables. */
public final class ScenarioOutput {
    /** One unit in one year. */
    public record Row(String unit, String nameZh, ScenarioPoint point) {
    }

    public static final List<Column<Row>> COLUMNS = List.of(
            Column.text("unit", "unit", Row::unit),
            Column.text("name_zh", "名称", Row::nameZh),
            Figures.whole("year", "year", r -> r.point().year()),
            Figures.column("projected_pct", "projected %", 2, r -> r.point().projectedPct()),
            Figures.column("lo80_pct", "lo80", 2, r -> r.point().lo80Pct()),
            Figures.column("hi80_pct", "hi80", 2, r -> r.point().hi80Pct()),
            Figures.column("lo95_pct", "lo95", 2, r -> r.point().lo95Pct()),
            Figures.column("hi95_pct", "hi95", 2, r -> r.point().hi95Pct()),
            Figures.column("erosion_km2", "erosion km²", 2, r -> r.point().erosionKm2()),
            Figures.column("treatment_km2", "treat km²", 2, r -> r.point().treatmentKm2()),
            Figures.column("cost_wan", "cost 万元", 2, r -> r.point().costWan()),
            Figures.column("extra_treatment_km2", "extra km²", 2, r -> r.point().extraTreatmentKm2()));

    /** What each county's projection rests on: its BAU pace and its k. */
    public static final List<Column<UnitScenario>> BASIS_COLUMNS = List.of(
            Column.text("unit", "unit", u -> u.unit().id()),
            Column.text("name_zh", "名称", UnitScenario::nameZh),
            Figures.column("bau_treatment_km2_per_year", "BAU km²/a", 2, UnitScenario::bauTreatmentKm2PerYear),
            Figures.column("k", "k", 3, UnitScenario::effectivenessK),
            Figures.column("k_sd", "k sd", 3, UnitScenario::effectivenessKSd));

    public static final List<Column<MilestoneGap>> GAP_COLUMNS = List.of(
            Column.text("unit", "unit", MilestoneGap::unit),
            Column.text("name_zh", "名称", MilestoneGap::nameZh),
            Figures.whole("milestone", "year", MilestoneGap::milestone),
            Figures.column("target_pct", "target", 2, MilestoneGap::targetPct),
            Figures.column("projected_pct", "projected", 2, MilestoneGap::projectedPct),
            Figures.column("gap_pp", "gap pp", 2, MilestoneGap::gapPp),
            Figures.column("p_reach", "P(reach)", 3, MilestoneGap::probabilityOfReaching));

    public static final List<Column<EffectivenessEstimate>> K_COLUMNS = List.of(
            Column.text("code", "code", e -> e.county().id()),
            Figures.whole("years", "years", EffectivenessEstimate::years),
            Figures.column("k_prior", "k (params)", 3, EffectivenessEstimate::priorK),
            Figures.column("k_prior_sd", "sd", 3, EffectivenessEstimate::priorSd),
            Figures.column("k_estimate", "k (data)", 3, EffectivenessEstimate::estimate),
            Figures.column("k_se", "se", 3, EffectivenessEstimate::standardError),
            Figures.column("k_shrunk", "k (shrunk)", 3, EffectivenessEstimate::shrunk),
            Figures.column("k_shrunk_sd", "sd", 3, EffectivenessEstimate::shrunkSd));

    private ScenarioOutput() {
    }

    public static List<Row> rows(ScenarioResult result) {
        List<Row> rows = new ArrayList<>();
        for (UnitScenario u : result.units()) {
            for (ScenarioPoint p : u.points()) {
                rows.add(new Row(u.unit().id(), u.nameZh(), p));
            }
        }
        return rows;
    }

    public static void csv(ScenarioResult result, Writer out) throws IOException {
        Column.writeCsv(COLUMNS, rows(result), out);
    }

    public static void json(ScenarioResult result, DataNote note, Writer out) throws IOException {
        out.write("{\n  \"method\": " + Json.string(result.method()) + ",\n  \"seed\": " + result.seed()
                + ",\n  \"last_observed_year\": " + result.lastObservedYear() + ",\n");
        out.write("  \"total_treatment_km2\": " + Numbers.fixed(result.totalTreatmentKm2(), 2) + ",\n");
        out.write("  \"total_cost_wan\": " + Numbers.fixed(result.totalCostWan(), 2) + ",\n");
        out.write("  \"data_source\": " + Json.string(note.source()) + ",\n  \"illustrative\": " + note.illustrative()
                + ",\n  \"gaps\": ");
        Column.writeJsonArray(GAP_COLUMNS, result.gaps(), "  ", out);
        out.write(",\n  \"counties\": ");
        Column.writeJsonArray(BASIS_COLUMNS, result.counties(), "  ", out);
        out.write(",\n  \"rows\": ");
        Column.writeJsonArray(COLUMNS, rows(result), "  ", out);
        out.write("\n}\n");
        out.flush();
    }

    /** The city's path, the milestone gaps of every unit, and the plan's totals. */
    public static void table(ScenarioResult result, DataNote note, Writer out) throws IOException {
        out.write("Scenario: the city under the plan (forecast method " + result.method() + " as business as usual;"
                + " the plan removes\nk × its treatment beyond each county's BAU pace, accumulated, on every sample path;"
                + " county-years\nthe plan does not list keep the BAU pace)\n\n");
        Column.table(COLUMNS, rows(result).stream().filter(r -> r.unit().equals(result.city().unit().id())).toList())
                .write(out);
        out.write("\nMilestones under the plan\n\n");
        Column.table(GAP_COLUMNS, result.gaps()).write(out);
        out.write("\nPlan: " + Numbers.grouped(result.totalTreatmentKm2(), 2) + " km² of new treatment, "
                + Numbers.grouped(result.totalCostWan(), 2) + " 万元. Per county and year: --format csv.\n\n"
                + "What each county's projection rests on (BAU pace: mean of its last " + BauPace.YEARS
                + " years; k drawn per path)\n\n");
        Column.table(BASIS_COLUMNS, result.counties()).write(out);
        out.write("\n" + note.footer() + "\n");
        out.flush();
    }

    public static void calibration(List<EffectivenessEstimate> estimates, Writer out) throws IOException {
        out.write("Treatment effectiveness k per county: least squares of yearly erosion change on new treatment,\n"
                + "combined with the county's prior from params.csv (default 0.4 ± 0.1) by precision weighting\n\n");
        Column.table(K_COLUMNS, estimates).write(out);
        out.flush();
    }
}

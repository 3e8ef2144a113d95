package org.swcplan.reports.scenario;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
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
            Figures.column("cost_wan", "cost 万元", 2, r -> r.point().costWan()));

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
        out.write("{\n  \"seed\": " + result.seed() + ",\n  \"last_observed_year\": " + result.lastObservedYear() + ",\n");
        out.write("  \"total_treatment_km2\": " + Numbers.fixed(result.totalTreatmentKm2(), 2) + ",\n");
        out.write("  \"total_cost_wan\": " + Numbers.fixed(result.totalCostWan(), 2) + ",\n");
        out.write("  \"data_source\": " + Json.string(note.source()) + ",\n  \"illustrative\": " + note.illustrative()
                + ",\n  \"gaps\": ");
        Column.writeJsonArray(GAP_COLUMNS, result.gaps(), "  ", out);
        out.write(",\n  \"rows\": ");
        Column.writeJsonArray(COLUMNS, rows(result), "  ", out);
        out.write("\n}\n");
        out.flush();
    }

    /** The city's path, the milestone gaps of every unit, and the plan's totals. */
    public static void table(ScenarioResult result, DataNote note, Writer out) throws IOException {
        out.write("Scenario: the city under the plan (treatment-driven model; erosion change = drift − k × treatment)\n\n");
        Column.table(COLUMNS, rows(result).stream().filter(r -> r.unit().equals(result.city().unit().id())).toList())
                .write(out);
        out.write("\nMilestones under the plan\n\n");
        Column.table(GAP_COLUMNS, result.gaps()).write(out);
        out.write("\nPlan: " + Numbers.grouped(result.totalTreatmentKm2(), 2) + " km² of new treatment, "
                + Numbers.grouped(result.totalCostWan(), 2) + " 万元. Per county and year: --format csv.\n"
                + note.footer() + "\n");
        out.flush();
    }

    public static void calibration(List<EffectivenessEstimate> estimates, Writer out) throws IOException {
        out.write("Treatment effectiveness k per county: least squares of yearly erosion change on new treatment,\n"
                + "shrunk toward " + EffectivenessEstimate.PRIOR_K + " ± " + EffectivenessEstimate.PRIOR_SD + "\n\n");
        Column.table(K_COLUMNS, estimates).write(out);
        out.flush();
    }
}

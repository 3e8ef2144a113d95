package org.swcplan.reports.scenario;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.projection.BauPace;
import org.swcplan.model.scenario.EffectivenessEstimate;
import org.swcplan.model.scenario.PlannedTreatment;
import org.swcplan.model.scenario.ScenarioPoint;
import org.swcplan.model.scenario.ScenarioResult;
import org.swcplan.model.scenario.ScenarioResult.MilestoneGap;
import org.swcplan.model.scenario.UnitScenario;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Parameter;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;
import org.swcplan.reports.text.Numbers;

/** A scenario's projections, milestone gaps and cost, and the k calibration, as results. */
public final class ScenarioOutput {
    public static final String SCHEMA = "swc.scenario/1";
    public static final String CALIBRATION_SCHEMA = "swc.k_calibration/1";
    public static final String PLAN_SCHEMA = "swc.plan/1";

    /** One unit in one year. */
    public record Row(String unit, String nameZh, ScenarioPoint point) {
    }

    public static final List<Column<Row>> COLUMNS = List.of(
            Column.unit(Row::unit),
            Column.text("name_zh", "Chinese name", Row::nameZh),
            Figures.whole("year", "year", r -> r.point().year()),
            Figures.column("projected_pct", "projected %", 2, r -> r.point().projectedPct()),
            Figures.column("lo80_pct", "lo80", 2, r -> r.point().lo80Pct()),
            Figures.column("hi80_pct", "hi80", 2, r -> r.point().hi80Pct()),
            Figures.column("lo95_pct", "lo95", 2, r -> r.point().lo95Pct()),
            Figures.column("hi95_pct", "hi95", 2, r -> r.point().hi95Pct()),
            Figures.column("erosion_km2", "erosion km²", 2, r -> r.point().erosionKm2()),
            Figures.column("treatment_km2", "treat km²", 2, r -> r.point().treatmentKm2()),
            Figures.column("cost_wan", "cost wan", 2, r -> r.point().costWan()),
            Figures.column("extra_treatment_km2", "extra km²", 2, r -> r.point().extraTreatmentKm2()),
            Column.<Row>unitType(Row::unit));

    /** What each county's projection rests on: its BAU pace and its k. */
    public static final List<Column<UnitScenario>> BASIS_COLUMNS = List.of(
            Column.unit(u -> u.unit().id()),
            Column.text("name_zh", "Chinese name", UnitScenario::nameZh),
            Figures.column("bau_treatment_km2_per_year", "BAU km²/a", 2, UnitScenario::bauTreatmentKm2PerYear),
            Figures.column("k", "k", 3, UnitScenario::effectivenessK),
            Figures.column("k_sd", "k sd", 3, UnitScenario::effectivenessKSd));

    public static final List<Column<MilestoneGap>> GAP_COLUMNS = List.of(
            Column.unit(MilestoneGap::unit),
            Column.text("name_zh", "Chinese name", MilestoneGap::nameZh),
            Figures.whole("milestone", "year", MilestoneGap::milestone),
            Figures.column("target_pct", "target", 2, MilestoneGap::targetPct),
            Figures.column("projected_pct", "projected", 2, MilestoneGap::projectedPct),
            Figures.column("gap_pp", "gap pp", 2, MilestoneGap::gapPp),
            Figures.column("p_reach", "P(reach)", 3, MilestoneGap::probabilityOfReaching));

    public static final List<Column<EffectivenessEstimate>> K_COLUMNS = List.of(
            Column.unit(e -> e.county().id()),
            Figures.whole("years", "years", EffectivenessEstimate::years),
            Figures.column("k_prior", "k (params)", 3, EffectivenessEstimate::priorK),
            Figures.<EffectivenessEstimate>column("k_prior_sd", "sd", 3, EffectivenessEstimate::priorSd).priority(2),
            Figures.column("k_estimate", "k (data)", 3, EffectivenessEstimate::estimate),
            Figures.<EffectivenessEstimate>column("k_se", "se", 3, EffectivenessEstimate::standardError).priority(1),
            Figures.column("k_shrunk", "k (shrunk)", 3, EffectivenessEstimate::shrunk),
            Figures.<EffectivenessEstimate>column("k_shrunk_sd", "sd", 3, EffectivenessEstimate::shrunkSd).priority(1));

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

    /**
     * Every unit's path under the plan (people read the city's), the milestones under the plan, and
     * what each county's projection rests on.
     */
    public static Result result(ScenarioResult result, DataNote note) {
        List<Row> rows = rows(result);
        String city = result.city().unit().id();
        Section<Row> paths = Section.of("rows", Text.of("The city under the plan", "规划情景下的全市水土保持率"), COLUMNS, rows)
                .readOnly(rows.stream().filter(r -> r.unit().equals(city)).toList())
                .withNotes(Text.of("Per county and year: --format csv or json.", "各县逐年结果见 --format csv 或 json。"));
        Section<MilestoneGap> gaps = Section.of("gaps", Text.of("Milestones under the plan", "规划情景下的目标年差距"),
                GAP_COLUMNS, result.gaps());
        Section<UnitScenario> basis = Section.of("counties", Text.of("What each county's projection rests on (BAU pace: "
                        + "mean of its last " + BauPace.YEARS + " years; k drawn per path)",
                "各县测算依据（现有治理进度：近" + BauPace.YEARS + "年均值；k按路径抽样）"), BASIS_COLUMNS, result.counties());
        return new Result(SCHEMA, Text.of("Scenario: the city under the plan (forecast method " + result.method()
                        + " as business as usual; the plan removes k × its treatment beyond each county's BAU pace, "
                        + "accumulated, on every sample path; county-years the plan does not list keep the BAU pace)",
                "规划情景（以" + result.method() + "预测为现有进度情景；规划在各县现有治理进度之外新增的治理面积按k逐年累计减少水土流失面积，"
                        + "逐条样本路径计算；规划未列出的县和年份保持现有进度）"), note,
                List.of(Parameter.of("method", result.method()), Parameter.of("seed", result.seed()),
                        Parameter.of("last_observed_year", result.lastObservedYear()),
                        Parameter.of("total_treatment_km2", rounded(result.totalTreatmentKm2())),
                        Parameter.of("total_cost_wan", rounded(result.totalCostWan()))),
                List.of(Text.of("Plan: " + Numbers.grouped(result.totalTreatmentKm2(), 2) + " km² of new treatment, "
                                + Numbers.grouped(result.totalCostWan(), 2) + " 万元. k, costs and BAU paces of the bundled "
                                + "dataset are illustrative.",
                        "规划新增治理面积" + Numbers.grouped(result.totalTreatmentKm2(), 2) + "平方公里，投资"
                                + Numbers.grouped(result.totalCostWan(), 2) + "万元。内置数据集的k、单价和现有治理进度为示意数据。")),
                List.of(paths, gaps, basis));
    }

    /** The k of every county estimated from its history. */
    public static Result calibration(List<EffectivenessEstimate> estimates, DataNote note) {
        return Result.of(CALIBRATION_SCHEMA, Text.of("Treatment effectiveness k per county: least squares of yearly "
                        + "erosion change on new treatment, combined with the county's prior from params.csv (default "
                        + "0.4 ± 0.1) by precision weighting",
                "各县治理成效系数k：以逐年水土流失面积变化对当年新增治理面积作最小二乘估计，再与params.csv中的先验值（默认0.4 ± 0.1）按精度加权合并"),
                note, Section.of("rows", Text.of("k per county", "各县k值"), K_COLUMNS, estimates));
    }

    /** A plan: code, year, measure, km² (as {@code --plan} reads it). */
    public static Result plan(List<PlannedTreatment> plan, DataNote note) {
        return Result.of(PLAN_SCHEMA, Text.of("Treatment plan: every county at its business-as-usual pace",
                "治理规划模板：各县按现有治理进度"), note, Section.of("rows", Text.of("Plan", "规划"), PLAN_COLUMNS, plan));
    }

    private static final List<Column<PlannedTreatment>> PLAN_COLUMNS = List.of(
            Column.unit(p -> p.county().id()),
            Figures.whole("year", "year", PlannedTreatment::year),
            Column.text("measure", "measure", p -> p.measure().key()),
            Figures.column("km2", "km²", 2, PlannedTreatment::km2));

    private static double rounded(double value) {
        return Double.parseDouble(Numbers.fixed(value, 2));
    }
}

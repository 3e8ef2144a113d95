package org.swcplan.reports.targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.targets.MilestoneCheck;
import org.swcplan.model.targets.MilestoneTarget;
import org.swcplan.model.targets.TargetPlan;
import org.swcplan.model.targets.TargetSource;
import org.swcplan.model.targets.YearTarget;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Parameter;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;
import org.swcplan.reports.text.Numbers;

/**
 * Yearly responsibility targets as results. Machines read one row per county and year, then the
 * city's ({@link #result}: csv, json, schema); people read county × year tables ({@link #reading}:
 * table, md, and the annual report's annex), since a target responsibility letter lists a
 * county's years side by side. Both come from the one {@link TargetPlan}, with the same notes.
 */
public final class TargetsOutput {
    public static final String SCHEMA = "swc.targets/1";

    /** One row per unit and year, in contract order. */
    public static final List<Column<YearTarget>> COLUMNS = List.of(
            Column.<YearTarget>unit(r -> r.unit().id()),
            Column.<YearTarget>text("name_zh", "Chinese name", YearTarget::nameZh).zh("县（市、区）"),
            Figures.whole("year", "year", YearTarget::year),
            Figures.<YearTarget>whole("milestone", "milestone", YearTarget::milestone).zh("对应目标年"),
            Figures.<YearTarget>column("milestone_target_pct", "milestone target %", 2, YearTarget::milestoneTargetPct)
                    .zh("阶段目标水土保持率(%)"),
            Column.<YearTarget>text("target_source", "target from", r -> r.source().key()).zh("阶段目标来源"),
            Figures.<YearTarget>column("rate_pct", "rate %", 2, YearTarget::ratePct).zh("水土保持率年度目标(%)"),
            Figures.<YearTarget>column("gain_pp", "gain pp", 2, YearTarget::gainPp).zh("较上年提高(百分点)"),
            Figures.<YearTarget>column("erosion_km2", "erosion allowed km²", 2, YearTarget::erosionKm2)
                    .zh("水土流失面积控制数(平方公里)"),
            Figures.<YearTarget>column("reduction_km2", "reduction km²", 2, YearTarget::reductionKm2)
                    .zh("年度减少水土流失面积(平方公里)"),
            Figures.<YearTarget>column("treatment_km2", "treatment km²", 2, YearTarget::treatmentKm2)
                    .zh("达到年度目标需新增治理面积(平方公里)"),
            Figures.<YearTarget>column("bau_pace_km2", "BAU pace km²", 2, YearTarget::bauPaceKm2)
                    .zh("近年年均新增治理面积(平方公里)"),
            Figures.<YearTarget>column("extra_treatment_km2", "extra km²", 2, YearTarget::extraTreatmentKm2)
                    .zh("超出现状的新增治理面积(平方公里)"),
            Figures.<YearTarget>column("bau_median_pct", "BAU median %", 2, YearTarget::bauMedianPct)
                    .zh("按现状趋势预测水土保持率(%)"),
            Figures.<YearTarget>column("k", "k", 3, YearTarget::k).zh("治理成效系数"),
            Figures.<YearTarget>column("treatment_degree_pct", "treatment degree %", 2, YearTarget::treatmentDegreePct)
                    .zh("水土流失初步治理程度(%)"),
            Figures.<YearTarget>column("degree_treatment_km2", "treatment-degree treatment km²", 2,
                    YearTarget::degreeTreatmentKm2).zh("初步治理需新增治理面积(平方公里)"),
            Figures.<YearTarget>column("required_treatment_km2", "required km²", 2, YearTarget::requiredTreatmentKm2)
                    .zh("年度新增治理面积目标(平方公里)"),
            Column.<YearTarget>unitType(r -> r.unit().id()));

    static final List<Column<MilestoneCheck>> MILESTONE_COLUMNS = List.of(
            Figures.whole("year", "year", MilestoneCheck::year),
            Figures.<MilestoneCheck>column("city_target_pct", "city target %", 2, MilestoneCheck::cityTargetPct)
                    .zh("全市目标(%)"),
            Figures.<MilestoneCheck>column("city_pct", "from county targets %", 2, MilestoneCheck::cityPct)
                    .zh("各县目标按面积汇总(%)"),
            Column.<MilestoneCheck>text("verdict", "verdict", c -> c.verdict().key()).zh("结论"),
            Figures.<MilestoneCheck>column("difference_pp", "difference pp", 2, MilestoneCheck::differencePp)
                    .zh("差额(百分点)"),
            Figures.<MilestoneCheck>whole("counties_from_targets_csv", "from targets.csv", MilestoneCheck::given)
                    .zh("采用目标文件的县数"),
            Figures.<MilestoneCheck>whole("counties_derived", "derived", MilestoneCheck::derived).zh("测算分解的县数"),
            Figures.<MilestoneCheck>column("erosion_removed_pct", "erosion removed %", 2,
                    MilestoneCheck::erosionRemovedPct).zh("测算分解的县削减水土流失面积比例(%)"),
            Column.<MilestoneCheck>text("at_ceiling", "at their ceiling", c -> codes(c.atCeiling())).zh("取上限值的县"),
            Column.<MilestoneCheck>text("given_above_ceiling", "given above their ceiling",
                    c -> codes(c.givenAboveCeiling())).zh("目标文件中高于上限的县"),
            Column.<MilestoneCheck>text("given_already_reached", "given, already reached",
                    c -> codes(c.givenBelowFloor())).zh("目标已提前实现的县"));

    /** A county's milestone target: its code and Chinese name, year, target and source. */
    record CountyTarget(MilestoneTarget target, String nameZh) {
    }

    static final List<Column<CountyTarget>> COUNTY_TARGET_COLUMNS = List.of(
            Column.<CountyTarget>unit(t -> t.target().unit().id()),
            Column.<CountyTarget>text("name_zh", "Chinese name", CountyTarget::nameZh).zh("县（市、区）"),
            Figures.whole("year", "year", t -> t.target().year()),
            Figures.<CountyTarget>column("target_pct", "target %", 2, t -> t.target().ratePct()).zh("目标(%)"),
            Column.<CountyTarget>text("source", "source", t -> t.target().source().key()).zh("来源"));

    /** One row of a county × year (or × milestone) table. */
    public record UnitRow(Scope unit, String nameZh, String nameEn, List<Double> values, Text source) {
        public UnitRow {
            values = List.copyOf(values);
        }
    }

    private TargetsOutput() {
    }

    /** One row per county and year, then the city's; the milestone checks and the county targets as sections. */
    public static Result result(TargetPlan plan, DataNote note, String method, long seed) {
        Map<String, String> names = names(plan);
        Section<YearTarget> rows = Section.of("rows", Text.of("Every county's years, then the city's",
                "各县（市、区）及全市逐年目标"), COLUMNS, plan.rows());
        Section<MilestoneCheck> milestones = Section.of("milestones", Text.of(
                "How the county targets add up for the city (by area)", "各县目标按面积汇总与全市目标对照"),
                MILESTONE_COLUMNS, plan.milestones());
        Section<CountyTarget> targets = Section.of("county_milestone_targets", Text.of("County milestone targets and their source",
                "各县（市、区）阶段目标及来源"), COUNTY_TARGET_COLUMNS, plan.countyTargets().stream()
                .map(t -> new CountyTarget(t, names.get(t.unit().id()))).toList());
        return new Result(SCHEMA, title(plan), note, parameters(plan, method, seed), TargetNotes.of(plan, note),
                List.of(rows, milestones, targets));
    }

    /**
     * The tables people read: the milestone targets and their sources, then county × year tables
     * of the rate, its yearly gain, the required new treatment, the treatment the rate path takes
     * (beside the BAU pace and k) and the 治理度.
     *
     * @param annex numbered as the annual report's annex tables (附表1 …)
     */
    public static Result reading(TargetPlan plan, DataNote note, String method, long seed, boolean annex) {
        List<Section<?>> sections = new ArrayList<>();
        sections.add(milestoneTable(plan, caption(annex, 1, "Milestone targets and their source, %",
                "各县（市、区）阶段目标及来源（单位：%）")));
        sections.add(yearTable(plan, "rate_pct", caption(annex, 2, "SWC rate on the path, %",
                "水土保持率年度目标（单位：%）"), YearTarget::ratePct, 2, false));
        sections.add(yearTable(plan, "gain_pp", caption(annex, 3, "Gain on the year before, points",
                "水土保持率较上年提高幅度（单位：百分点）"), YearTarget::gainPp, 2, false));
        sections.add(yearTable(plan, "required_treatment_km2", caption(annex, 4,
                "Required new treatment a year, km² (the larger of the rate path's and the treatment-degree path's needs)",
                "年度新增治理面积目标（单位：平方公里）"), YearTarget::requiredTreatmentKm2, 1, false));
        sections.add(yearTable(plan, "treatment_km2", caption(annex, 5,
                "New treatment the rate path takes, km² a year (beside: the business-as-usual pace and k)",
                "达到水土保持率年度目标需新增治理面积（单位：平方公里）"), YearTarget::treatmentKm2, 1, true));
        if (!plan.degreeTargets().isEmpty()) {
            sections.add(yearTable(plan, "treatment_degree_pct", caption(annex, 6, "Treatment degree on its path, %",
                    "水土流失初步治理程度年度目标（单位：%）"), YearTarget::treatmentDegreePct, 1, false));
        }
        Text title = title(plan);
        // a terminal table shows the first table under the result's title, without its own
        Text reading = Text.of(title.en() + ": the milestone targets and where they come from (%), then the years",
                title.zh() + "：阶段目标及来源（%）和逐年目标");
        return new Result(SCHEMA, reading, note, parameters(plan, method, seed), TargetNotes.of(plan, note), sections);
    }

    private static Text title(TargetPlan plan) {
        List<Integer> years = plan.years();
        String span = years.get(0) + "–" + years.get(years.size() - 1);
        return Text.of("Yearly responsibility targets by county, " + span, "各县（市、区）水土保持年度目标（" + span + "年）");
    }

    private static List<Parameter> parameters(TargetPlan plan, String method, long seed) {
        return List.of(Parameter.of("county_targets", plan.rule().key()), Parameter.of("k", plan.kSource().key()), Parameter.of("method", method), Parameter.of("seed", seed),
                Parameter.of("last_observed_year", plan.lastYear()));
    }

    /** Numbered in the report's annex, where every caption shows; a terminal table shows the first one's under the title. */
    private static Text caption(boolean annex, int number, String en, String zh) {
        return annex ? Text.of("Annex table " + number + ". " + en, "附表" + number + " " + zh) : Text.of(en, zh);
    }

    /** The counties' milestone targets, then the city from them by area and the city's own target. */
    private static Section<UnitRow> milestoneTable(TargetPlan plan, Text caption) {
        List<UnitRow> rows = new ArrayList<>();
        for (UnitYears unit : units(plan)) {
            if (unit.unit().equals(Scope.CITY)) {
                continue;
            }
            List<MilestoneTarget> own = plan.countyTargets().stream().filter(t -> t.unit().equals(unit.unit())).toList();
            List<TargetSource> sources = own.stream().map(MilestoneTarget::source).distinct().toList();
            rows.add(new UnitRow(unit.unit(), unit.nameZh(), unit.nameEn(), own.stream().map(MilestoneTarget::ratePct)
                    .toList(), Text.of(String.join(" / ", sources.stream().map(TargetSource::key).toList()),
                    String.join(" / ", sources.stream().map(TargetsOutput::sourceZh).toList()))));
        }
        rows.add(new UnitRow(Scope.CITY, "全市（各县目标按面积汇总）", "City, from the county targets",
                plan.milestones().stream().map(MilestoneCheck::cityPct).toList(), Text.of("area-weighted", "按面积汇总")));
        rows.add(new UnitRow(Scope.CITY, "全市目标", "City target",
                plan.milestones().stream().map(MilestoneCheck::cityTargetPct).toList(),
                Text.of(TargetSource.TARGETS_CSV.key(), sourceZh(TargetSource.TARGETS_CSV))));
        List<Column<UnitRow>> columns = new ArrayList<>(unitColumns());
        List<Integer> years = plan.milestones().stream().map(MilestoneCheck::year).toList();
        for (int i = 0; i < years.size(); i++) {
            int index = i;
            columns.add(Figures.<UnitRow>column(Integer.toString(years.get(i)), Integer.toString(years.get(i)), 2,
                    r -> r.values().get(index)).zh(years.get(i) + "年"));
        }
        columns.add(Column.<UnitRow>text("source", "source", r -> r.source().en()).zh("目标来源")
                .shownIn((r, language) -> r.source().in(language)));
        return Section.of("milestone_targets", caption, columns, rows);
    }

    private static Section<UnitRow> yearTable(TargetPlan plan, String key, Text caption,
                                              ToDoubleFunction<YearTarget> value, int decimals, boolean paceAndK) {
        List<UnitRow> rows = new ArrayList<>();
        List<UnitYears> units = units(plan);
        for (UnitYears unit : units) {
            List<Double> values = new ArrayList<>();
            if (paceAndK) {
                values.add(unit.years().get(0).bauPaceKm2());
                values.add(unit.years().get(0).k());
            }
            unit.years().forEach(y -> values.add(value.applyAsDouble(y)));
            rows.add(new UnitRow(unit.unit(), unit.nameZh(), unit.nameEn(), values, Text.of("", "")));
        }
        List<Column<UnitRow>> columns = new ArrayList<>(unitColumns());
        int offset = 0;
        if (paceAndK) {
            columns.add(Figures.<UnitRow>column("bau_pace_km2", "BAU", 1, r -> r.values().get(0)).zh("近年年均").priority(2));
            columns.add(Figures.<UnitRow>column("k", "k", 2, r -> r.values().get(1)).zh("成效系数").priority(2));
            offset = 2;
        }
        List<Integer> years = plan.years();
        // on a narrow terminal the years between milestones go first; the milestone years stay
        java.util.Set<Integer> milestones = new java.util.HashSet<>();
        plan.rows().forEach(r -> milestones.add(r.milestone()));
        for (int i = 0; i < years.size(); i++) {
            int index = offset + i;
            columns.add(Figures.<UnitRow>column(Integer.toString(years.get(i)), Integer.toString(years.get(i)), decimals,
                    r -> r.values().get(index)).zh(Integer.toString(years.get(i)))
                    .priority(milestones.contains(years.get(i)) ? 0 : 1));
        }
        return Section.of(key, caption, columns, rows).withTotalLast();
    }

    private static List<Column<UnitRow>> unitColumns() {
        return List.of(Column.<UnitRow>unit(r -> r.unit().id()),
                Column.<UnitRow>text("name", "name", UnitRow::nameEn).zh("县（市、区）")
                        .shownIn((r, language) -> language.name(r.nameZh(), r.nameEn())));
    }

    /** A unit's years. */
    record UnitYears(Scope unit, String nameZh, String nameEn, List<YearTarget> years) {
    }

    /** Every county's years (code order), then the city's. */
    static List<UnitYears> units(TargetPlan plan) {
        Map<Scope, List<YearTarget>> byUnit = new LinkedHashMap<>();
        plan.rows().forEach(r -> byUnit.computeIfAbsent(r.unit(), u -> new ArrayList<>()).add(r));
        List<UnitYears> units = new ArrayList<>();
        byUnit.forEach((unit, years) -> units.add(new UnitYears(unit, years.get(0).nameZh(), years.get(0).nameEn(),
                years)));
        return units;
    }

    static String sourceZh(TargetSource source) {
        return source == TargetSource.DERIVED ? "测算分解" : "目标文件（targets.csv）";
    }

    private static String codes(List<CountyCode> codes) {
        return String.join(" ", codes.stream().map(CountyCode::id).toList());
    }

    private static Map<String, String> names(TargetPlan plan) {
        Map<String, String> names = new LinkedHashMap<>();
        plan.rows().forEach(r -> names.putIfAbsent(r.unit().id(), r.nameZh()));
        return names;
    }

    /** The percent of a figure, two decimals, for the notes. */
    static String pct(double value) {
        return Numbers.fixed(value, 2);
    }
}

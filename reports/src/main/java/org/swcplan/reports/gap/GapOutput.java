package org.swcplan.reports.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.ReconciledNeed;
import org.swcplan.model.gap.TreatmentGapRow;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.projection.BauPace;
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
 * The gap report: one row per unit and milestone (CSV columns in contract order, later additions
 * appended), and the initial-treatment (治理度) target as its own section. For people the rows are
 * shown in three tables: passed milestones assessed, milestones ahead with their forecast, and the
 * treatment each needs. Rates and areas to 2 decimals, gains to 4 (so that the growth ratio can be
 * recomputed from them), probabilities and ratios to 3 in CSV and JSON; probabilities as whole
 * percents for people.
 */
public final class GapOutput {
    // each figure of a gap row once, under its CSV key; the tables for people pick from them
    private static final Column<GapRow> UNIT = Column.unit(r -> r.unit().id());
    private static final Column<GapRow> NAME = Column.text("name_zh", "Chinese name", GapRow::nameZh);
    private static final Column<GapRow> MILESTONE = Figures.whole("milestone", "year", GapRow::milestone);
    private static final Column<GapRow> TARGET = Figures.column("target_pct", "target", 2, GapRow::targetPct);
    private static final Column<GapRow> LAST_RATE = Figures.column("last_rate_pct", "last", 2, GapRow::lastRatePct);
    private static final Column<GapRow> FORECAST = Figures.column("forecast_pct", "forecast", 2, GapRow::forecastPct);
    private static final Column<GapRow> LO80 = Figures.column("lo80_pct", "lo80", 2, GapRow::lo80Pct);
    private static final Column<GapRow> HI80 = Figures.column("hi80_pct", "hi80", 2, GapRow::hi80Pct);
    private static final Column<GapRow> GAP = Figures.column("gap_pp", "gap pp", 2, GapRow::gapPp);
    private static final Column<GapRow> STATUS = Column.code("status", "status", r -> r.status().key(), "status.");
    private static final Column<GapRow> BAU = Figures.column("bau_treatment_km2_per_year", "BAU km²/a", 2,
            GapRow::bauTreatmentKm2PerYear);
    private static final Column<GapRow> EXTRA = Figures.column("additional_treatment_km2_per_year", "extra km²/a", 2,
            GapRow::additionalTreatmentKm2PerYear);
    private static final Column<GapRow> EXTRA_P80 = Figures.column("additional_treatment_p80_km2_per_year",
            "extra P80 km²/a", 2, r -> r.need().additionalP80Km2PerYear());
    private static final Column<GapRow> DEGREE_NEED = Figures.column("treatment_degree_need_km2_per_year",
            "treatment degree km²/a", 2, r -> r.need().degreeKm2PerYear());
    private static final Column<GapRow> BINDING_NEED = Figures.column("binding_need_km2_per_year", "binding km²/a", 2,
            r -> r.need().bindingKm2PerYear());
    private static final Column<GapRow> BINDING_COST = Figures.column("binding_cost_wan_per_year", "binding wan/a", 2,
            r -> r.need().bindingCostWanPerYear());
    private static final Column<GapRow> BINDING_NEED_P80 = Figures.column("binding_need_p80_km2_per_year",
            "binding P80 km²/a", 2, r -> r.need().bindingP80Km2PerYear());
    private static final Column<GapRow> BINDS = Column.<GapRow>text("binding_constraint", "binds", GapOutput::binds)
            .shownIn((r, language) -> r.need().binds() == ReconciledNeed.Binding.NONE ? ""
                    : language.text("binds." + r.need().binds().key()));

    public static final List<Column<GapRow>> COLUMNS = List.of(UNIT, NAME, MILESTONE, TARGET,
            Figures.whole("last_year", "last yr", GapRow::lastYear),
            LAST_RATE, FORECAST, LO80, HI80,
            Figures.column("p_reach", "P(reach)", 3, GapRow::probabilityOfReaching),
            GAP,
            Figures.column("gap_km2", "gap km²", 2, GapRow::gapKm2),
            Figures.column("required_gain_pp_per_year", "need pp/a", 4, GapRow::requiredGainPpPerYear),
            Figures.column("observed_gain_pp_per_year", "seen pp/a", 4, GapRow::observedGainPpPerYear),
            Figures.column("growth_ratio", "ratio", 3, GapRow::growthRatio),
            Figures.column("required_treatment_km2_per_year", "treat km²/a", 2, GapRow::requiredTreatmentKm2PerYear),
            Figures.column("required_cost_wan_per_year", "wan/a", 2, GapRow::requiredCostWanPerYear),
            STATUS, BAU, EXTRA,
            Figures.column("additional_treatment_k_p90_km2_per_year", "extra (k p90)", 2,
                    GapRow::additionalAtHighKKm2PerYear),
            Figures.column("additional_treatment_k_p10_km2_per_year", "extra (k p10)", 2,
                    GapRow::additionalAtLowKKm2PerYear),
            Figures.column("k_p10", "k p10", 3, GapRow::kP10),
            Figures.column("k_p90", "k p90", 3, GapRow::kP90),
            Figures.column("additional_cost_wan_per_year", "extra wan/a", 2, GapRow::additionalCostWanPerYear),
            EXTRA_P80, DEGREE_NEED, BINDING_NEED, BINDING_COST, BINDING_NEED_P80,
            Figures.column("binding_cost_p80_wan_per_year", "binding P80 wan/a", 2,
                    r -> r.need().bindingP80CostWanPerYear()),
            BINDS,
            Column.<GapRow>unitType(r -> r.unit().id()));

    /** Milestones passed, for people: the observed rate against the target. */
    public static final List<Column<GapRow>> ASSESSMENT_COLUMNS = Column.ranked(List.of(UNIT, NAME, MILESTONE, TARGET,
            Figures.column("observed_pct", "observed", 2, GapRow::lastRatePct),
            Column.number("difference_pp", "vs target pp", GapOutput::difference),
            STATUS), Map.of("difference_pp", 1));

    /** Milestones ahead, for people: where the forecast goes, the chance of reaching the target and the pace. */
    public static final List<Column<GapRow>> READING_COLUMNS = Column.ranked(List.of(UNIT, NAME, MILESTONE, TARGET,
            LAST_RATE, FORECAST, LO80, HI80,
            Column.<GapRow>number("p_reach", "P(reach)", r -> Figures.format(r.probabilityOfReaching(), 3))
                    .shownIn(GapOutput::probability),
            GAP,
            Column.number("required_gain_pp_per_year", "need pp/a", GapOutput::requiredGain),
            Figures.column("observed_gain_pp_per_year", "seen pp/a", 2, GapRow::observedGainPpPerYear),
            Column.<GapRow>number("growth_ratio", "ratio", r -> Figures.format(r.growthRatio(), 3))
                    .shownIn((r, language) -> ratio(r, language.text("status.achieved"))),
            STATUS), Map.of("last_rate_pct", 2, "lo80_pct", 3, "hi80_pct", 3, "gap_pp", 1, "required_gain_pp_per_year", 4,
                    "observed_gain_pp_per_year", 4, "growth_ratio", 5));

    /** Milestones ahead, for people: the treatment a year each unit needs, reconciled over its targets. */
    public static final List<Column<GapRow>> NEED_COLUMNS = Column.ranked(List.of(UNIT, NAME, MILESTONE,
            BAU.headed("BAU"), EXTRA.headed("extra P50"),
            Column.text("additional_treatment_k_band", "extra P50, k p90–p10", GapOutput::kBand),
            EXTRA_P80.headed("extra P80"), DEGREE_NEED.headed("treatment degree"), BINDING_NEED.headed("binding"),
            BINDING_COST, BINDING_NEED_P80.headed("binding P80"), BINDS), Map.of("bau_treatment_km2_per_year", 1,
                    "additional_treatment_km2_per_year", 2, "additional_treatment_k_band", 5,
                    "additional_treatment_p80_km2_per_year", 3, "treatment_degree_need_km2_per_year", 2,
                    "binding_need_p80_km2_per_year", 3, "binding_constraint", 4));

    public static final List<Column<TreatmentGapRow>> TREATMENT_COLUMNS = Column.ranked(List.of(
            Column.unit(r -> r.unit().id()),
            Column.text("name_zh", "Chinese name", TreatmentGapRow::nameZh),
            Figures.whole("milestone", "year", TreatmentGapRow::milestone),
            Figures.column("target_pct", "target %", 2, TreatmentGapRow::targetPct),
            Figures.whole("last_year", "last yr", TreatmentGapRow::lastYear),
            Figures.column("baseline_km2", "stock km²", 2, TreatmentGapRow::baselineKm2),
            Figures.column("treated_cum_km2", "treated km²", 2, TreatmentGapRow::treatedCumKm2),
            Figures.column("treatment_degree_pct", "treated %", 2, TreatmentGapRow::degreePct),
            Figures.column("remaining_km2", "remaining km²", 2, TreatmentGapRow::remainingKm2),
            Figures.column("required_km2_per_year", "need km²/a", 2, TreatmentGapRow::requiredKm2PerYear),
            Figures.column("observed_km2_per_year", "seen km²/a", 2, TreatmentGapRow::observedKm2PerYear),
            Figures.column("growth_ratio", "ratio", 3, TreatmentGapRow::growthRatio),
            Column.code("status", "status", r -> r.status().key(), "status."),
            Figures.column("untreated_at_pace_km2", "left at pace km²", 2, TreatmentGapRow::untreatedAtPaceKm2),
            Column.<TreatmentGapRow>unitType(r -> r.unit().id()).priority(3)), Map.of("target_pct", 3, "last_year", 5, "baseline_km2", 2, "treated_cum_km2", 2,
                    "observed_km2_per_year", 3, "growth_ratio", 4, "untreated_at_pace_km2", 1, "unit_type", 6, "milestone", 7));

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

    public static final String SCHEMA = "swc.gap/1";

    /**
     * The gap rows (JSON {@code rows}, the CSV) and the 治理度 rows ({@code treatment_degree}); for
     * people: passed milestones assessed, milestones ahead with their forecast, the treatment each
     * needs, and the 治理度.
     */
    public static Result result(List<GapRow> rows, List<TreatmentGapRow> treatment, String method,
                                VerdictThresholds thresholds, DataNote note) {
        List<GapRow> passed = rows.stream().filter(GapRow::assessed).toList();
        List<GapRow> ahead = rows.stream().filter(r -> !r.assessed()).toList();
        List<Section<?>> sections = new ArrayList<>();
        sections.add(Section.view("assessed", Text.of("Milestones passed: the observed rate against the target",
                        "已过目标年：实测水土保持率与目标对比"), ASSESSMENT_COLUMNS, passed)
                .withNotes(Text.of("met: the observed rate is at or above the target; missed: below it (no forecast).",
                        "已完成：实测水土保持率达到或高于目标；未完成：低于目标（不再预测）。")));
        sections.add(Section.of("rows", Text.of("Gap to the SWC rate targets (forecast method " + method + ")",
                        "水土保持率目标差距（预测方法：" + Language.ZH.forecastMethod(method) + "）"), COLUMNS, rows)
                .readAs(READING_COLUMNS).readOnly(ahead)
                .withNotes(Text.of("gap = target − forecast median; P(reach) = share of forecast paths at or above the "
                                + "target; need = (target − last rate) / years left (0 where the last rate meets the "
                                + "target); seen = " + observedGainNote() + "; ratio = seen / need, the pace measure, "
                                + "shown as evidence.",
                        "差距 = 目标 − 预测中位数；达标概率 = 预测路径中达到或高于目标的比例；需年均提高 =（目标 − 最新值）/ 剩余年数"
                                + "（最新值已达标时为0）；实际年均提高为近" + GapAnalysis.TREND_YEARS
                                + "年实测值的Theil–Sen斜率；进度比 = 实际 / 需要，仅作参考。"),
                        Text.of(statusMethod(thresholds, Language.EN), statusMethod(thresholds, Language.ZH)),
                        fromCity(ahead)));
        sections.add(Section.view("needs", Text.of("Treatment needed a year, km²", "需年均治理面积（平方公里）"),
                NEED_COLUMNS, ahead).withNotes(Text.of(needNote(), needNoteZh())));
        sections.add(Section.of("treatment_degree", Text.of("Initial treatment of the historical erosion stock",
                        "历史水土流失面积初步治理进展"), TREATMENT_COLUMNS, treatment).withTotalLast()
                .withNotes(Text.of(treatmentNote(), treatmentNoteZh())));
        return new Result(SCHEMA, Text.of("Where every county and the city stand against the plan's targets",
                        "各县（市、区）及全市水土保持目标完成情况及差距"), note,
                List.of(Parameter.of("method", method), Parameter.of("achieved_p", thresholds.achievedP()),
                        Parameter.of("on_track_p", thresholds.onTrackP()),
                        Parameter.of("acceleration_p", thresholds.accelerationP())),
                List.of(Text.of("County targets, k, costs and capacities of the bundled dataset are illustrative.",
                        "内置数据集中的县级目标、治理成效系数k、单价和治理能力均为示意数据。")), sections);
    }

    private static Text fromCity(List<GapRow> ahead) {
        List<String> fromCity = ahead.stream().filter(GapRow::targetFromCity)
                .map(r -> r.nameZh() + " " + r.milestone()).distinct().toList();
        return fromCity.isEmpty() ? Text.of("Every county target comes from targets.csv.", "各县目标均取自targets.csv。")
                : Text.of("Counties without their own target take the city's: " + String.join(", ", fromCity) + ".",
                        "以下县无本县目标，采用全市目标：" + String.join("、", fromCity) + "。");
    }

    /** How the statuses are decided, with the thresholds in force. */
    public static String statusMethod(VerdictThresholds t, Language lang) {
        return lang.text("methods.status", lang.percent(Numbers.sharePct(t.achievedP())),
                lang.percent(Numbers.sharePct(t.onTrackP())), lang.percent(Numbers.sharePct(t.accelerationP())),
                Integer.toString(GapAnalysis.TREATMENT_PACE_YEARS));
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

    private static String needNoteZh() {
        return "现状 = 预测中已含的治理进度（近" + BauPace.YEARS + "年均值）；新增P50 = 在现状之外、至目标年每年需新增的治理面积，"
                + "使预测中位数达到目标（k按路径抽样，区间为k取第90和第10百分位数时）；新增P80 = 达标概率80%时的新增面积；"
                + "治理度 = 剩余历史水土流失面积 / 至治理度目标年的年数（其后的目标年为0）；需年均治理 = max(现状 + 新增P50, 治理度)，"
                + "P80同理；全市为各县之和。";
    }

    private static String treatmentNoteZh() {
        return "实际 = 近" + GapAnalysis.TREATMENT_PACE_YEARS + "年年均新增治理面积；需要 = 剩余面积 / 剩余年数；"
                + "按现有进度剩余 = 按该进度至目标年仍未治理的面积。全市为各县缺口之和（一县的富余不能抵补他县），"
                + "进度比与状态取最落后的县。";
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

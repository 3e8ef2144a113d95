package org.swcplan.reports.targets;

import static org.swcplan.reports.targets.TargetsOutput.pct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.plan.Target;
import org.swcplan.model.projection.BauPace;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.targets.CountyTargetRule;
import org.swcplan.model.targets.MilestoneCheck;
import org.swcplan.model.targets.TargetPlan;
import org.swcplan.model.targets.YearTarget;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Numbers;

/**
 * The notes under the yearly targets, each in English and in Chinese (official style: 77.25%,
 * 个百分点, 平方公里): the rule for county targets, how they add up at each milestone, the city's
 * yearly gain into each milestone, the treatment and 治理度 definitions, and that derived targets
 * and illustrative data are not official.
 */
final class TargetNotes {
    private TargetNotes() {
    }

    static List<Text> of(TargetPlan plan, DataNote note) {
        List<Text> notes = new ArrayList<>();
        int last = plan.lastYear();
        String ruleEn = "every such county removes the same share of its " + last + " erosion area, never ending below "
                + "its " + last + " rate or its previous milestone target nor above its rate ceiling (max_rate_pct in "
                + "params.csv, " + pct(CountyParameters.DEFAULT_MAX_RATE_PCT) + " % where none is given); the share is "
                + "solved so that the area-weighted city rate equals the city target";
        String ruleZh = "按" + last + "年水土流失面积同比例削减，目标不低于其" + last + "年水土保持率和上一阶段目标，不高于其水土保持率上限"
                + "（参数文件中的上限，未给出时为" + pct(CountyParameters.DEFAULT_MAX_RATE_PCT) + "%），削减比例使全市按面积"
                + "汇总的水土保持率恰好达到全市目标";
        notes.add(plan.rule() == CountyTargetRule.DERIVED
                ? Text.of("County targets: all derived (targets.csv's county rows left aside): " + ruleEn + ".",
                        "县级目标：全部按规则测算分解（不采用目标文件中的县级目标）：各县" + ruleZh + "。")
                : Text.of("County targets: a county's own row in targets.csv where one is given; the others derived: "
                        + ruleEn + ".", "县级目标：目标文件（targets.csv）中有县级目标的采用该目标；其余县" + ruleZh + "。"));
        for (MilestoneCheck check : plan.milestones()) {
            notes.add(milestone(plan, check));
        }
        Map<Integer, Double> segments = segments(plan);
        notes.add(Text.of("City gain a year on the path: " + String.join("; ", segments.entrySet().stream()
                        .map(e -> Numbers.fixed(e.getValue(), 2) + " points to " + e.getKey()).toList())
                        + ". The path is linear from the " + last + " rate to the first milestone target, then between "
                        + "milestone targets; the city is Σ(land − erosion) / Σ land of the county paths, never a mean of "
                        + "rates.",
                "全市水土保持率年均提高：" + String.join("；", segments.entrySet().stream()
                        .map(e -> "至" + e.getKey() + "年" + Numbers.fixed(e.getValue(), 2) + "个百分点").toList())
                        + "。年度目标自" + last + "年水土保持率至第一阶段目标线性递增，其后在相邻阶段目标之间线性递增；"
                        + "全市按各县面积汇总计算，不对各县比率取平均。"));
        notes.add(Text.of("Treatment: the new treatment the rate path takes through the projection model: the county's "
                        + "business-as-usual forecast (its drift and its BAU pace, the mean new treatment of the last "
                        + BauPace.YEARS + " years) less k × the cumulative treatment beyond that pace, k drawn per sample "
                        + "path (" + kEn(plan.kSource()) + "), solved each year on the median; never below the BAU pace.",
                "新增治理面积按统一预测模型测算：以各县现状趋势预测（含其自然变化及近" + BauPace.YEARS
                        + "年年均新增治理面积）为基础，扣减治理成效系数乘以超出现状的累计新增治理面积，系数逐条样本路径抽取（"
                        + kZh(plan.kSource()) + "），逐年按中位数求解；不低于近年年均新增治理面积。"));
        if (!plan.degreeTargets().isEmpty()) {
            notes.add(Text.of("Treatment degree (治理度): linear from each county's " + last + " share of its historical erosion stock to "
                            + String.join(", then ", plan.degreeTargets().stream()
                            .map(t -> pct(t.value()) + " % in " + t.year()).toList())
                            + " (the city's target applied to every county's stock), then level; its treatment is "
                            + "stock × the yearly gain. Required treatment = the larger of the two needs.",
                    "水土流失初步治理程度：自各县" + last + "年累计初步治理面积占历史水土流失面积的比例，线性提高至"
                            + degreesZh(plan.degreeTargets()) + "（全市目标适用于各县），其后保持；所需新增治理面积为历史"
                            + "水土流失面积乘以年度提高幅度。年度新增治理面积目标取两者较大值。"));
        }
        notes.add(plan.anyDerived()
                ? Text.of("Derived county targets are computed by the rule above for planning; they are not official "
                        + "targets.", "注：测算分解的县级目标为按上述规则计算的规划参考值，非正式下达目标。")
                : Text.of("Every county target comes from targets.csv.", "注：县级目标均取自目标文件（targets.csv）。"));
        if (note.illustrative()) {
            notes.add(Text.of("The county data are illustrative, and so are the county targets and paths computed from "
                    + "them.", "注：县级侵蚀与治理数据、县级目标及据此测算的年度目标均为示意数据，非公开统计。"));
        }
        return notes;
    }

    private static Text milestone(TargetPlan plan, MilestoneCheck check) {
        int last = plan.lastYear();
        String countsEn = check.given() + " from targets.csv, " + check.derived() + " derived"
                + (check.derived() == 0 ? "" : check.erosionRemovedPct() == 0 ? ", these at their floor"
                : ", each removing " + Numbers.fixed(check.erosionRemovedPct(), 1) + " % of its " + last + " erosion");
        String countsZh = "采用目标文件" + check.given() + "个、测算分解" + check.derived() + "个"
                + (check.derived() == 0 ? "" : check.erosionRemovedPct() == 0 ? "，测算分解的县保持现有水平"
                : "，测算分解的县各削减" + last + "年水土流失面积的" + Numbers.fixed(check.erosionRemovedPct(), 1) + "%");
        String en = switch (check.verdict()) {
            case MET -> "meet the city target of " + pct(check.cityTargetPct()) + " %";
            case OVER_FULFILLED -> "give the city " + pct(check.cityPct()) + " %, over-fulfilling its target of "
                    + pct(check.cityTargetPct()) + " % by " + pct(check.differencePp()) + " points";
            case SHORT -> "give the city only " + pct(check.cityPct()) + " %, " + pct(-check.differencePp())
                    + " points short of its target of " + pct(check.cityTargetPct()) + " %";
        };
        String zh = switch (check.verdict()) {
            case MET -> "按面积汇总恰好达到全市目标" + pct(check.cityTargetPct()) + "%";
            case OVER_FULFILLED -> "按面积汇总全市为" + pct(check.cityPct()) + "%，超过全市目标" + pct(check.cityTargetPct())
                    + "%达" + pct(check.differencePp()) + "个百分点";
            case SHORT -> "按面积汇总全市仅为" + pct(check.cityPct()) + "%，低于全市目标" + pct(check.cityTargetPct()) + "%达"
                    + pct(-check.differencePp()) + "个百分点";
        };
        StringBuilder moreEn = new StringBuilder();
        StringBuilder moreZh = new StringBuilder();
        if (!check.atCeiling().isEmpty()) {
            moreEn.append(" Held at their rate ceiling: ").append(names(plan, check.atCeiling(), ", ")).append('.');
            moreZh.append("取水土保持率上限的县：").append(names(plan, check.atCeiling(), "、")).append('。');
        }
        if (!check.givenAboveCeiling().isEmpty()) {
            moreEn.append(" Above their rate ceiling in targets.csv (kept): ").append(names(plan, check.givenAboveCeiling(), ", "))
                    .append('.');
            moreZh.append("目标文件中高于水土保持率上限的县（保留原值）：").append(names(plan, check.givenAboveCeiling(), "、")).append('。');
        }
        if (!check.givenBelowFloor().isEmpty()) {
            moreEn.append(" Already reached, so held at the ").append(last).append(" rate or the previous target (no path "
                    + "goes down): ").append(names(plan, check.givenBelowFloor(), ", ")).append('.');
            moreZh.append("目标已提前实现的县（按").append(last).append("年水平或上一阶段目标保持，不设下降路径）：")
                    .append(names(plan, check.givenBelowFloor(), "、")).append('。');
        }
        return Text.of(check.year() + ": the county targets (" + countsEn + ") " + en + "." + moreEn,
                check.year() + "年：各县目标（" + countsZh + "）" + zh + "。" + moreZh);
    }

    /** The city's mean yearly gain into each milestone, points. */
    static Map<Integer, Double> segments(TargetPlan plan) {
        List<YearTarget> city = plan.cityRows();
        Map<Integer, Double> gains = new LinkedHashMap<>();
        int fromYear = plan.lastYear();
        double from = city.get(0).ratePct() - city.get(0).gainPp();
        for (MilestoneCheck check : plan.milestones()) {
            double rate = city.stream().filter(r -> r.year() == check.year()).findFirst().orElseThrow().ratePct();
            gains.put(check.year(), (rate - from) / (check.year() - fromYear));
            from = rate;
            fromYear = check.year();
        }
        return gains;
    }

    private static String names(TargetPlan plan, List<CountyCode> codes, String separator) {
        return String.join(separator, codes.stream().map(code -> plan.rows().stream()
                .filter(r -> r.unit().equals(code)).findFirst().map(YearTarget::nameZh).orElse(code.id())).toList());
    }

    private static String degreesZh(List<Target> targets) {
        return String.join("、", targets.stream().map(t -> t.year() + "年" + pct(t.value()) + "%").toList());
    }

    private static String kEn(KSource source) {
        return source == KSource.CALIBRATED ? "params.csv's k updated by the county's history" : "params.csv's k";
    }

    private static String kZh(KSource source) {
        return source == KSource.CALIBRATED ? "参数文件中的系数经本县历史数据校准" : "取参数文件中的系数";
    }
}

package org.swcplan.reports.allocation;

import java.util.stream.Collectors;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Numbers;

/**
 * The allocation's verdict and method in Chinese, official style (77.25%, 平方公里, 万元): the same
 * facts as {@link AllocationOutput#verdict} and {@link AllocationOutput#method} in English.
 */
final class AllocationVerdictZh {
    private static final LimitSentences LIMITS = new LimitSentences("达到治理能力上限", "达到水土保持率上限",
            "按治理度下限安排", "未达到治理度下限", deadline -> "各县均于" + deadline + "年前完成剩余历史水土流失面积的初步治理。",
            "%s：%s。", "无", "、");

    private AllocationVerdictZh() {
    }

    static String verdict(Allocation a) {
        String need = "全市" + a.milestone() + "年水土保持率目标为" + pct(a.cityTargetPct()) + "，允许水土流失面积"
                + km2(a.allowedErosionKm2()) + "；按现有进度，预测中位数为" + pct(a.cityBauRatePct()) + "（水土流失面积"
                + km2(a.cityBauErosionKm2()) + "），达标概率" + probability(a.cityBauProbability()) + "。";
        String programme = "治理安排：现有进度每年" + km2(a.totalBauKm2PerYear()) + "（"
                + wan(a.totalBauCostWanPerYear()) + "）加新增每年" + km2(a.totalExtraKm2PerYear()) + "（"
                + wan(a.totalExtraCostWanPerYear()) + "），合计每年"
                + km2(a.totalBauKm2PerYear() + a.totalExtraKm2PerYear()) + "（"
                + wan(a.totalBauCostWanPerYear() + a.totalExtraCostWanPerYear()) + "）；" + (a.lastYear() + 1) + "—"
                + a.milestone() + "年新增治理共需投资" + wan(a.totalExtraCostWan()) + "，现有进度共需"
                + wan(a.totalBauCostWan()) + "。";
        String limits = LIMITS.of(a);
        if (a.feasible()) {
            return need + "按置信度" + probability(a.confidence()) + "可以实现：实施后全市预测中位数为"
                    + pct(a.plannedRatePct()) + "，达到" + pct(a.cityTargetPct()) + "的概率为" + probability(a.probability())
                    + "。" + (a.floorsAlone() && a.totalExtraKm2PerYear() > 0 ? "仅各县治理度下限即可达标，各分配方法无需另行分配。" : "")
                    + programme + limits;
        }
        String conflicts = a.conflicts().isEmpty() ? "" : "超出本县能力的下限要求：" + a.conflicts().stream()
                .map(c -> c.nameZh() + "（" + Language.ZH.text("binding." + c.floor().key()) + "超出"
                        + Language.ZH.text("binding." + c.limit().key()) + "）").collect(Collectors.joining("、")) + "。";
        boolean reached = a.probability() >= a.confidence();
        return need + (reached ? "按要求不可行：全市达到" + pct(a.cityTargetPct()) + "的概率为"
                + probability(a.probability()) + "，但并非所有县的下限都能满足。"
                : "在各县能力范围内不可行：按置信度" + probability(a.confidence()) + "最高可达" + pct(a.rateAtConfidencePct())
                        + "，尚差" + km2(a.shortfallKm2()) + "（" + Numbers.fixed(a.cityTargetPct() - a.rateAtConfidencePct(), 2)
                        + "个百分点）；达到治理能力上限的县：" + LIMITS.names(a.atCapacity()) + "。")
                + conflicts + programme + limits;
    }

    static String method(Allocation a) {
        String years = (a.lastYear() + 1) + "—" + a.milestone() + "年";
        return "治理安排 = 现有治理进度（预测已包含）+ " + years + "新增治理；新增治理按k乘以累计面积逐条样本路径减少水土流失面积"
                + "（k按路径抽样），规划水土保持率为各县的预测中位数。约束：每年现有加新增治理不超过治理能力；水土保持率中位数不超过上限"
                + "（max_rate_pct）；" + (a.deadline() > a.lastYear() ? a.deadline() + "年前各县每年治理不少于剩余历史水土流失面积 / 剩余年数"
                : "无治理度目标") + (a.request().honourCountyTargets() ? "；各县中位数达到本县目标。" : "。")
                + "投资按各县单价计算；每年投资为" + years + "的平均值。";
    }

    private static String pct(double value) {
        return Numbers.fixed(value, 2) + "%";
    }

    private static String km2(double value) {
        return Numbers.grouped(value, 2) + "平方公里";
    }

    private static String wan(double value) {
        return Numbers.grouped(value, 2) + "万元";
    }

    private static String probability(double p) {
        return Language.ZH.percent(Numbers.probabilityPct(p));
    }
}

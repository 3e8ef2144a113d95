package org.swcplan.model.plan;

import java.util.Objects;
import java.util.Optional;
import org.swcplan.model.Checks;

/**
 * One of the plan's other quantitative commitments (slope farmland treated, check dams, model
 * watersheds ...), with its progress.
 *
 * @param unitZh    the Chinese unit or measure word the plan counts it in (平方公里, 座, 条, 户 …);
 *                  {@link IndicatorUnit#defaultZh()} where none is given
 * @param progress  progress over the counting period as reported (indicators.csv)
 * @param countFrom the first year of the counting period: 2021 for the 十四五 items, 2026 for the
 *                  十五五 ones; {@link #DEFAULT_COUNT_FROM} where the data gives none
 * @param ledger    the treatment ledger's figure the indicator is counted from, where it is one
 */
public record PlanIndicator(String id, String nameZh, String nameEn, IndicatorUnit unit, String unitZh,
                            double target, int deadline, double baseline, double progress, int progressYear,
                            String source, int countFrom, Optional<LedgerFigure> ledger) {
    /** The year after the plan's base year 2023: where an indicator without a counting start counts from. */
    public static final int DEFAULT_COUNT_FROM = 2024;

    public PlanIndicator {
        Objects.requireNonNull(ledger, "ledger");
        Checks.year("count_from", countFrom);
        if (countFrom > deadline) {
            throw new IllegalArgumentException("count_from " + countFrom + " is after the deadline " + deadline);
        }
        Checks.nonBlank("id", id);
        Checks.nonBlank("name_zh", nameZh);
        Objects.requireNonNull(unit, "unit");
        Checks.nonNegative("target", target);
        Checks.year("deadline", deadline);
        Checks.nonNegative("baseline_2023", baseline);
        Checks.nonNegative("progress", progress);
        Checks.year("progress_year", progressYear);
        nameEn = nameEn == null ? "" : nameEn;
        unitZh = unitZh == null || unitZh.isBlank() ? unit.defaultZh() : unitZh.strip();
        source = source == null ? "" : source;
    }

    /** An indicator counted from 2024 as reported, not from a ledger. */
    public PlanIndicator(String id, String nameZh, String nameEn, IndicatorUnit unit, String unitZh,
                         double target, int deadline, double baseline, double progress, int progressYear,
                         String source) {
        this(id, nameZh, nameEn, unit, unitZh, target, deadline, baseline, progress, progressYear, source,
                Math.min(DEFAULT_COUNT_FROM, deadline), Optional.empty());
    }

    /** The counting period as a five-year plan period (十四五 …), where it is exactly one. */
    public Optional<FiveYearPlan> fiveYearPlan() {
        return FiveYearPlan.spanning(countFrom, deadline);
    }

    /** An indicator counted in its unit's default Chinese unit. */
    public PlanIndicator(String id, String nameZh, String nameEn, IndicatorUnit unit, double target, int deadline,
                         double baseline, double progress, int progressYear, String source) {
        this(id, nameZh, nameEn, unit, "", target, deadline, baseline, progress, progressYear, source);
    }
}

package org.swcplan.model.plan;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A quantitative commitment of the plan and how far it has come over its counting period.
 *
 * @param unit        km2, count, or pct (rates; remaining and pace in percentage points)
 * @param unitZh      the Chinese unit or measure word (平方公里, 座, 条, 户, %)
 * @param countFrom   the first year that counts toward it
 * @param progress    progress over the counting period, from {@code basis}
 * @param basis       where the progress figure comes from
 * @param reported    the progress indicators.csv reports, where the figure comes from a ledger
 *                    instead (so the two can be compared); empty otherwise
 * @param remaining   target − progress, never below 0
 * @param yearsLeft   the years still to count: from the year after the progress year, or from the
 *                    counting start when that is later, to the deadline
 * @param pacePerYear remaining / years left; NaN when none are left
 * @param items       the indicator's named items (watersheds, counties, documents), where the data lists them
 */
public record Commitment(String id, String nameZh, String nameEn, String unit, String unitZh, double target,
                         int countFrom, int deadline, double progress, int progressYear, ProgressBasis basis,
                         OptionalDouble reported, double remaining, int yearsLeft, double pacePerYear,
                         CommitmentStatus status, String source, List<IndicatorItem> items) {
    public Commitment {
        items = List.copyOf(items);
    }

    /** The counting period as a five-year plan period (十四五 …), where it is exactly one. */
    public Optional<FiveYearPlan> fiveYearPlan() {
        return FiveYearPlan.spanning(countFrom, deadline);
    }
}

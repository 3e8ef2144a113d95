package org.swcplan.model.plan;

import java.util.Objects;
import org.swcplan.model.Checks;

/**
 * One of the plan's other quantitative commitments (slope farmland treated, check dams, model
 * watersheds ...), with its progress.
 *
 * @param unitZh the Chinese unit or measure word the plan counts it in (平方公里, 座, 条, 户 …);
 *               {@link IndicatorUnit#defaultZh()} where none is given
 */
public record PlanIndicator(String id, String nameZh, String nameEn, IndicatorUnit unit, String unitZh,
                            double target, int deadline, double baseline, double progress, int progressYear,
                            String source) {
    public PlanIndicator {
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

    /** An indicator counted in its unit's default Chinese unit. */
    public PlanIndicator(String id, String nameZh, String nameEn, IndicatorUnit unit, double target, int deadline,
                         double baseline, double progress, int progressYear, String source) {
        this(id, nameZh, nameEn, unit, "", target, deadline, baseline, progress, progressYear, source);
    }
}

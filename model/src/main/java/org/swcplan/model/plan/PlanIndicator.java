package org.swcplan.model.plan;

import java.util.Objects;
import org.swcplan.model.Checks;

/**
 * One of the plan's other quantitative commitments (slope farmland treated, check dams, model
 * watersheds ...), with its progress.
 */
public record PlanIndicator(String id, String nameZh, String nameEn, IndicatorUnit unit, double target,
                            int deadline, double baseline, double progress, int progressYear, String source) {
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
        source = source == null ? "" : source;
    }
}

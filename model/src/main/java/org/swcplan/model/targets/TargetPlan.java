package org.swcplan.model.targets;

import java.util.List;
import java.util.Objects;
import org.swcplan.model.plan.Target;
import org.swcplan.model.projection.KSource;

/**
 * Yearly responsibility targets of every county and the city, from the year after the last
 * observation to the last milestone.
 *
 * @param lastYear       the last observed year the paths start from
 * @param rule           which county targets the paths lead to
 * @param kSource        where the counties' effectiveness k comes from
 * @param countyTargets  each county's target for each milestone, counties in code order
 * @param milestones     how the county targets add up for the city at each milestone, in order
 * @param degreeTargets  the city's 治理度 targets after the last year that the 治理度 paths follow (may be empty)
 * @param rows           every county's years (code order), then the city's
 */
public record TargetPlan(int lastYear, CountyTargetRule rule, KSource kSource,
                         List<MilestoneTarget> countyTargets,
                         List<MilestoneCheck> milestones, List<Target> degreeTargets, List<YearTarget> rows) {
    public TargetPlan {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kSource, "kSource");
        countyTargets = List.copyOf(countyTargets);
        milestones = List.copyOf(milestones);
        degreeTargets = List.copyOf(degreeTargets);
        rows = List.copyOf(rows);
    }

    /** The years of the paths, ascending. */
    public List<Integer> years() {
        return rows.stream().map(YearTarget::year).distinct().sorted().toList();
    }

    public List<YearTarget> cityRows() {
        return rows.stream().filter(YearTarget::isCity).toList();
    }

    /** Whether any county target was derived rather than taken from targets.csv. */
    public boolean anyDerived() {
        return countyTargets.stream().anyMatch(t -> t.source() == TargetSource.DERIVED);
    }
}

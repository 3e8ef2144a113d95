package org.swcplan.model.gap;

import java.util.List;
import org.swcplan.model.Keyed;

/**
 * The new treatment a unit needs a year, from the year after the last observation to a milestone,
 * reconciled over its two targets: the 水土保持率 (through the projection model) and the 治理度 (its
 * own historical stock). The headline is the binding need at P(reach) ≥ 0.5; the cautious one at
 * P(reach) ≥ {@value #CAUTIOUS_P} is shown beside it.
 *
 * @param additionalP80Km2PerYear  treatment beyond the BAU pace for the rate to reach the target
 *                                 with probability {@value #CAUTIOUS_P} (the city: for its own target,
 *                                 like the median need beside it)
 * @param degreeKm2PerYear         the 治理度 need: the remaining stock over the years to the 治理度
 *                                 target year, for milestones up to that year; 0 for later milestones,
 *                                 whose programme follows the earlier ones that treat the stock by then,
 *                                 and where the stock is already treated (the city: the sum of its
 *                                 counties', as no county's surplus treats another's stock)
 * @param bindingKm2PerYear        max(BAU + additional at P 0.5, 治理度 need); the city: the sum of its
 *                                 counties' binding needs, never a pooled figure
 * @param bindingP80Km2PerYear     max(BAU + additional at P {@value #CAUTIOUS_P}, 治理度 need); the city:
 *                                 the sum of its counties'
 * @param bindingCostWanPerYear    the binding need at the county's unit cost, 万元/a (the city: the sum)
 * @param bindingP80CostWanPerYear the cautious binding need at the unit cost, 万元/a
 * @param binds                    which need binds
 */
public record ReconciledNeed(double additionalP80Km2PerYear, double degreeKm2PerYear, double bindingKm2PerYear,
                             double bindingP80Km2PerYear, double bindingCostWanPerYear,
                             double bindingP80CostWanPerYear, Binding binds) {
    /** The cautious level of the need shown beside the headline (median) one. */
    public static final double CAUTIOUS_P = 0.8;

    /** A passed milestone needs nothing more. */
    public static final ReconciledNeed NONE = new ReconciledNeed(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Binding.NONE);

    /** Which need sets the binding one. */
    public enum Binding implements Keyed {
        /** The 水土保持率 target (BAU plus the additional need). */
        RATE,
        /** The 治理度 target. */
        TREATMENT_DEGREE,
        /** The city: the sum of its counties' binding needs. */
        COUNTIES,
        /** A passed milestone. */
        NONE;
    }

    /**
     * A county's reconciled need.
     *
     * @param bauKm2PerYear     its business-as-usual pace
     * @param additionalP50     treatment beyond it for the median to reach the target
     * @param additionalP80     … for the rate to reach it with probability {@value #CAUTIOUS_P}
     * @param degreeKm2PerYear  its 治理度 need
     * @param unitCostWanPerKm2 its cost of treatment
     */
    public static ReconciledNeed ofCounty(double bauKm2PerYear, double additionalP50, double additionalP80,
                                          double degreeKm2PerYear, double unitCostWanPerKm2) {
        double rate = bauKm2PerYear + additionalP50;
        double binding = Math.max(rate, degreeKm2PerYear);
        double cautious = Math.max(bauKm2PerYear + additionalP80, degreeKm2PerYear);
        return new ReconciledNeed(additionalP80, degreeKm2PerYear, binding, cautious, binding * unitCostWanPerKm2,
                cautious * unitCostWanPerKm2, rate >= degreeKm2PerYear ? Binding.RATE : Binding.TREATMENT_DEGREE);
    }

    /** The city's: the sums of its counties' 治理度 and binding needs and costs. */
    public static ReconciledNeed ofCity(List<ReconciledNeed> counties, double additionalP80) {
        return new ReconciledNeed(additionalP80,
                counties.stream().mapToDouble(ReconciledNeed::degreeKm2PerYear).sum(),
                counties.stream().mapToDouble(ReconciledNeed::bindingKm2PerYear).sum(),
                counties.stream().mapToDouble(ReconciledNeed::bindingP80Km2PerYear).sum(),
                counties.stream().mapToDouble(ReconciledNeed::bindingCostWanPerYear).sum(),
                counties.stream().mapToDouble(ReconciledNeed::bindingP80CostWanPerYear).sum(), Binding.COUNTIES);
    }
}

package org.swcplan.model.projection;

/**
 * The new treatment a unit needs beyond its business-as-usual pace, km²/a, every year to the
 * milestone, for its rate to reach the target with a given probability (0.5: the median reaches
 * it); 0 where the forecast already does.
 *
 * @param km2PerYear      with k drawn per path, as every projection does
 * @param atHighKKm2PerYear the need if k is at its 90th percentile (the low end of the need)
 * @param atLowKKm2PerYear  the need if k is at its 10th percentile (the high end of the need)
 * @param kP10            k's 10th percentile
 * @param kP90            k's 90th percentile
 * @param years           the years of treatment counted: last observed + 1 to the milestone
 * @param probability     the chance of reaching the target the need is solved for
 */
public record AdditionalNeed(double km2PerYear, double atHighKKm2PerYear, double atLowKKm2PerYear, double kP10,
                             double kP90, int years, double probability) {
    /** The headline level: the median reaches the target. */
    public static final double MEDIAN = 0.5;
}

package org.swcplan.model.params;

import java.util.Objects;
import org.swcplan.model.Checks;
import org.swcplan.model.Keyed;
import org.swcplan.model.region.CountyCode;

/**
 * Per-county planning parameters.
 *
 * @param effectivenessK         km² of monitored erosion removed per km² of new treatment (0.3–0.5
 *                               in national and Yellow River figures): the mean of its prior
 * @param effectivenessKSd       the spread (standard deviation) of that prior
 * @param unitCostWanPerKm2      cost of new treatment, 万元/km²
 * @param capacityKm2PerYear     the most new treatment the county can carry out in a year, km²/a
 * @param maxRatePct             the highest 水土保持率 treatment can bring the county to (its threshold,
 *                               水土保持率阈值): the rest of its land keeps eroding however it is treated
 */
public record CountyParameters(CountyCode county, double effectivenessK, double effectivenessKSd,
                               double unitCostWanPerKm2, double capacityKm2PerYear, double maxRatePct) {
    /** Default effectiveness where a county has none: national and Yellow River figures give 0.3–0.5. */
    public static final double DEFAULT_K = 0.4;
    /** Default spread of k: the national and Yellow River range 0.3–0.5 read as mean ± 1 sd. */
    public static final double DEFAULT_K_SD = 0.1;
    /** Default unit cost: comprehensive small-watershed treatment costs 25–50 万元/km² (domain.md §6.2). */
    public static final double DEFAULT_UNIT_COST_WAN_PER_KM2 = 45;
    /** Default capacity when none is given, km²/a. */
    public static final double DEFAULT_CAPACITY_KM2_PER_YEAR = 30;
    /**
     * Default ceiling of the rate: 5 % of a county's land is taken to keep eroding whatever is
     * done (gully walls and heads, slopes too steep to terrace or close, river banks). The MWR's
     * threshold (阈值) method sets a region's highest reachable rate by leaving out such permanent
     * erosion (永久水土流失面积) from what can be reduced (domain.md §1.1); no county value for
     * Yuncheng was found, so the default only keeps a plan from sending a county to 100 %.
     */
    public static final double DEFAULT_MAX_RATE_PCT = 95;

    public CountyParameters {
        Objects.requireNonNull(county, "county");
        Checks.within("effectiveness_k", effectivenessK, 0.01, 1);
        Checks.within("effectiveness_k_sd", effectivenessKSd, 0, 1);
        Checks.nonNegative("unit_cost_wan_per_km2", unitCostWanPerKm2);
        Checks.nonNegative("capacity_km2_per_year", capacityKm2PerYear);
        Checks.within("max_rate_pct", maxRatePct, 0, 100);
    }

    /** Parameters with the rate ceiling at its default. */
    public CountyParameters(CountyCode county, double effectivenessK, double effectivenessKSd,
                            double unitCostWanPerKm2, double capacityKm2PerYear) {
        this(county, effectivenessK, effectivenessKSd, unitCostWanPerKm2, capacityKm2PerYear, DEFAULT_MAX_RATE_PCT);
    }

    /** Parameters with k's spread and the rate ceiling at their defaults. */
    public CountyParameters(CountyCode county, double effectivenessK, double unitCostWanPerKm2,
                            double capacityKm2PerYear) {
        this(county, effectivenessK, DEFAULT_K_SD, unitCostWanPerKm2, capacityKm2PerYear);
    }

    public static CountyParameters defaults(CountyCode county) {
        return new CountyParameters(county, DEFAULT_K, DEFAULT_K_SD, DEFAULT_UNIT_COST_WAN_PER_KM2,
                DEFAULT_CAPACITY_KM2_PER_YEAR, DEFAULT_MAX_RATE_PCT);
    }

    /** The names used in {@code params.csv}. */
    public enum Name implements Keyed {
        EFFECTIVENESS_K, EFFECTIVENESS_K_SD, UNIT_COST_WAN_PER_KM2, CAPACITY_KM2_PER_YEAR, MAX_RATE_PCT
    }
}

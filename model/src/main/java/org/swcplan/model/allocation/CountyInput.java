package org.swcplan.model.allocation;

import java.util.Arrays;
import java.util.Objects;
import org.swcplan.model.forecast.interval.Quantiles;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.region.County;

/**
 * The facts of one county an allocation works from.
 *
 * @param erosionKm2      its BAU erosion in the milestone year, one per sample path
 * @param k               its effectiveness on each path (drawn per path by the projection)
 * @param designK         k at the (1 − confidence) quantile: what the least-cost programme counts on
 * @param floorKm2PerYear the treatment a year the 治理度 floor asks up to the deadline; NaN for none
 * @param countyTargetPct its own target for the milestone; NaN where it has none
 */
record CountyInput(County county, double lastRatePct, double landKm2, double[] erosionKm2, double[] k, double meanK,
                   double kP10, double kP90, double designK, double bauKm2PerYear, CountyParameters parameters,
                   double floorKm2PerYear, double countyTargetPct) {
    /** Bisection steps for a county's limits: 2⁻⁶⁰ of a range of a few ten thousand km². */
    private static final int BISECTIONS = 60;

    CountyInput {
        Objects.requireNonNull(county, "county");
        if (erosionKm2.length != k.length || erosionKm2.length == 0) {
            throw new IllegalArgumentException("erosion and k need one value per path");
        }
    }

    /** A county known without uncertainty: one path, k fixed, no 治理度 floor, no own target. */
    static CountyInput certain(County county, double landKm2, double erosionKm2, CountyParameters parameters,
                               double bauKm2PerYear) {
        double k = parameters.effectivenessK();
        return new CountyInput(county, 100 * (landKm2 - erosionKm2) / landKm2, landKm2, new double[] {erosionKm2},
                new double[] {k}, k, k, k, k, bauKm2PerYear, parameters, Double.NaN, Double.NaN);
    }

    CountyInput withFloor(double floorKm2PerYear) {
        return new CountyInput(county, lastRatePct, landKm2, erosionKm2, k, meanK, kP10, kP90, designK, bauKm2PerYear,
                parameters, floorKm2PerYear, countyTargetPct);
    }

    CountyInput withTarget(double countyTargetPct) {
        return new CountyInput(county, lastRatePct, landKm2, erosionKm2, k, meanK, kP10, kP90, designK, bauKm2PerYear,
                parameters, floorKm2PerYear, countyTargetPct);
    }

    /** Annual capacity left beyond the BAU pace, km²/a. */
    double roomKm2PerYear() {
        return Math.max(0, parameters.capacityKm2PerYear() - bauKm2PerYear);
    }

    double bauMedianErosionKm2() {
        return median(erosionKm2);
    }

    /** The median over the paths of the erosion left after {@code extraKm2} of treatment beyond BAU (not clamped). */
    double medianErosionAfter(double extraKm2) {
        double[] after = new double[erosionKm2.length];
        for (int p = 0; p < after.length; p++) {
            after[p] = erosionKm2[p] - k[p] * extraKm2;
        }
        return medianInPlace(after);
    }

    /** The median rate after {@code extraKm2} of treatment beyond BAU, as a projection gives it. */
    double medianRateAfter(double extraKm2) {
        double[] rates = new double[erosionKm2.length];
        for (int p = 0; p < rates.length; p++) {
            double left = Math.max(0, Math.min(landKm2, erosionKm2[p] - k[p] * extraKm2));
            rates[p] = 100 * (landKm2 - left) / landKm2;
        }
        return median(rates);
    }

    /**
     * The most extra treatment (km² over the period) that keeps the median rate at or below
     * {@code ratePct}: 0 where business as usual is already above it.
     */
    double mostTreatmentBelowRate(double ratePct) {
        double erosion = landKm2 * (1 - ratePct / 100);
        if (medianErosionAfter(0) < erosion) {
            return 0;
        }
        double lo = 0;
        double hi = upperSearchLimit();
        for (int iteration = 0; iteration < BISECTIONS; iteration++) {
            double mid = (lo + hi) / 2;
            if (medianErosionAfter(mid) >= erosion) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The least extra treatment (km² over the period) that brings the median rate to {@code ratePct}. */
    double leastTreatmentToRate(double ratePct) {
        double erosion = landKm2 * (1 - ratePct / 100);
        if (medianErosionAfter(0) <= erosion) {
            return 0;
        }
        double lo = 0;
        double hi = upperSearchLimit();
        for (int iteration = 0; iteration < BISECTIONS; iteration++) {
            double mid = (lo + hi) / 2;
            if (medianErosionAfter(mid) <= erosion) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Enough treatment to remove every path's erosion, with room to spare. */
    private double upperSearchLimit() {
        double maxErosion = Arrays.stream(erosionKm2).max().orElseThrow();
        double minK = Arrays.stream(k).min().orElseThrow();
        return (maxErosion + landKm2) / minK + 1;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Quantiles.of(sorted, 0.5);
    }

    /**
     * The median of {@code values} (reordered in place), as {@link Quantiles#of} gives it on the
     * sorted values, by selection rather than sorting: the bisections call it thousands of times.
     */
    static double medianInPlace(double[] values) {
        int n = values.length;
        double position = 0.5 * (n - 1);
        int below = (int) Math.floor(position);
        double low = Quantiles.select(values, below);
        if (position == below) {
            return low;
        }
        double high = Double.POSITIVE_INFINITY;
        for (int i = below + 1; i < n; i++) {
            high = Math.min(high, values[i]);
        }
        return high == low ? low : low + (position - below) * (high - low);
    }

}

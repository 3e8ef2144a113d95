package org.swcplan.model.projection;

import java.util.Objects;
import org.apache.commons.math3.special.Erf;
import org.swcplan.model.Dataset;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.scenario.EffectivenessEstimate;

/**
 * A county's effectiveness k (km² of monitored erosion removed per km² of new treatment) as the
 * projection uses it: a normal belief with this mean and spread, kept within 0.05–1.
 */
public record Effectiveness(CountyCode county, double meanK, double sdK, KSource source) {
    static final double MIN_K = 0.05;
    static final double MAX_K = 1;

    public Effectiveness {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(source, "source");
        if (!(meanK > 0 && meanK <= 1) || !(sdK >= 0)) {
            throw new IllegalArgumentException("k must be within 0–1 with a spread ≥ 0, was " + meanK + " ± " + sdK);
        }
    }

    public static Effectiveness of(Dataset dataset, CountyCode county, KSource source) {
        if (source == KSource.PARAMS) {
            CountyParameters p = dataset.parameters(county);
            return new Effectiveness(county, p.effectivenessK(), p.effectivenessKSd(), source);
        }
        EffectivenessEstimate e = EffectivenessEstimate.of(dataset, county);
        return new Effectiveness(county, e.shrunk(), e.shrunkSd(), source);
    }

    /** k at the standard normal deviate z: mean + z · sd, within 0.05–1. */
    public double atDeviate(double z) {
        return Math.max(MIN_K, Math.min(MAX_K, meanK + z * sdK));
    }

    /** The p-quantile of k (0 &lt; p &lt; 1). */
    public double quantile(double p) {
        return atDeviate(Math.sqrt(2) * Erf.erfInv(2 * p - 1));
    }
}

package org.swcplan.model.forecast.interval;

import java.util.Arrays;
import org.apache.commons.math3.special.Gamma;

/**
 * Empirical Bayes moderation of a group's sample variances (Smyth 2004, "Linear models and
 * empirical Bayes methods for assessing differential expression", SAGA 3(1), §6; limma's
 * {@code squeezeVar}): each series' variance s² on d degrees of freedom is taken as drawn from a
 * scaled inverse χ² prior with d₀ degrees of freedom around s₀², estimated by the method of moments
 * on log s²; the posterior variance is (d₀ s₀² + d s²) / (d₀ + d).
 *
 * @param priorDegrees d₀: 0 where the group is too small to pool, {@link #MAX_PRIOR_DEGREES} where
 *                     the scales differ no more than sampling noise explains
 * @param priorScale   s₀, on the scale of the inputs (NaN when not pooled)
 * @param moderatedScales each series' moderated scale, √((d₀ s₀² + d s²) / (d₀ + d))
 */
record VarianceModeration(double priorDegrees, double priorScale, double[] moderatedScales) {
    /** The prior's weight is capped: a panel of similar series then shares one scale all but fully. */
    static final double MAX_PRIOR_DEGREES = 100;

    VarianceModeration {
        moderatedScales = moderatedScales.clone();
    }

    @Override
    public double[] moderatedScales() {
        return moderatedScales.clone();
    }

    /**
     * @param scales    each series' sample scale s (root mean square error)
     * @param degrees   d, the degrees of freedom of each s² (the same for all)
     * @param minSeries fewer series with a positive scale than this: no moderation
     */
    static VarianceModeration of(double[] scales, double degrees, int minSeries) {
        double[] logs = Arrays.stream(scales).filter(s -> s > 0).map(s -> Math.log(s * s)).toArray();
        if (logs.length < minSeries) {
            return new VarianceModeration(0, Double.NaN, scales);
        }
        double half = degrees / 2;
        // e = log s² − ψ(d/2) + log(d/2) has mean log s₀² − ψ(d₀/2) + log(d₀/2) and variance ψ'(d/2) + ψ'(d₀/2)
        double mean = 0;
        for (double log : logs) {
            mean += log - Gamma.digamma(half) + Math.log(half);
        }
        mean /= logs.length;
        double spread = 0;
        for (double log : logs) {
            double e = log - Gamma.digamma(half) + Math.log(half);
            spread += (e - mean) * (e - mean);
        }
        spread = spread / (logs.length - 1) - Gamma.trigamma(half);
        double d0 = spread > 0 ? Math.min(MAX_PRIOR_DEGREES, 2 * inverseTrigamma(spread)) : MAX_PRIOR_DEGREES;
        double s0Squared = Math.exp(mean + Gamma.digamma(d0 / 2) - Math.log(d0 / 2));
        double[] moderated = new double[scales.length];
        for (int s = 0; s < scales.length; s++) {
            moderated[s] = Math.sqrt((d0 * s0Squared + degrees * scales[s] * scales[s]) / (d0 + degrees));
        }
        return new VarianceModeration(d0, Math.sqrt(s0Squared), moderated);
    }

    /**
     * The x with ψ'(x) = y, by Newton's method on 1/ψ'(x), which is nearly linear in x (Smyth's
     * algorithm, limma's {@code trigammaInverse}).
     */
    static double inverseTrigamma(double y) {
        if (y > 1e7) {
            return 1 / Math.sqrt(y);
        }
        if (y < 1e-6) {
            return 1 / y;
        }
        double x = 0.5 + 1 / y;
        for (int i = 0; i < 50; i++) {
            double tri = Gamma.trigamma(x);
            double step = tri * (1 - tri / y) / tetragamma(x);
            x += step;
            if (-step / x < 1e-8) {
                break;
            }
        }
        return x;
    }

    /** ψ''(x), by the recurrence up to x ≥ 6 and the asymptotic series there. */
    private static double tetragamma(double x) {
        double sum = 0;
        while (x < 6) {
            sum -= 2 / (x * x * x);
            x++;
        }
        double x2 = 1 / (x * x);
        // ψ''(x) ~ −1/x² − 1/x³ − 1/(2x⁴) + 1/(6x⁶) − 1/(6x⁸) + 3/(10x¹⁰)
        double series = -x2 - x2 / x - x2 * x2 / 2 + x2 * x2 * x2 / 6 - x2 * x2 * x2 * x2 / 6
                + 3 * x2 * x2 * x2 * x2 * x2 / 10;
        return sum + series;
    }
}

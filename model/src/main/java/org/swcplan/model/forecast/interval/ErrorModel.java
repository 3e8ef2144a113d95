package org.swcplan.model.forecast.interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The spread of forecast errors of a group of series observed over the same years (the counties of
 * a region, or a single series), learnt from their rolling-origin errors.
 *
 * <p>The error at horizon h of series s is modelled as σ_s · g(h) · z: g(h) = h^γ, the growth of the
 * error with the horizon, is pooled over the group (regression of log mean squared error on log h,
 * each series' squared errors divided by its moderated scale; within 0.5–1.5, 1 when only one-step
 * errors exist); σ_s is the series' root mean square
 * standardised error, moderated toward the group (below); z is drawn from the standardised, centred
 * errors of one (origin, horizon) cell chosen at random, the same cell for every series, so that
 * errors of the same year stay together and sums over series inherit their correlation. A Gaussian
 * kernel (Silverman's bandwidth) smooths the few cells into a continuous distribution with the same
 * variance.
 *
 * <p>Borrowing strength across a panel: a county observed for 7 years has about four rolling
 * origins, so its own σ_s rests on about three degrees of freedom and is very noisy. Where three or
 * more series share the origins, each σ_s² is moderated by empirical Bayes (Smyth 2004, the
 * variance moderation of limma): the log sample variances of the group give a prior scale s₀² and
 * prior degrees of freedom d₀ (how much the series' true scales differ beyond sampling noise),
 * and each series' scale becomes (d₀ s₀² + d s_s²) / (d₀ + d). A series whose errors stand out
 * (a real break) keeps most of its own scale; a group of similar series shares one.
 *
 * <p>Calibration for few errors: the cells of one series overlap (errors from neighbouring origins
 * share the same years), so σ_s rests on about as many independent errors as there are origins,
 * m: d = m − 1. Each draw is therefore scaled as a Student t with d + d₀ degrees of freedom would
 * be (a shared factor √(ν / χ²_ν) per draw) and by √(1 + 1/(m + d₀)), the predictive inflation.
 *
 * <p>Beyond the longest horizon with held-out errors H, the power law is not extrapolated: the
 * error of a forecast from a short history is a part that stays (noise around the level) plus a
 * part that grows with the horizon (the error of the estimated slope), so its variance is taken
 * as a + b·h², fitted (a, b ≥ 0, weighted by cell counts) to the same pooled mean squares as γ,
 * and g(h) = H^γ · √((a + b·h²) / (a + b·H²)). The growth beyond H is thus at least flat and at
 * most linear: no trend or random-walk model has errors growing faster than the horizon, and a
 * power below 1 fitted on two or three short horizons, where the stationary part still
 * dominates, would understate the long horizons (measured on simulated short panels, see
 * docs/forecasting.md).
 *
 * <p>A history too short for any held-out error falls back on its year-to-year changes: σ_s is
 * their root mean square and z is standard normal.
 */
public final class ErrorModel {
    static final double MIN_GAMMA = 0.5;
    static final double MAX_GAMMA = 1.5;
    /** At most this many degrees of freedom in the t scaling (beyond it the t is all but normal). */
    static final int MAX_DEGREES = 60;
    /** Moderation needs at least this many series with a positive scale. */
    static final int MIN_SERIES_TO_POOL = 3;

    private final double gamma;
    /** The longest horizon with held-out errors; beyond it the variance grows as a + b·h². */
    private final int longestHorizon;
    /** a / b of the variance growth beyond the longest horizon; infinite for no growth. */
    private final double stationaryShare;
    private final double[] sigma;
    /** z[s][cell]: standardised, centred errors; no cells in the fallback. */
    private final double[][] z;
    /** Series whose errors have no spread around their mean (e.g. a single cell): drawn standard normal. */
    private final boolean[] shapeless;
    private final double bandwidth;
    /** Degrees of freedom of the t scaling; 0 for none (the fallback draws are already normal). */
    private final int degreesOfFreedom;
    private final double sampleInflation;
    private final double priorDegrees;

    private ErrorModel(double gamma, int longestHorizon, double stationaryShare, double[] sigma, double[][] z,
                       boolean[] shapeless, int origins, double priorDegrees) {
        this.gamma = gamma;
        this.longestHorizon = longestHorizon;
        this.stationaryShare = stationaryShare;
        this.sigma = sigma;
        this.z = z;
        this.shapeless = shapeless;
        this.priorDegrees = priorDegrees;
        int cells = z.length == 0 ? 0 : z[0].length;
        this.bandwidth = cells == 0 ? 0 : 1.06 * Math.pow(cells, -0.2);
        this.degreesOfFreedom = cells == 0 ? 0
                : (int) Math.min(MAX_DEGREES, Math.max(2, Math.round(origins - 1 + priorDegrees)));
        this.sampleInflation = cells == 0 ? 1 : Math.sqrt(1 + 1.0 / (origins + priorDegrees));
    }

    /**
     * @param errors            each series' rolling errors, all over the same origins
     * @param scaledHistories   each series on the error scale, for the fallback
     */
    public static ErrorModel fit(List<RollingErrors> errors, List<double[]> scaledHistories) {
        List<int[]> cells = commonCells(errors);
        if (cells.isEmpty()) {
            return fromChanges(scaledHistories);
        }
        PooledMeanSquares meanSquares = pooledMeanSquares(errors, cells);
        double gamma = powerLaw(meanSquares);
        int series = errors.size();
        double[] sigma = new double[series];
        double[][] z = new double[series][cells.size()];
        boolean[] shapeless = new boolean[series];
        for (int s = 0; s < series; s++) {
            double sumSquares = 0;
            double sum = 0;
            for (int c = 0; c < cells.size(); c++) {
                int[] cell = cells.get(c);
                double u = errors.get(s).error(cell[0], cell[1]) / Math.pow(cell[1], gamma);
                z[s][c] = u;
                sum += u;
                sumSquares += u * u;
            }
            double mean = sum / cells.size();
            double sd = Math.sqrt(Math.max(0, sumSquares / cells.size() - mean * mean));
            // the spread around the point forecast is the root mean square error, bias included;
            // the shape of the errors is taken centred and of unit variance
            sigma[s] = Math.sqrt(sumSquares / cells.size());
            shapeless[s] = !(sd > 1e-12 * sigma[s]);
            for (int c = 0; c < cells.size(); c++) {
                z[s][c] = shapeless[s] ? 0 : (z[s][c] - mean) / sd;
            }
        }
        int origins = (int) cells.stream().mapToInt(c -> c[0]).distinct().count();
        int longest = cells.stream().mapToInt(c -> c[1]).max().orElse(1);
        VarianceModeration moderation = VarianceModeration.of(sigma, Math.max(1, origins - 1), MIN_SERIES_TO_POOL);
        return new ErrorModel(gamma, longest, stationaryShare(meanSquares), moderation.moderatedScales(), z,
                shapeless, origins, moderation.priorDegrees());
    }

    public double gamma() {
        return gamma;
    }

    /** σ_s: the error scale at horizon 1. */
    public double sigma(int series) {
        return sigma[series];
    }

    public int cells() {
        return z.length == 0 ? 0 : z[0].length;
    }

    /** The prior degrees of freedom d₀ the series' scales were moderated with (0: not pooled). */
    public double priorDegrees() {
        return priorDegrees;
    }

    /** The spread at horizon h: σ_s · g(h). */
    public double scale(int series, int h) {
        if (h <= longestHorizon) {
            return sigma[series] * Math.pow(h, gamma);
        }
        if (Double.isInfinite(stationaryShare)) {
            return sigma[series] * Math.pow(longestHorizon, gamma);
        }
        double longest = longestHorizon;
        return sigma[series] * Math.pow(longestHorizon, gamma)
                * Math.sqrt((stationaryShare + (double) h * h) / (stationaryShare + longest * longest));
    }

    /** Draws one standardised error per series, jointly (the same cell for all). */
    public void draw(SplittableRandom random, double[] out) {
        if (cells() == 0) {
            for (int s = 0; s < out.length; s++) {
                out[s] = gaussian(random);
            }
            return;
        }
        int cell = random.nextInt(cells());
        double student = sampleInflation * studentScale(random, degreesOfFreedom);
        double smoothing = Math.sqrt(1 + bandwidth * bandwidth);
        for (int s = 0; s < out.length; s++) {
            double kernel = gaussian(random);
            out[s] = student * (shapeless[s] ? kernel : (z[s][cell] + bandwidth * kernel) / smoothing);
        }
    }

    /**
     * √(ν / χ²_ν), the factor that turns a standard normal into a Student t with ν degrees of
     * freedom; χ²_ν drawn exactly as a sum of ν squared normals (ν is small: origins − 1).
     */
    static double studentScale(SplittableRandom random, int nu) {
        double chiSquare = 0;
        for (int i = 0; i < nu; i++) {
            double g = gaussian(random);
            chiSquare += g * g;
        }
        return Math.sqrt(nu / chiSquare);
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Cells (origin index, horizon) where every series has an error. */
    private static List<int[]> commonCells(List<RollingErrors> errors) {
        List<int[]> cells = new ArrayList<>();
        RollingErrors first = errors.get(0);
        for (int i = 0; i < first.origins().length; i++) {
            for (int h = 1; h <= first.horizon(); h++) {
                boolean everywhere = true;
                for (RollingErrors e : errors) {
                    everywhere &= e.origins().length == first.origins().length && !Double.isNaN(e.error(i, h));
                }
                if (everywhere) {
                    cells.add(new int[] {i, h});
                }
            }
        }
        return cells;
    }

    /**
     * The pooled mean squared error at each horizon (index h; NaN where no cell), on a common
     * relative scale: the variance factors v_h of the model e ~ σ_s² · v_h. Each series' squared
     * errors are divided by its scale as the pooling estimates it, the moderated σ̃_s² (its own
     * σ_s² = mean over its cells of e² / v_h where fewer than three series are pooled), and v_h is
     * their mean at h; repeated to the fixed point. Dividing by each series' own mean square of the
     * same cells instead (as before) compresses the growth: a series' few long-horizon errors,
     * correlated with its other cells through the years and the slope they share, are a large part
     * of its own divisor. Where the panel shares one scale (large d₀) the divisors are nearly equal
     * and v_h is the ratio of the panel's summed squared errors, free of that bias; for one series
     * the divisor is common to all horizons and v_h are its mean squares up to a constant (γ and
     * the a + b·h² growth are unchanged). Series whose errors are all 0 carry no information and are
     * left out. Weighted by the number of cells at h.
     */
    private record PooledMeanSquares(double[] byHorizon, int[] cells) {
    }

    /** At most this many fixed-point steps (they stop earlier once the factors no longer change). */
    static final int MAX_POOLING_STEPS = 200;

    private static PooledMeanSquares pooledMeanSquares(List<RollingErrors> errors, List<int[]> cells) {
        int maxH = cells.stream().mapToInt(c -> c[1]).max().orElse(1);
        int origins = (int) cells.stream().mapToInt(c -> c[0]).distinct().count();
        int[] counts = new int[maxH + 1];
        double[] factors = new double[maxH + 1];
        Arrays.fill(factors, 1);
        for (int step = 0; step < MAX_POOLING_STEPS; step++) {
            double[] msRatio = new double[maxH + 1];
            Arrays.fill(counts, 0);
            double[] scales = new double[errors.size()];
            for (int s = 0; s < errors.size(); s++) {
                RollingErrors e = errors.get(s);
                double scale = 0;
                for (int[] cell : cells) {
                    double err = e.error(cell[0], cell[1]);
                    scale += err * err / factors[cell[1]];
                }
                scales[s] = Math.sqrt(scale / cells.size());
            }
            // each series' scale as the pooling estimates it (its own where nothing is pooled)
            double[] divisors = VarianceModeration.of(scales, Math.max(1, origins - 1), MIN_SERIES_TO_POOL)
                    .moderatedScales();
            for (int s = 0; s < errors.size(); s++) {
                RollingErrors e = errors.get(s);
                if (scales[s] == 0) {
                    continue;
                }
                double scale = divisors[s] * divisors[s];
                for (int[] cell : cells) {
                    double err = e.error(cell[0], cell[1]);
                    msRatio[cell[1]] += err * err / scale;
                    counts[cell[1]]++;
                }
            }
            double[] next = new double[maxH + 1];
            double weighted = 0;
            int total = 0;
            for (int h = 1; h <= maxH; h++) {
                boolean any = counts[h] > 0 && msRatio[h] > 0;
                next[h] = any ? msRatio[h] / counts[h] : Double.NaN;
                counts[h] = any ? counts[h] : 0;
                if (any) {
                    weighted += counts[h] * next[h];
                    total += counts[h];
                }
            }
            if (total == 0) {
                return new PooledMeanSquares(next, counts);
            }
            double change = 0;
            for (int h = 1; h <= maxH; h++) {
                // the factors' common scale is arbitrary: keep their weighted mean at 1
                next[h] = counts[h] > 0 ? next[h] * total / weighted : 1;
                change = Math.max(change, Math.abs(next[h] / factors[h] - 1));
            }
            factors = next;
            if (change < 1e-12) {
                break;
            }
        }
        double[] meanSquares = new double[maxH + 1];
        for (int h = 1; h <= maxH; h++) {
            meanSquares[h] = counts[h] > 0 ? factors[h] : Double.NaN;
        }
        return new PooledMeanSquares(meanSquares, counts);
    }

    /**
     * γ: 0.5 · log of the pooled mean squares regressed on log h with an intercept. The intercept
     * absorbs the scale of the normalisation, so its sampling noise does not bias γ. 1 with fewer
     * than two horizons; kept within {@link #MIN_GAMMA}–{@link #MAX_GAMMA}.
     */
    private static double powerLaw(PooledMeanSquares pooled) {
        double[] x = new double[pooled.cells().length];
        double[] y = new double[x.length];
        for (int h = 1; h < x.length; h++) {
            x[h] = Math.log(h);
            y[h] = pooled.cells()[h] > 0 ? 0.5 * Math.log(pooled.byHorizon()[h]) : 0;
        }
        if (Arrays.stream(pooled.cells()).filter(c -> c > 0).count() < 2) {
            return 1;
        }
        double slope = slope(x, y, pooled.cells());
        return Math.max(MIN_GAMMA, Math.min(MAX_GAMMA, slope));
    }

    /**
     * a / b of the variance a + b·h² fitted to the pooled mean squares by least squares with a, b ≥ 0:
     * the ordinary fit on h², or the fit through the origin (a = 0) when its intercept comes out
     * negative. Infinite (no growth) when the slope is not positive or fewer than two horizons exist.
     */
    private static double stationaryShare(PooledMeanSquares pooled) {
        double[] x = new double[pooled.cells().length];
        double[] y = new double[x.length];
        for (int h = 1; h < x.length; h++) {
            x[h] = (double) h * h;
            y[h] = pooled.cells()[h] > 0 ? pooled.byHorizon()[h] : 0;
        }
        if (Arrays.stream(pooled.cells()).filter(c -> c > 0).count() < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double b = slope(x, y, pooled.cells());
        if (!(b > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double a = weightedMean(y, pooled.cells()) - b * weightedMean(x, pooled.cells());
        return a > 0 ? a / b : 0;
    }

    /** The weighted least-squares slope of y on x, with an intercept. */
    private static double slope(double[] x, double[] y, int[] weights) {
        double meanX = weightedMean(x, weights);
        double meanY = weightedMean(y, weights);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += weights[i] * (x[i] - meanX) * (y[i] - meanY);
            sxx += weights[i] * (x[i] - meanX) * (x[i] - meanX);
        }
        return sxy / sxx;
    }

    private static double weightedMean(double[] v, int[] weights) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < v.length; i++) {
            sum += weights[i] * v[i];
            weight += weights[i];
        }
        return sum / weight;
    }

    private static ErrorModel fromChanges(List<double[]> scaledHistories) {
        double[] sigma = new double[scaledHistories.size()];
        for (int s = 0; s < sigma.length; s++) {
            double[] y = scaledHistories.get(s);
            double sumSquares = 0;
            for (int t = 1; t < y.length; t++) {
                sumSquares += (y[t] - y[t - 1]) * (y[t] - y[t - 1]);
            }
            sigma[s] = y.length > 1 ? Math.sqrt(sumSquares / (y.length - 1)) : 0;
        }
        return new ErrorModel(1, Integer.MAX_VALUE, Double.POSITIVE_INFINITY, sigma, new double[0][], new boolean[sigma.length], 0, 0);
    }
}

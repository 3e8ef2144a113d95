/*
 * Interval calibration on simulated short county panels: how often the nominal 80 % and 95 %
 * intervals of GroupForecaster contain the values that follow, when a whole panel of counties
 * has only 7 years observed. Prints figures; it is not a test and the build does not run it.
 *
 * Usage (any swc jar, e.g. cli/target/swc.jar, on the class path):
 *   java -cp JAR bench/PanelCalibration.java [--panels 400] [--paths 1000] [--seed 20240118]
 *                                            [--method auto] [--noise 1]
 *
 * Data-generating process, on the logit of a county's erosion share (the scale the outlook
 * forecasts on). Each panel is 13 series observed over the same 7 years (t = 0..6) and followed
 * for 11 more (t = 7..17, horizons 1..11):
 *
 *   y_s,t = a_s + b_s·t + u_s,t + λ_s·c_t + step_s,t
 *
 *   a_s    level: logit of a share drawn uniformly from 0.05–0.40 (erosion shares of counties).
 *   b_s    trend per year, uniform −0.08..+0.01: most counties slowly lose eroded land to
 *          treatment (−0.06 a year is about −1 pp of share at a share of 0.2), a few stand still.
 *   u_s,t  the county's own noise, AR(1) with φ_s uniform 0.3–0.9 (0.9 is close to a random walk)
 *          and innovation sd σ_s = 0.015 · 3^U, U uniform 0–1, so σ_s spans 0.015–0.045 (a factor
 *          of 3 between the quietest and the noisiest county; 0.03 on the logit is about 3 % of
 *          the share). Started from its stationary distribution.
 *   c_t    a shock common to every county of the panel in the same year (weather, a monitoring
 *          campaign), AR(1) with φ = 0.5 and innovation sd 0.015, loaded by λ_s uniform 0.5–1.5.
 *   step   breaks: in each panel 1 or 2 counties (equally likely) take a one-off level step of
 *          k·σ_s, k uniform 3–6, random sign, from a year t_b uniform on 1..17, so that a break
 *          falls in the history (t_b ≤ 6) or in the future (t_b ≥ 7) — a resurvey or a
 *          re-delineation of the county's monitored area.
 *
 * --noise F multiplies every sd above (σ_s, the common shock, and so the steps) by F, leaving the
 * trends alone: F = 0.2 is about as smooth as the bundled illustrative dataset, whose counties
 * scatter by 0.002–0.009 (sd) on the logit around a straight trend (its two breaks, though, are
 * steps of about 0.09 and 0.17, some 15–35 of those sd).
 *
 * The process was chosen for plausibility, not tuned to favour any method. Panel i is generated
 * from seed + i and forecast with seed + i + 1_000_003, so the figures do not depend on the
 * number of threads. GroupForecaster runs as the county outlook runs it: level errors on the
 * logit, at least 3 years per rolling origin, at most 10 origins.
 *
 * Reported per horizon, over all series of all panels: the coverage of the nominal 80 % and 95 %
 * intervals (sample-path quantiles 0.10–0.90 and 0.025–0.975), their mean widths (logit units) and
 * the root mean square error of the point forecast (a calibrated normal 95 % interval would be
 * about 3.9 times it wide); the same for the series without a break and for the broken ones.
 */

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.forecast.interval.ErrorScale;
import org.swcplan.model.forecast.interval.GroupForecaster;
import org.swcplan.model.forecast.interval.SamplePaths;

public class PanelCalibration {
    static final int SERIES = 13;
    static final int HISTORY = 7;
    static final int HORIZON = 11;
    static final int MIN_TRAIN = 3;
    static final int MAX_ORIGINS = 10;

    /** Kinds of series the figures are split by. */
    enum Kind { SMOOTH, BREAK_IN_HISTORY, BREAK_IN_FUTURE }

    record Panel(double[][] values, Kind[] kinds) {
    }

    /** Sums per horizon (index h − 1) for one group of series. */
    static final class Tally {
        final long[] n = new long[HORIZON];
        final long[] in80 = new long[HORIZON];
        final long[] in95 = new long[HORIZON];
        final double[] width80 = new double[HORIZON];
        final double[] width95 = new double[HORIZON];
        final double[] squaredError = new double[HORIZON];

        void add(int h, double actual, double point, double[] sorted) {
            double lo80 = quantile(sorted, 0.10);
            double hi80 = quantile(sorted, 0.90);
            double lo95 = quantile(sorted, 0.025);
            double hi95 = quantile(sorted, 0.975);
            n[h - 1]++;
            in80[h - 1] += actual >= lo80 && actual <= hi80 ? 1 : 0;
            in95[h - 1] += actual >= lo95 && actual <= hi95 ? 1 : 0;
            width80[h - 1] += hi80 - lo80;
            width95[h - 1] += hi95 - lo95;
            squaredError[h - 1] += (actual - point) * (actual - point);
        }

        Tally plus(Tally other) {
            Tally sum = new Tally();
            for (int i = 0; i < HORIZON; i++) {
                sum.n[i] = n[i] + other.n[i];
                sum.in80[i] = in80[i] + other.in80[i];
                sum.in95[i] = in95[i] + other.in95[i];
                sum.width80[i] = width80[i] + other.width80[i];
                sum.width95[i] = width95[i] + other.width95[i];
                sum.squaredError[i] = squaredError[i] + other.squaredError[i];
            }
            return sum;
        }
    }

    public static void main(String[] args) {
        int panels = 400;
        int paths = 1000;
        long seed = 20240118L;
        String methodId = ForecastMethods.AUTO;
        double noise = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--panels" -> panels = Integer.parseInt(args[++i]);
                case "--paths" -> paths = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--method" -> methodId = args[++i];
                case "--noise" -> noise = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println("usage: java -cp JAR bench/PanelCalibration.java [--panels N] [--paths N]"
                            + " [--seed S] [--method ID] [--noise F]");
                    System.exit(2);
                }
            }
        }
        ForecastMethod method = ForecastMethods.byId(methodId);
        long start = System.nanoTime();
        long base = seed;
        int pathCount = paths;
        double noiseFactor = noise;
        Tally[][] perPanel = new Tally[panels][];
        IntStream.range(0, panels).parallel().forEach(i -> perPanel[i] = score(generate(base + i, noiseFactor), method,
                pathCount, base + i + 1_000_003L));
        double seconds = (System.nanoTime() - start) / 1e9;

        Tally[] total = {new Tally(), new Tally(), new Tally()};
        for (Tally[] t : perPanel) {
            for (int k = 0; k < total.length; k++) {
                total[k] = total[k].plus(t[k]);
            }
        }
        Tally smooth = total[Kind.SMOOTH.ordinal()];
        Tally broken = total[Kind.BREAK_IN_HISTORY.ordinal()].plus(total[Kind.BREAK_IN_FUTURE.ordinal()]);
        Tally all = smooth.plus(broken);

        System.out.printf(Locale.ROOT, "Simulated short panels: %d panels x %d series, %d years observed, h = 1..%d,"
                + " method %s, %d paths, seed %d, noise x %s%n", panels, SERIES, HISTORY, HORIZON, methodId, paths, seed,
                noise);
        System.out.println("classes from " + GroupForecaster.class.getProtectionDomain().getCodeSource().getLocation());
        print("all series", all);
        print("series without a break", smooth);
        print("series with a break (history or future)", broken);
        System.out.println();
        System.out.println("overall (h = 1.." + HORIZON + ")        series    cover80  cover95  width80  width95   rmse");
        overall("all", all);
        overall("without a break", smooth);
        overall("with a break", broken);
        overall("  break in history", total[Kind.BREAK_IN_HISTORY.ordinal()]);
        overall("  break in future", total[Kind.BREAK_IN_FUTURE.ordinal()]);
        System.out.flush();
        System.err.printf(Locale.ROOT, "(forecasting took %.1f s)%n", seconds);
    }

    static Panel generate(long seed, double noise) {
        SplittableRandom random = new SplittableRandom(seed);
        int years = HISTORY + HORIZON;
        double[] common = ar1(random, years, 0.5, 0.015 * noise);
        int breaks = 1 + random.nextInt(2);
        Kind[] kinds = new Kind[SERIES];
        java.util.Arrays.fill(kinds, Kind.SMOOTH);
        int[] breakYear = new int[SERIES];
        for (int b = 0; b < breaks; b++) {
            int s;
            do {
                s = random.nextInt(SERIES);
            } while (breakYear[s] != 0);
            breakYear[s] = 1 + random.nextInt(years - 1);
            kinds[s] = breakYear[s] < HISTORY ? Kind.BREAK_IN_HISTORY : Kind.BREAK_IN_FUTURE;
        }
        double[][] values = new double[SERIES][years];
        for (int s = 0; s < SERIES; s++) {
            double share = random.nextDouble(0.05, 0.40);
            double level = Math.log(share / (1 - share));
            double trend = random.nextDouble(-0.08, 0.01);
            double sigma = 0.015 * Math.pow(3, random.nextDouble()) * noise;
            double[] own = ar1(random, years, random.nextDouble(0.3, 0.9), sigma);
            double loading = random.nextDouble(0.5, 1.5);
            double step = 0;
            if (breakYear[s] != 0) {
                step = (random.nextBoolean() ? 1 : -1) * random.nextDouble(3, 6) * sigma;
            }
            for (int t = 0; t < years; t++) {
                values[s][t] = level + trend * t + own[t] + loading * common[t]
                        + (breakYear[s] != 0 && t >= breakYear[s] ? step : 0);
            }
        }
        return new Panel(values, kinds);
    }

    /** A stationary AR(1) path: u_0 ~ N(0, σ² / (1 − φ²)), u_t = φ·u_(t−1) + N(0, σ²). */
    static double[] ar1(SplittableRandom random, int length, double phi, double sigma) {
        double[] u = new double[length];
        u[0] = random.nextGaussian() * sigma / Math.sqrt(1 - phi * phi);
        for (int t = 1; t < length; t++) {
            u[t] = phi * u[t - 1] + random.nextGaussian() * sigma;
        }
        return u;
    }

    /** One tally per {@link Kind}. */
    static Tally[] score(Panel panel, ForecastMethod method, int paths, long seed) {
        List<double[]> histories = new ArrayList<>();
        for (double[] y : panel.values()) {
            histories.add(java.util.Arrays.copyOf(y, HISTORY));
        }
        GroupForecaster.Result result = GroupForecaster.forecast(histories, method, ErrorScale.LEVEL,
                new GroupForecaster.Settings(HORIZON, paths, seed, MIN_TRAIN, MAX_ORIGINS));
        Tally[] tallies = {new Tally(), new Tally(), new Tally()};
        List<double[]> points = result.points();
        for (int s = 0; s < SERIES; s++) {
            SamplePaths p = result.paths().get(s);
            for (int h = 1; h <= HORIZON; h++) {
                tallies[panel.kinds()[s].ordinal()].add(h, panel.values()[s][HISTORY + h - 1], points.get(s)[h - 1],
                        p.sortedAt(h));
            }
        }
        return tallies;
    }

    /** R's type-7 quantile of sorted values, as SamplePaths.quantile. */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    static void print(String title, Tally t) {
        System.out.println();
        System.out.println("== " + title);
        System.out.println("  h   series  cover80  cover95  width80  width95   rmse");
        for (int i = 0; i < HORIZON; i++) {
            long n = t.n[i];
            System.out.printf(Locale.ROOT, "%3d %8d %8.3f %8.3f %8.3f %8.3f %6.3f%n", i + 1, n, (double) t.in80[i] / n,
                    (double) t.in95[i] / n, t.width80[i] / n, t.width95[i] / n, Math.sqrt(t.squaredError[i] / n));
        }
    }

    static void overall(String title, Tally t) {
        long n = 0;
        long in80 = 0;
        long in95 = 0;
        double w80 = 0;
        double w95 = 0;
        double se = 0;
        for (int i = 0; i < HORIZON; i++) {
            n += t.n[i];
            in80 += t.in80[i];
            in95 += t.in95[i];
            w80 += t.width80[i];
            w95 += t.width95[i];
            se += t.squaredError[i];
        }
        System.out.printf(Locale.ROOT, "%-28s %7d %9.3f %8.3f %8.3f %8.3f %6.3f%n", title, n / HORIZON,
                (double) in80 / n, (double) in95 / n, w80 / n, w95 / n, Math.sqrt(se / n));
    }
}

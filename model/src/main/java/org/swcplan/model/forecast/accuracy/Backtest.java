package org.swcplan.model.forecast.accuracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.TimeSeries;
import org.swcplan.model.forecast.interval.ErrorScale;
import org.swcplan.model.forecast.interval.GroupForecaster;
import org.swcplan.model.forecast.interval.Quantiles;
import org.swcplan.model.forecast.interval.SamplePaths;
import org.swcplan.model.forecast.method.NaiveMethod;

/**
 * Held-out accuracy of forecasting methods on a collection of series (M-competition style): the
 * last values of each series are hidden, forecast from the rest, and scored by sMAPE, MASE, OWA,
 * the coverage of the 80 % and 95 % intervals and their widths scaled as MASE. Series run in
 * parallel; each has its own seed, so results do not depend on the number of threads.
 */
public final class Backtest {
    /** The shortest history an interval's rolling origin fits. */
    static final int MIN_TRAIN = 3;
    /** Rolling origins per series for the intervals (the latest ones). */
    static final int MAX_ORIGINS = 10;

    private Backtest() {
    }

    /**
     * One series' result for one method; width80 and width95 are the interval widths summed over
     * the horizons and divided by the naive scale, NaN when that scale is 0 or there are no intervals.
     */
    private record Row(double smape, double mase, int covered80, int covered95, int points, double width80,
                       double width95) {
    }

    /**
     * @param tick called once per series done (for progress), from any thread
     * @return one score per method, in the order given; OWA relative to the naive method
     */
    public static List<MethodScore> run(List<TimeSeries> series, List<ForecastMethod> methods,
                                        BacktestSettings settings, Runnable tick) {
        List<ForecastMethod> withNaive = new ArrayList<>(methods);
        boolean naiveAdded = methods.stream().noneMatch(m -> m instanceof NaiveMethod);
        if (naiveAdded) {
            withNaive.add(new NaiveMethod());
        }
        List<TimeSeries> usable = series.stream()
                .filter(s -> s.length() >= settings.horizon() + settings.originShift() + 2).toList();
        Row[][] rows = new Row[usable.size()][];
        IntStream.range(0, usable.size()).parallel().forEach(i -> {
            rows[i] = evaluate(usable.get(i), withNaive, settings, settings.seed() + i);
            tick.run();
        });
        List<MethodScore> scores = summarise(withNaive, rows);
        return naiveAdded ? scores.subList(0, methods.size()) : scores;
    }

    /**
     * Scores forecasts made elsewhere (e.g. the original M3 submissions) against the held-out
     * values of {@code series}: forecasts[method][series id] = values for horizons 1..H.
     * Series a method has no forecast for, or fewer than H horizons, are left out of its average.
     */
    public static List<MethodScore> scoreSubmitted(List<TimeSeries> series, Map<String, Map<String, double[]>> forecasts,
                                                   int horizon, String naiveMethod) {
        if (horizon < 1) {
            throw new IllegalArgumentException("the horizon must be at least 1, was " + horizon);
        }
        Map<String, MethodScore> unscaled = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, double[]>> method : forecasts.entrySet()) {
            List<Row> rows = new ArrayList<>();
            for (TimeSeries s : series) {
                double[] f = method.getValue().get(s.id());
                if (f == null || f.length < horizon || s.length() <= horizon) {
                    continue;
                }
                int n = s.length() - horizon;
                double[] actual = s.slice(n, n + horizon);
                double[] truncated = Arrays.copyOf(f, horizon);
                rows.add(new Row(Accuracy.smape(actual, truncated), Accuracy.mase(s.head(n), actual, truncated), 0, 0, 0,
                        Double.NaN, Double.NaN));
            }
            unscaled.put(method.getKey(), average(method.getKey(), rows, Double.NaN, Double.NaN));
        }
        MethodScore naive = unscaled.get(naiveMethod);
        return unscaled.values().stream().map(m -> withOwa(m, naive)).toList();
    }

    private static Row[] evaluate(TimeSeries series, List<ForecastMethod> methods, BacktestSettings settings, long seed) {
        int end = series.length() - settings.originShift();
        int n = end - settings.horizon();
        double[] insample = series.head(n);
        double[] train = settings.trainLength() > 0 && settings.trainLength() < n
                ? series.slice(n - settings.trainLength(), n) : insample;
        double[] actual = series.slice(n, end);
        Row[] rows = new Row[methods.size()];
        GroupForecaster.Settings intervals = new GroupForecaster.Settings(settings.horizon(), settings.paths(), seed,
                MIN_TRAIN, MAX_ORIGINS);
        for (int m = 0; m < methods.size(); m++) {
            GroupForecaster.Result result = GroupForecaster.forecast(List.of(train), methods.get(m),
                    ErrorScale.forSeries(train), intervals);
            double[] point = result.points().get(0);
            SamplePaths paths = result.paths().get(0);
            int in80 = 0;
            int in95 = 0;
            double width80 = 0;
            double width95 = 0;
            for (int h = 1; h <= settings.horizon(); h++) {
                double[] sorted = paths.sortedAt(h);
                double y = actual[h - 1];
                in80 += inside(y, sorted, 0.10, 0.90) ? 1 : 0;
                in95 += inside(y, sorted, 0.025, 0.975) ? 1 : 0;
                width80 += Quantiles.of(sorted, 0.90) - Quantiles.of(sorted, 0.10);
                width95 += Quantiles.of(sorted, 0.975) - Quantiles.of(sorted, 0.025);
            }
            double scale = Accuracy.naiveScale(insample);
            rows[m] = new Row(Accuracy.smape(actual, point), Accuracy.mase(insample, actual, point), in80, in95,
                    settings.horizon(), scale > 0 ? width80 / scale : Double.NaN,
                    scale > 0 ? width95 / scale : Double.NaN);
        }
        return rows;
    }

    private static boolean inside(double y, double[] sorted, double lo, double hi) {
        return y >= Quantiles.of(sorted, lo)
                && y <= Quantiles.of(sorted, hi);
    }

    private static List<MethodScore> summarise(List<ForecastMethod> methods, Row[][] rows) {
        List<MethodScore> unscaled = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            List<Row> forMethod = new ArrayList<>();
            for (Row[] seriesRows : rows) {
                forMethod.add(seriesRows[m]);
            }
            int points = forMethod.stream().mapToInt(Row::points).sum();
            double c80 = points == 0 ? Double.NaN : (double) forMethod.stream().mapToInt(Row::covered80).sum() / points;
            double c95 = points == 0 ? Double.NaN : (double) forMethod.stream().mapToInt(Row::covered95).sum() / points;
            unscaled.add(average(methods.get(m).id(), forMethod, c80, c95));
        }
        MethodScore naive = unscaled.get(unscaled.size() - 1);
        for (int m = 0; m < methods.size(); m++) {
            if (methods.get(m) instanceof NaiveMethod) {
                naive = unscaled.get(m);
            }
        }
        MethodScore reference = naive;
        return unscaled.stream().map(s -> withOwa(s, reference)).toList();
    }

    /**
     * Averages over series; a series whose MASE scale is 0 (a flat history) is left out of MASE and
     * of the scaled widths, which are averaged over series and horizons.
     */
    private static MethodScore average(String method, List<Row> rows, double coverage80, double coverage95) {
        double smape = rows.stream().mapToDouble(Row::smape).average().orElse(Double.NaN);
        double mase = rows.stream().mapToDouble(Row::mase).filter(Double::isFinite).average().orElse(Double.NaN);
        return new MethodScore(method, rows.size(), smape, mase, Double.NaN, coverage80, coverage95,
                meanWidth(rows, Row::width80), meanWidth(rows, Row::width95));
    }

    private static double meanWidth(List<Row> rows, ToDoubleFunction<Row> width) {
        double sum = 0;
        int points = 0;
        for (Row row : rows) {
            double w = width.applyAsDouble(row);
            if (Double.isFinite(w)) {
                sum += w;
                points += row.points();
            }
        }
        return points == 0 ? Double.NaN : sum / points;
    }

    private static MethodScore withOwa(MethodScore score, MethodScore naive) {
        double owa = naive == null ? Double.NaN : (score.smape() / naive.smape() + score.mase() / naive.mase()) / 2;
        return new MethodScore(score.method(), score.series(), score.smape(), score.mase(), owa, score.coverage80(),
                score.coverage95(), score.scaledWidth80(), score.scaledWidth95());
    }
}

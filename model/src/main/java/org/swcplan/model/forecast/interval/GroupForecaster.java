package org.swcplan.model.forecast.interval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.swcplan.model.forecast.ForecastMethod;

/**
 * Probabilistic forecasts for a group of series observed over the same years: each series' point
 * forecast from the method, and sample paths around it drawn jointly from the group's
 * {@link ErrorModel}, so that a path of a sum over the group is the sum of the series' paths.
 */
public final class GroupForecaster {
    private GroupForecaster() {
    }

    /**
     * @param horizon    steps ahead
     * @param paths      sample paths per series
     * @param seed       the random seed: the same inputs and seed give the same paths
     * @param minTrain   the shortest history fitted at a rolling origin
     * @param maxOrigins at most this many rolling origins per series (the latest)
     */
    public record Settings(int horizon, int paths, long seed, int minTrain, int maxOrigins) {
        public Settings {
            if (horizon < 1 || paths < 1 || minTrain < 1 || maxOrigins < 1) {
                throw new IllegalArgumentException("horizon, paths, minTrain and maxOrigins must be >= 1");
            }
        }
    }

    /** Point forecasts and sample paths of every series, in the order given, and the error model. */
    public record Result(List<double[]> points, List<SamplePaths> paths, ErrorModel errors) {
        public Result {
            points = points.stream().map(double[]::clone).toList();
            paths = List.copyOf(paths);
        }

        @Override
        public List<double[]> points() {
            return points.stream().map(double[]::clone).toList();
        }
    }

    /**
     * @param histories the series, all of the same length (the same years)
     * @param scale     the scale on which errors are measured and added; LOG falls back to LEVEL
     *                  when the method forecasts a value ≤ 0, whose logarithm does not exist
     */
    public static Result forecast(List<double[]> histories, ForecastMethod method, ErrorScale requested,
                                  Settings settings) {
        return forecast(histories, null, method, requested, settings);
    }

    /**
     * As {@link #forecast(List, ForecastMethod, ErrorScale, Settings)}, where {@code observed[t]} false
     * marks a time at which no series was observed (its values filled in): held-out errors of that
     * time are no errors of a forecast, so the intervals leave them out.
     *
     * @param observed one flag per time of the histories; null when every time was observed
     */
    public static Result forecast(List<double[]> histories, boolean[] observed, ForecastMethod method,
                                  ErrorScale requested, Settings settings) {
        if (observed != null && histories.stream().anyMatch(y -> y.length != observed.length)) {
            throw new IllegalArgumentException("one observed flag per time is needed, " + observed.length + " given");
        }
        List<double[]> points = new ArrayList<>();
        boolean[] nonPositive = {false};
        for (double[] y : histories) {
            double[] point = method.forecast(y, settings.horizon());
            points.add(point);
            for (double v : point) {
                nonPositive[0] |= !(v > 0);
            }
        }
        List<RollingErrors> errors = rollingErrors(histories, observed, method, requested, settings, nonPositive);
        ErrorScale scale = requested;
        if (requested == ErrorScale.LOG && nonPositive[0]) {
            scale = ErrorScale.LEVEL;
            errors = rollingErrors(histories, observed, method, scale, settings, null);
        }
        List<double[]> scaled = new ArrayList<>();
        for (double[] y : histories) {
            scaled.add(toScale(y, scale));
        }
        ErrorModel model = ErrorModel.fit(errors, scaled);
        int series = histories.size();
        double[][][] values = new double[series][settings.paths()][settings.horizon()];
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] z = new double[series];
        for (int p = 0; p < settings.paths(); p++) {
            model.draw(random, z);
            for (int s = 0; s < series; s++) {
                for (int h = 1; h <= settings.horizon(); h++) {
                    double centre = scale.to(points.get(s)[h - 1]);
                    values[s][p][h - 1] = scale.from(centre + model.scale(s, h) * z[s]);
                }
            }
        }
        List<SamplePaths> paths = new ArrayList<>();
        for (double[][] v : values) {
            paths.add(new SamplePaths(v));
        }
        return new Result(points, paths, model);
    }

    private static List<RollingErrors> rollingErrors(List<double[]> histories, boolean[] observed,
                                                     ForecastMethod method, ErrorScale scale, Settings settings,
                                                     boolean[] nonPositive) {
        List<RollingErrors> errors = new ArrayList<>();
        for (double[] y : histories) {
            errors.add(RollingErrors.compute(y, observed, method, settings.horizon(), settings.minTrain(),
                    settings.maxOrigins(), scale, nonPositive));
        }
        return errors;
    }

    private static double[] toScale(double[] y, ErrorScale scale) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = scale.to(y[i]);
        }
        return out;
    }
}

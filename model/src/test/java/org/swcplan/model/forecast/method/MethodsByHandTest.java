package org.swcplan.model.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.swcplan.model.forecast.BoxCox;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.forecast.Ols;
import org.swcplan.model.forecast.method.ExponentialSmoothing.Trend;

/** Values worked out by hand, and the fallbacks every method promises. */
class MethodsByHandTest {
    @Test
    void naiveCarriesTheLastValue() {
        assertThat(new NaiveMethod().forecast(new double[] {3, 5, 4}, 2)).containsExactly(4, 4);
    }

    @Test
    void linearTrendExtendsTheLeastSquaresLine() {
        // y = 1, 3, 2, 6: slope = Σ(t − 1.5)(y − 3) / Σ(t − 1.5)² = (3 + 0 − 0.5 + 4.5) / 5 = 1.4,
        // intercept 3 − 1.4 · 1.5 = 0.9
        Ols fit = Ols.trend(new double[] {1, 3, 2, 6});
        assertThat(fit.slope()).isCloseTo(1.4, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(0.9, within(1e-12));
        assertThat(new LinearTrendMethod().forecast(new double[] {1, 3, 2, 6}, 2))
                .containsExactly(new double[] {0.9 + 1.4 * 4, 0.9 + 1.4 * 5}, within(1e-12));
    }

    @Test
    void sesWithAlphaOneOnALineIsTheLastValue() {
        // on a straight line the best simple smoothing follows the data: alpha at its bound
        ExponentialSmoothing.Fit fit = new ExponentialSmoothing(Trend.NONE).fit(new double[] {1, 2, 3, 4, 5, 6});
        assertThat(fit.alpha()).isCloseTo(0.9999, within(1e-4));
        assertThat(fit.forecast(1)[0]).isCloseTo(6, within(1e-3));
    }

    @Test
    void holtRecoversAnExactLine() {
        double[] line = {10, 12, 14, 16, 18, 20, 22};
        ExponentialSmoothing.Fit fit = new ExponentialSmoothing(Trend.LINEAR).fit(line);
        assertThat(fit.sse()).isCloseTo(0, within(1e-8));
        assertThat(fit.forecast(3)).containsExactly(new double[] {24, 26, 28}, within(1e-6));
    }

    @Test
    void combinationTakesTheMedianAtEachHorizon() {
        CombinationMethod median = new CombinationMethod("m", CombinationMethod.Rule.MEDIAN,
                List.of(fixed(1, 10), fixed(5, 2), fixed(3, 7)));
        CombinationMethod mean = new CombinationMethod("m", CombinationMethod.Rule.MEAN, List.of(fixed(1, 10), fixed(5, 2)));
        assertThat(median.forecast(new double[] {0}, 2)).containsExactly(3, 7);
        assertThat(mean.forecast(new double[] {0}, 2)).containsExactly(3, 6);
    }

    @Test
    void boxCoxInvertsItself() {
        double[] y = {1.5, 20, 300};
        for (double lambda : new double[] {0, 0.35, 1}) {
            BoxCox t = new BoxCox(lambda);
            assertThat(t.invert(t.apply(y))).containsExactly(y, within(1e-9));
        }
        assertThat(new BoxCox(0.5).invert(new double[] {-5})).containsExactly(0);
    }

    @Test
    void logisticFollowsASaturatingCurve() {
        // y = 100 / (1 + exp(−0.5 (t − 4))): the fit recovers it and forecasts approach 100
        double[] y = new double[9];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 / (1 + Math.exp(-0.5 * (t - 4)));
        }
        double[] f = new LogisticMethod().forecast(y, 3);
        for (int h = 1; h <= 3; h++) {
            assertThat(f[h - 1]).isCloseTo(100 / (1 + Math.exp(-0.5 * (8 + h - 4))), within(1e-4));
        }
    }

    @Test
    void logisticFallsBackToTheLineForAFallingSeries() {
        double[] falling = {90, 85, 82, 76, 71, 69};
        assertThat(new LogisticMethod().forecast(falling, 2)).containsExactly(new LinearTrendMethod().forecast(falling, 2));
    }

    static Stream<Object[]> methodsAndShortSeries() {
        SplittableRandom random = new SplittableRandom(7);
        return ForecastMethods.all().stream().flatMap(m -> Stream.of(new double[] {5}, new double[] {5, 5},
                        new double[] {5, 5, 5, 5, 5, 5}, new double[] {0, 0, 0}, new double[] {-3, 2, -1, 4},
                        random.doubles(7, 1, 2).toArray())
                .map(y -> new Object[] {m.id(), y}));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("methodsAndShortSeries")
    void everyMethodForecastsShortFlatAndSignedSeriesWithoutThrowing(String id, double[] y) {
        double[] f = ForecastMethods.byId(id).forecast(y, 5);
        assertThat(f).hasSize(5);
        assertThat(java.util.Arrays.stream(f).allMatch(Double::isFinite)).as(java.util.Arrays.toString(f)).isTrue();
    }

    static Stream<Long> seeds() {
        return LongStream.range(1, 11).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void autoLiesWithinItsMembersAtEveryHorizon(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[8 + random.nextInt(20)];
        double level = 100;
        for (int t = 0; t < y.length; t++) {
            level *= 1 + random.nextDouble(-0.05, 0.12);
            y[t] = level;
        }
        CombinationMethod auto = (CombinationMethod) ForecastMethods.auto();
        double[] f = auto.forecast(y, 6);
        for (int h = 0; h < 6; h++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (ForecastMethod m : auto.members()) {
                lo = Math.min(lo, m.forecast(y, 6)[h]);
                hi = Math.max(hi, m.forecast(y, 6)[h]);
            }
            assertThat(f[h]).as("seed %d h %d", seed, h + 1).isBetween(lo, hi);
        }
    }

    private static ForecastMethod fixed(double... values) {
        return new ForecastMethod() {
            @Override
            public String id() {
                return "fixed";
            }

            @Override
            public double[] forecast(double[] history, int horizon) {
                return values.clone();
            }
        };
    }
}

package org.swcplan.model.forecast.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.swcplan.model.forecast.method.DriftMethod;
import org.swcplan.model.forecast.method.NaiveMethod;

class ErrorModelTest {
    @Test
    void rollingErrorsAreHeldOutErrorsAtEachOrigin() {
        double[] y = {1, 2, 4, 7, 11};
        RollingErrors e = RollingErrors.compute(y, new NaiveMethod(), 2, 3, 10, ErrorScale.LEVEL);
        assertThat(e.origins()).containsExactly(3, 4);
        // origin 3 (fitted to 1, 2, 4): forecasts 4, 4 → errors 7 − 4, 11 − 4; origin 4: 11 − 7
        assertThat(e.errors()[0]).containsExactly(3, 7);
        assertThat(e.errors()[1][0]).isEqualTo(4);
        assertThat(e.errors()[1][1]).isNaN();
    }

    @Test
    void errorGrowthWithTheHorizonIsLearnt() {
        // errors that grow linearly with the horizon: γ = 1
        double[][] errors = {{1, 2, 3}, {-2, -4, -6}, {1.5, 3, 4.5}, {-1, -2, -3}};
        RollingErrors linear = new RollingErrors(new int[] {5, 6, 7, 8}, errors);
        ErrorModel model = ErrorModel.fit(List.of(linear), List.of(new double[] {1, 2}));
        assertThat(model.gamma()).isCloseTo(1, within(1e-9));
        assertThat(model.scale(0, 3)).isCloseTo(3 * model.sigma(0), within(1e-9));
        assertThat(model.cells()).isEqualTo(12);
    }

    @Test
    void aPanelSharingOneScalePoolsTheGrowthOfItsSummedSquaredErrors() {
        // 12 series, h = 1 errors ±1 everywhere; at h = 2 ±1, except one series at ±4. The scales
        // differ no more than 3 degrees of freedom of noise explain, so the panel shares one scale
        // (d₀ at its cap) and the growth is nearly that of the summed squares: (11 + 16) / 12 = 2.25
        // at h = 2, γ = log 2.25 / log 4 = 0.585 (nearly: the odd series' moderated scale keeps 3/103
        // of its own). Dividing each series by its own mean square instead shrinks the one large
        // error by itself: 1.16, γ = 0.11, below the floor of 0.5.
        List<RollingErrors> panel = new java.util.ArrayList<>();
        for (int s = 0; s < 12; s++) {
            double x = s == 11 ? 4 : 1;
            double[][] errors = {{1, x}, {-1, -x}, {1, -x}, {-1, x}};
            panel.add(new RollingErrors(new int[] {5, 6, 7, 8}, errors));
        }
        List<double[]> histories = java.util.Collections.nCopies(12, new double[] {1, 2});
        ErrorModel model = ErrorModel.fit(panel, histories);
        assertThat(model.priorDegrees()).isEqualTo(VarianceModeration.MAX_PRIOR_DEGREES);
        assertThat(model.gamma()).isCloseTo(Math.log(2.25) / Math.log(4), within(0.035)).isGreaterThan(0.55);
    }

    @Test
    void beyondTheLongestHeldOutHorizonErrorsThatGrowLinearlyKeepGrowingLinearly() {
        // mean squares ∝ h²: a = 0, so the scale beyond h = 3 continues on the same line
        double[][] errors = {{1, 2, 3}, {-2, -4, -6}, {1.5, 3, 4.5}, {-1, -2, -3}};
        ErrorModel model = ErrorModel.fit(List.of(new RollingErrors(new int[] {5, 6, 7, 8}, errors)),
                List.of(new double[] {1, 2}));
        assertThat(model.scale(0, 11)).isCloseTo(11 * model.sigma(0), within(1e-9));
    }

    @Test
    void beyondTheLongestHeldOutHorizonAStationaryPartSlowsTheGrowthButNeverStopsIt() {
        // mean squares 1 + h² (in proportion): between flat and linear beyond h = 2
        double e1 = Math.sqrt(2);
        double e2 = Math.sqrt(5);
        double[][] errors = {{e1, e2}, {-e1, -e2}, {e1, -e2}, {-e1, e2}};
        ErrorModel model = ErrorModel.fit(List.of(new RollingErrors(new int[] {5, 6, 7, 8}, errors)),
                List.of(new double[] {1, 2}));
        double atTwo = model.scale(0, 2);
        assertThat(model.scale(0, 10) / atTwo).isCloseTo(Math.sqrt(101.0 / 5), within(1e-9));
        assertThat(model.scale(0, 10)).isLessThan(atTwo * 5).isGreaterThan(atTwo);
    }

    @Test
    void errorsThatDoNotGrowStayFlatBeyondTheLongestHeldOutHorizon() {
        double[][] errors = {{1, -1}, {-1, 1}, {1, 1}, {-1, -1}};
        ErrorModel model = ErrorModel.fit(List.of(new RollingErrors(new int[] {5, 6, 7, 8}, errors)),
                List.of(new double[] {1, 2}));
        assertThat(model.scale(0, 9)).isCloseTo(model.scale(0, 2), within(1e-12));
    }

    @Test
    void tooShortAHistoryFallsBackOnItsYearToYearChanges() {
        RollingErrors none = RollingErrors.compute(new double[] {3, 5}, new DriftMethod(), 3, 3, 10, ErrorScale.LEVEL);
        assertThat(none.isEmpty()).isTrue();
        ErrorModel model = ErrorModel.fit(List.of(none), List.of(new double[] {3, 5}));
        assertThat(model.sigma(0)).isEqualTo(2);
        assertThat(model.cells()).isZero();
    }

    @Test
    void drawsAreJointAndReproducible() {
        double[][] a = {{1, 2}, {-1, -2}, {0.5, 1}};
        double[][] b = {{2, 4}, {-2, -4}, {1, 2}};
        ErrorModel model = ErrorModel.fit(List.of(new RollingErrors(new int[] {3, 4, 5}, a),
                new RollingErrors(new int[] {3, 4, 5}, b)), List.of(new double[] {1}, new double[] {1}));
        double[] first = new double[2];
        double[] again = new double[2];
        SplittableRandom r1 = new SplittableRandom(42);
        SplittableRandom r2 = new SplittableRandom(42);
        double correlationSum = 0;
        for (int i = 0; i < 2000; i++) {
            model.draw(r1, first);
            model.draw(r2, again);
            assertThat(again).containsExactly(first);
            correlationSum += first[0] * first[1];
        }
        // both series' standardised errors are identical cell by cell: strongly correlated draws
        assertThat(correlationSum / 2000).isGreaterThan(0.4);
    }

    /** 500 sample paths of the drift forecast of {@code y} with log-scale errors, seed 1. */
    private static SamplePaths driftPaths(double[] y, int horizon) {
        return GroupForecaster.forecast(List.of(y), new DriftMethod(), ErrorScale.LOG,
                new GroupForecaster.Settings(horizon, 500, 1, 3, 10)).paths().get(0);
    }

    @Test
    void samplePathQuantilesAreOrdered() {
        double[] y = {100, 104, 103, 109, 115, 114, 121, 126, 125, 131};
        SamplePaths paths = driftPaths(y, 5);
        for (int h = 1; h <= 5; h++) {
            assertThat(paths.quantile(h, 0.025)).isLessThanOrEqualTo(paths.quantile(h, 0.1));
            assertThat(paths.quantile(h, 0.1)).isLessThanOrEqualTo(paths.quantile(h, 0.5));
            assertThat(paths.quantile(h, 0.9)).isLessThanOrEqualTo(paths.quantile(h, 0.975));
            assertThat(paths.quantile(h, 0.975) - paths.quantile(h, 0.025))
                    .isGreaterThan(h > 1 ? paths.quantile(h - 1, 0.975) - paths.quantile(h - 1, 0.025) : 0);
        }
    }

    @Test
    void quantilesInterpolateLikeRsTypeSeven() {
        // R: quantile(c(1, 2, 4, 8), c(0.1, 0.5, 0.9)) = 1.3, 3.0, 6.8
        double[] sorted = {1, 2, 4, 8};
        assertThat(Quantiles.of(sorted, 0.1)).isCloseTo(1.3, within(1e-12));
        assertThat(Quantiles.of(sorted, 0.5)).isCloseTo(3.0, within(1e-12));
        assertThat(Quantiles.of(sorted, 0.9)).isCloseTo(6.8, within(1e-12));
    }

    @Test
    void forecastsBelowZeroOfAPositiveSeriesFallBackToLevelErrors() {
        // a falling positive series: drift forecasts cross zero, whose logarithm does not exist
        double[] y = {100, 90, 78, 66, 55, 42, 30, 20, 12, 6};
        SamplePaths paths = driftPaths(y, 6);
        for (int h = 1; h <= 6; h++) {
            assertThat(paths.quantile(h, 0.975)).isFinite();
            assertThat(paths.quantile(h, 0.025)).isFinite().isGreaterThan(-200);
        }
    }

    @Test
    void aSingleCellStillGivesStudentTailsNotAShrunkenKernel() {
        // one origin, one horizon: no shape to learn; draws must have the t(2)·√2 spread, not less
        ErrorModel model = ErrorModel.fit(List.of(new RollingErrors(new int[] {3}, new double[][] {{2}})),
                List.of(new double[] {1, 2, 3}));
        SplittableRandom random = new SplittableRandom(3);
        double[] out = new double[1];
        double[] draws = new double[20000];
        for (int i = 0; i < draws.length; i++) {
            model.draw(random, out);
            draws[i] = Math.abs(out[0]);
        }
        java.util.Arrays.sort(draws);
        // |t_2| 80 % quantile is 1.886; times √(1 + 1/1) = 2.67
        assertThat(Quantiles.of(draws, 0.8)).isCloseTo(1.886 * Math.sqrt(2), within(0.15));
    }
}

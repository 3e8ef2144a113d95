package org.swcplan.model.forecast.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.forecast.TimeSeries;
import org.swcplan.model.forecast.method.DriftMethod;
import org.swcplan.model.forecast.method.NaiveMethod;

class AccuracyTest {
    @Test
    void smapeAndMaseFollowTheM4Definitions() {
        // sMAPE: 200·|100 − 110| / 210 = 9.5238…, 200·|50 − 40| / 90 = 22.222…; mean 15.873
        assertThat(Accuracy.smape(new double[] {100, 50}, new double[] {110, 40})).isCloseTo(15.8730, within(1e-4));
        // in-sample 10, 12, 11, 15: mean |change| = (2 + 1 + 4) / 3 = 7/3; MAE 10 → MASE 30/7
        assertThat(Accuracy.mase(new double[] {10, 12, 11, 15}, new double[] {100, 50}, new double[] {110, 40}))
                .isCloseTo(30.0 / 7, within(1e-12));
        assertThat(Accuracy.smape(new double[] {0}, new double[] {0})).isZero();
        assertThat(Accuracy.mase(new double[] {3, 3, 3}, new double[] {4}, new double[] {3})).isNaN();
    }

    @Test
    void submittedForecastsAreScoredAgainstTheHeldOutValues() {
        TimeSeries s = new TimeSeries("Y1", "MICRO", 1990, new double[] {10, 12, 11, 15, 100, 50});
        List<MethodScore> scores = Backtest.scoreSubmitted(List.of(s),
                Map.of("NAIVE2", Map.of("Y1", new double[] {15, 15}), "X", Map.of("Y1", new double[] {110, 40})), 2,
                "NAIVE2");
        MethodScore x = scores.stream().filter(m -> m.method().equals("X")).findFirst().orElseThrow();
        assertThat(x.smape()).isCloseTo(15.8730, within(1e-4));
        assertThat(x.mase()).isCloseTo(30.0 / 7, within(1e-12));
        MethodScore naive = scores.stream().filter(m -> m.method().equals("NAIVE2")).findFirst().orElseThrow();
        assertThat(naive.owa()).isCloseTo(1, within(1e-12));
    }

    @Test
    void submissionsShorterThanTheHorizonAreLeftOut() {
        TimeSeries s = new TimeSeries("Y1", "", 1990, new double[] {10, 12, 11, 15, 100, 50, 60});
        List<MethodScore> scores = Backtest.scoreSubmitted(List.of(s),
                Map.of("SHORT", Map.of("Y1", new double[] {15, 15})), 3, "SHORT");
        assertThat(scores.get(0).series()).isZero();
    }

    @Test
    void backtestIsDeterministicAndIndependentOfThreads() {
        List<TimeSeries> series = randomWalks(40, 25, 3);
        List<MethodScore> first = Backtest.run(series, List.of(new DriftMethod()), BacktestSettings.of(6), () -> { });
        List<MethodScore> second = Backtest.run(series, List.of(new DriftMethod()), BacktestSettings.of(6), () -> { });
        assertThat(first).isEqualTo(second);
        assertThat(first.get(0).series()).isEqualTo(40);
    }

    @Test
    void intervalsOfARandomWalkCoverAboutWhatTheyClaim() {
        // pure random walks: the naive forecast is right on average and its intervals should cover
        // near their nominal levels (the sample of 300 × 6 values gives about ±2 points of noise)
        List<MethodScore> scores = Backtest.run(randomWalks(300, 30, 11), List.of(new NaiveMethod()),
                BacktestSettings.of(6), () -> { });
        assertThat(scores.get(0).coverage80()).isBetween(0.74, 0.88);
        assertThat(scores.get(0).coverage95()).isBetween(0.90, 0.985);
    }

    @Test
    void scaledIntervalWidthsDoNotDependOnTheUnits() {
        // the width is divided by the naive scale, as MASE: the same series in units 10 times
        // smaller give the same figure; a 95 % interval is wider than an 80 % one
        List<TimeSeries> series = randomWalks(30, 20, 7);
        List<TimeSeries> rescaled = series.stream()
                .map(s -> new TimeSeries(s.id(), "", 0, Arrays.stream(s.values()).map(v -> v / 10).toArray())).toList();
        MethodScore once = Backtest.run(series, List.of(new NaiveMethod()), BacktestSettings.of(6), () -> { }).get(0);
        MethodScore tenth = Backtest.run(rescaled, List.of(new NaiveMethod()), BacktestSettings.of(6), () -> { }).get(0);
        assertThat(once.scaledWidth80()).isPositive().isCloseTo(tenth.scaledWidth80(), within(1e-9));
        assertThat(once.scaledWidth95()).isGreaterThan(once.scaledWidth80()).isCloseTo(tenth.scaledWidth95(), within(1e-9));
    }

    @Test
    void submittedForecastsHaveNoIntervalWidths() {
        TimeSeries s = new TimeSeries("Y1", "", 1990, new double[] {10, 12, 11, 15, 100, 50});
        MethodScore x = Backtest.scoreSubmitted(List.of(s), Map.of("X", Map.of("Y1", new double[] {110, 40})), 2, "X")
                .get(0);
        assertThat(x.scaledWidth80()).isNaN();
        assertThat(x.scaledWidth95()).isNaN();
    }

    @Test
    void autoBeatsNaiveOnTrendingSeries() {
        List<TimeSeries> series = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 60; i++) {
            double[] y = new double[24];
            double level = 100;
            double growth = random.nextDouble(0.01, 0.06);
            for (int t = 0; t < y.length; t++) {
                level *= 1 + growth + random.nextDouble(-0.02, 0.02);
                y[t] = level;
            }
            series.add(new TimeSeries("T" + i, "", 0, y));
        }
        MethodScore auto = Backtest.run(series, List.of(ForecastMethods.auto()), BacktestSettings.of(6), () -> { }).get(0);
        assertThat(auto.owa()).isLessThan(0.8);
    }

    private static List<TimeSeries> randomWalks(int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TimeSeries> series = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] y = new double[length];
            y[0] = 1000;
            for (int t = 1; t < length; t++) {
                y[t] = y[t - 1] + 10 * gaussian(random);
            }
            series.add(new TimeSeries("RW" + i, "", 0, y));
        }
        return series;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}

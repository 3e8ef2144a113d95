package org.swcplan.model.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TheilSenTest {
    @Test
    void aStraightLineGivesItsSlope() {
        assertThat(TheilSen.slope(new double[] {2020, 2021, 2022, 2023}, new double[] {1, 1.5, 2, 2.5}))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void oneStepAtTheStartOfTheWindowDoesNotDominateTheSlope() {
        // by hand: y = 0, 4, 5, 6, 7 at t = 0…4 (a +4 step, then +1 a year); the ten pairwise slopes are
        // 4, 5/2, 2, 7/4 | 1, 1, 1 | 1, 1 | 1, sorted 1 1 1 1 1 1 7/4 2 5/2 4: median 1
        double[] t = {0, 1, 2, 3, 4};
        double[] y = {0, 4, 5, 6, 7};
        assertThat(TheilSen.slope(t, y)).isCloseTo(1, within(1e-12));
        // least squares on the same points: Σ(t − 2)(y − 4.4) / Σ(t − 2)² = 16 / 10
        assertThat(Ols.trend(y).slope()).isCloseTo(1.6, within(1e-12));
    }

    @Test
    void anOutlierIsIgnoredWhereLeastSquaresFollowsIt() {
        // by hand: y = 0, 1, 10, 3, 4 at t = 0…4; pairwise slopes 1, 5, 1, 1 | 9, 1, 1 | −7, −3 | 1,
        // sorted −7 −3 1 1 1 1 1 1 5 9: median 1
        assertThat(TheilSen.slope(new double[] {0, 1, 2, 3, 4}, new double[] {0, 1, 10, 3, 4}))
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void unevenSpacingUsesTheActualTimes() {
        // by hand: (2018, 10), (2019, 11), (2022, 13): slopes 1, 3/4, 2/3; median 3/4
        assertThat(TheilSen.slope(new double[] {2018, 2019, 2022}, new double[] {10, 11, 13}))
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void orderOfThePointsDoesNotMatter() {
        assertThat(TheilSen.slope(new double[] {2022, 2018, 2019}, new double[] {13, 10, 11}))
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void anEvenNumberOfSlopesTakesTheMeanOfTheMiddleTwo() {
        // by hand: four points give six slopes; (0, 0), (1, 2), (3, 3), (4, 7): 2, 1, 7/4 | 1/2, 5/3 | 4,
        // sorted 1/2 1 5/3 7/4 2 4: median (5/3 + 7/4) / 2 = 41/24
        assertThat(TheilSen.slope(new double[] {0, 1, 3, 4}, new double[] {0, 2, 3, 7}))
                .isCloseTo(41.0 / 24, within(1e-12));
    }

    @Test
    void fewerThanTwoTimesGiveAFlatLine() {
        assertThat(TheilSen.slope(new double[] {2024}, new double[] {5})).isZero();
        assertThat(TheilSen.slope(new double[] {2024, 2024}, new double[] {5, 6})).isZero();
    }

    @Test
    void timesAndValuesMustPair() {
        assertThatThrownBy(() -> TheilSen.slope(new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("differ in length");
    }
}

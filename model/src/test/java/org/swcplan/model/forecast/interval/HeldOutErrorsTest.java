package org.swcplan.model.forecast.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.model.forecast.method.NaiveMethod;

class HeldOutErrorsTest {
    private static final double[] Y = {1, 2, 4, 7, 11, 16, 22};

    @Test
    void errorsWhoseTargetWasNoObservationAreLeftOut() {
        boolean[] observed = {true, true, true, true, true, false, true};
        RollingErrors all = RollingErrors.compute(Y, new NaiveMethod(), 2, 3, 10, ErrorScale.LEVEL);
        RollingErrors held = RollingErrors.compute(Y, observed, new NaiveMethod(), 2, 3, 10, ErrorScale.LEVEL, null);
        // by hand, naive forecasts: origin 3 (last 4) → 7 − 4 = 3, 11 − 4 = 7; origin 4 → 4, [16 not observed];
        // origin 5 → [16 not observed], 22 − 11 = 11; origin 6 → 22 − 16 = 6
        assertThat(all.errors()).isEqualTo(new double[][] {{3, 7}, {4, 9}, {5, 11}, {6, Double.NaN}});
        assertThat(held.errors()).isEqualTo(new double[][] {{3, 7}, {4, Double.NaN}, {Double.NaN, 11},
                {6, Double.NaN}});
    }

    @Test
    void theErrorModelLearnsOnlyFromObservedTargets() {
        boolean[] observed = {true, true, true, true, true, false, true};
        GroupForecaster.Settings settings = new GroupForecaster.Settings(2, 50, 1, 3, 10);
        int all = GroupForecaster.forecast(List.of(Y), new NaiveMethod(), ErrorScale.LEVEL, settings).errors().cells();
        int held = GroupForecaster.forecast(List.of(Y), observed, new NaiveMethod(), ErrorScale.LEVEL, settings)
                .errors().cells();
        assertThat(all).isEqualTo(7);
        assertThat(held).isEqualTo(5);
    }

    @Test
    void oneFlagPerTimeIsNeeded() {
        assertThatThrownBy(() -> GroupForecaster.forecast(List.of(Y), new boolean[3], new NaiveMethod(),
                ErrorScale.LEVEL, new GroupForecaster.Settings(1, 10, 1, 3, 10))).hasMessageContaining("observed flag");
    }
}

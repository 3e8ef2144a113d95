package org.swcplan.model.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Fixtures;

class SwcRateTest {
    @Test
    void rateIsTheNonErodingShareOfLand() {
        // 2022 national figures: 265.34 万 km² eroding of ≈ 956.5 万 km² land, published 72.26 %
        assertThat(SwcRate.percent(956.5, 265.34)).isCloseTo(72.26, within(0.01));
        assertThat(SwcRate.percent(1000, 0)).isEqualTo(100);
        assertThat(SwcRate.percent(1000, 1000)).isEqualTo(0);
    }

    @Test
    void allowedErosionInvertsTheRate() {
        // domain reference §1.5: 77.25 % of 14,182.88 km² allows 3,226.6 km² of erosion
        assertThat(SwcRate.allowedErosionKm2(14_182.88, 77.25)).isCloseTo(3_226.6, within(0.05));
        assertThat(SwcRate.percent(14_182.88, SwcRate.allowedErosionKm2(14_182.88, 83.9))).isCloseTo(83.9, within(1e-9));
    }

    @Test
    void slightClassIsNotErosionButEveryOtherClassIs() {
        ErosionByClass classes = new ErosionByClass(10, 20, 30, 40, 50);
        AnnualRecord record = new AnnualRecord(Fixtures.A, 2024, 1000, classes, 5, OptionalDouble.empty(),
                DataStatus.REPORTED, "");
        assertThat(record.erosionKm2()).isEqualTo(155);
        assertThat(record.swcRatePct()).isCloseTo(84.5, within(1e-12));
    }

    @Test
    void rejectsErosionLargerThanLand() {
        assertThatThrownBy(() -> Fixtures.record(Fixtures.A, 2024, 100, 100.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds land area");
        assertThatThrownBy(() -> SwcRate.percent(100, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeAndNotFiniteAreasNamingTheField() {
        assertThatThrownBy(() -> new ErosionByClass(1, -2, 0, 0, 0))
                .hasMessageContaining("erosion_moderate_km2").hasMessageContaining("-2");
        assertThatThrownBy(() -> new ErosionByClass(Double.NaN, 0, 0, 0, 0)).hasMessageContaining("erosion_light_km2");
        assertThatThrownBy(() -> Fixtures.record(Fixtures.A, 2024, Double.POSITIVE_INFINITY, 1))
                .hasMessageContaining("land_area_km2");
    }

    @Test
    void rejectsZeroLandArea() {
        assertThatThrownBy(() -> Fixtures.record(Fixtures.A, 2024, 0, 0)).hasMessageContaining("land_area_km2");
    }
}

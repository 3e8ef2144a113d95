package org.swcplan.model.csle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Values worked out by hand from the formulas of the national dynamic monitoring. */
class CsleTest {
    @Test
    void slopeLengthExponentStepsWithTheSlope() {
        assertThat(Csle.lengthExponent(0.5)).isEqualTo(0.2);
        assertThat(Csle.lengthExponent(1)).isEqualTo(0.2);
        assertThat(Csle.lengthExponent(1.01)).isEqualTo(0.3);
        assertThat(Csle.lengthExponent(3)).isEqualTo(0.3);
        assertThat(Csle.lengthExponent(5)).isEqualTo(0.4);
        assertThat(Csle.lengthExponent(5.01)).isEqualTo(0.5);
    }

    @Test
    void slopeLengthFactor() {
        // λ = 2 × 22.13 m on a 10° slope: (2)^0.5 = 1.414214
        assertThat(Csle.slopeLengthFactor(44.26, 10)).isCloseTo(Math.sqrt(2), within(1e-12));
        // λ = 22.13 m: 1 whatever the slope
        assertThat(Csle.slopeLengthFactor(22.13, 2)).isCloseTo(1, within(1e-12));
        // λ = 88.52 m at 2°: 4^0.3 = 1.515717
        assertThat(Csle.slopeLengthFactor(88.52, 2)).isCloseTo(1.515717, within(1e-6));
    }

    @Test
    void slopeSteepnessFactorInItsThreeRanges() {
        // 3°: 10.8 × sin 3° + 0.03 = 10.8 × 0.0523360 + 0.03 = 0.595229
        assertThat(Csle.slopeSteepnessFactor(3)).isCloseTo(0.595229, within(1e-6));
        // 7°: 16.8 × sin 7° − 0.50 = 16.8 × 0.1218693 − 0.5 = 1.547405
        assertThat(Csle.slopeSteepnessFactor(7)).isCloseTo(1.547405, within(1e-6));
        // 10°: 21.91 × sin 10° − 0.96 = 21.91 × 0.1736482 − 0.96 = 2.844632
        assertThat(Csle.slopeSteepnessFactor(10)).isCloseTo(2.844632, within(1e-6));
        // 5° is in the middle range: 16.8 × 0.0871557 − 0.5 = 0.964216
        assertThat(Csle.slopeSteepnessFactor(5)).isCloseTo(0.964216, within(1e-6));
    }

    @Test
    void soilLossIsTheProductOfTheFactorsInTonnesPerSquareKilometre() {
        // 1000 × 0.04 × 1 × 1 × 0.5 × 1 × 1 = 20 t/(hm²·a) = 2,000 t/(km²·a)
        assertThat(Csle.soilLossTPerKm2A(1000, 0.04, 1, 1, 0.5, 1, 1)).isCloseTo(2000, within(1e-9));
        // a terraced unit: E = 0.084 cuts it to 168 t/(km²·a)
        assertThat(Csle.soilLossTPerKm2A(1000, 0.04, 1, 1, 0.5, 0.084, 1)).isCloseTo(168, within(1e-9));
    }

    @Test
    void classesFollowSl190WithTheCountysTolerableLoss() {
        assertThat(ErosionTally.classOf(999.99, 1000)).isZero();
        assertThat(ErosionTally.classOf(1000, 1000)).isEqualTo(1);
        assertThat(ErosionTally.classOf(500, 200)).isEqualTo(1);
        assertThat(ErosionTally.classOf(2499.99, 1000)).isEqualTo(1);
        assertThat(ErosionTally.classOf(2500, 1000)).isEqualTo(2);
        assertThat(ErosionTally.classOf(5000, 1000)).isEqualTo(3);
        assertThat(ErosionTally.classOf(7999, 1000)).isEqualTo(3);
        assertThat(ErosionTally.classOf(8000, 1000)).isEqualTo(4);
        assertThat(ErosionTally.classOf(15000, 1000)).isEqualTo(5);
    }

    @Test
    void talliesSumByCountyAndClass() {
        ErosionTally a = new ErosionTally(2);
        a.add(0, 0, 1.5);
        a.add(0, 2, 0.5);
        ErosionTally b = new ErosionTally(2);
        b.add(0, 2, 0.25);
        b.add(1, 5, 2);
        a.addAll(b);
        assertThat(a.landKm2(0)).isEqualTo(2.25);
        assertThat(a.erosion(0).moderateKm2()).isEqualTo(0.75);
        assertThat(a.erosion(0).totalKm2()).isEqualTo(0.75);
        assertThat(a.erosion(1).severeKm2()).isEqualTo(2);
        assertThat(a.has(1)).isTrue();
    }
}

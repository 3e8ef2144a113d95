package org.swcplan.model.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.swcplan.model.Fixtures;
import org.swcplan.model.region.Scope;

class StandingAnalysisTest {
    private final Standing standing = StandingAnalysis.of(Fixtures.twoCounties(), 2024);

    @Test
    void cityRateIsAreaWeighted() {
        assertThat(standing.city().unit()).isEqualTo(Scope.CITY);
        assertThat(standing.city().areas().landAreaKm2()).isEqualTo(4000);
        assertThat(standing.city().swcRatePct()).isCloseTo(60, within(1e-12));
        double meanOfRates = standing.counties().stream().mapToDouble(UnitStanding::swcRatePct).average().orElseThrow();
        assertThat(meanOfRates).isCloseTo(70, within(1e-12));
    }

    @Test
    void changeIsAgainstThePreviousYear() {
        assertThat(standing.counties().get(0).changePp().getAsDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(standing.counties().get(1).changePp().getAsDouble()).isCloseTo(1.0, within(1e-9));
        // city 2023: (4000 − 1640) / 4000 = 59 %
        assertThat(standing.city().changePp().getAsDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(StandingAnalysis.of(Fixtures.twoCounties(), 2023).city().changePp()).isEmpty();
    }

    @Test
    void treatmentDegreeOfTheCityIsSummedLikeAreas() {
        assertThat(standing.counties().get(0).treatedCumKm2()).hasValue(320);
        assertThat(standing.counties().get(0).treatmentDegreePct().getAsDouble()).isCloseTo(80, within(1e-9));
        // (320 + 1060) / (400 + 2000) = 57.5 %
        assertThat(standing.city().treatmentDegreePct().getAsDouble()).isCloseTo(57.5, within(1e-9));
    }

    @Test
    void rowsAreTheCountiesInCodeOrderThenTheCity() {
        assertThat(standing.rows()).extracting(u -> u.unit().id()).containsExactly("140802", "140827", "CITY");
    }

    @Test
    void aYearWithoutDataForEveryCountyIsRefused() {
        assertThatThrownBy(() -> StandingAnalysis.of(Fixtures.twoCounties(), 2020))
                .hasMessageContaining("no monitoring for 2020").hasMessageContaining("2023–2024");
    }
}

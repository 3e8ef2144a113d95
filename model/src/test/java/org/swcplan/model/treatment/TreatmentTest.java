package org.swcplan.model.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Fixtures;

class TreatmentTest {
    private static final Baseline BASELINE = new Baseline(Fixtures.A, 800, 2017, 500, "test");

    @Test
    void treatmentDegreeIsCumulativeTreatedOverTheBaselineStock() {
        // 夏县 韩家岭 (domain reference §1.5): 82.99 km² treated of a 309.81 km² stock adds 26.8 %
        assertThat(TreatmentDegree.percent(82.99, 309.81)).isCloseTo(26.8, within(0.05));
        // Shanxi 2015: 5.84 of 10.84 万 km² is a 治理度 of 54 %
        assertThat(TreatmentDegree.percent(5.84, 10.84)).isCloseTo(54, within(0.5));
    }

    @Test
    void treatmentDegreeMayExceedOneHundred() {
        assertThat(TreatmentDegree.percent(900, 800)).isEqualTo(112.5);
    }

    @Test
    void cumulativeAddsNewTreatmentAfterTheBaseYear() {
        List<TreatmentRecord> records = List.of(Fixtures.treatment(Fixtures.A, 2019, 30),
                Fixtures.treatment(Fixtures.A, 2018, 20), Fixtures.treatment(Fixtures.A, 2017, 999));
        assertThat(TreatmentLedger.cumulativeKm2(BASELINE, records, 2017)).hasValue(500);
        assertThat(TreatmentLedger.cumulativeKm2(BASELINE, records, 2018)).hasValue(520);
        assertThat(TreatmentLedger.cumulativeKm2(BASELINE, records, 2024)).hasValue(550);
        assertThat(TreatmentLedger.cumulativeKm2(BASELINE, records, 2016)).isEmpty();
    }

    @Test
    void reportedCumulativeReplacesTheRunningTotalFromItsYearOn() {
        TreatmentRecord reported = new TreatmentRecord(Fixtures.A, 2019, Map.of(Measure.CLOSURE, 30.0), 0, 0,
                OptionalDouble.of(600), "ledger");
        List<TreatmentRecord> records = List.of(Fixtures.treatment(Fixtures.A, 2018, 20), reported,
                Fixtures.treatment(Fixtures.A, 2020, 10));
        assertThat(TreatmentLedger.cumulativeKm2(BASELINE, records, 2019)).hasValue(600);
        assertThat(TreatmentLedger.cumulativeKm2(BASELINE, records, 2020)).hasValue(610);
    }

    @Test
    void newTreatmentIsTheSumOverMeasures() {
        TreatmentRecord r = new TreatmentRecord(Fixtures.A, 2020,
                Map.of(Measure.TERRACE, 1.5, Measure.CLOSURE, 2.5, Measure.TILLAGE, 1.0), 2, 100, OptionalDouble.empty(), "");
        assertThat(r.newTreatedKm2()).isEqualTo(5.0);
        assertThat(r.newTreatedKm2ByMeasure()).containsEntry(Measure.GRASS, 0.0).hasSize(Measure.values().length);
    }

    @Test
    void rejectsNegativeTreatmentNamingTheMeasure() {
        assertThatThrownBy(() -> Fixtures.treatment(Fixtures.A, 2020, -1)).hasMessageContaining("treated_terrace_km2");
    }
}

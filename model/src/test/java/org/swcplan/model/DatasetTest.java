package org.swcplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.model.region.CountyCode;

class DatasetTest {
    @Test
    void latestCompleteYearNeedsEveryCounty() {
        Dataset d = new Dataset(List.of(Fixtures.county(Fixtures.A, "甲"), Fixtures.county(Fixtures.B, "乙")),
                List.of(Fixtures.record(Fixtures.A, 2023, 100, 1), Fixtures.record(Fixtures.B, 2023, 100, 1),
                        Fixtures.record(Fixtures.A, 2024, 100, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(d.latestCompleteYear()).hasValue(2023);
        assertThat(d.isComplete(2024)).isFalse();
    }

    @Test
    void rejectsDuplicateRecords() {
        assertThatThrownBy(() -> new Dataset(List.of(Fixtures.county(Fixtures.A, "甲")),
                List.of(Fixtures.record(Fixtures.A, 2023, 100, 1), Fixtures.record(Fixtures.A, 2023, 100, 2)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
                .hasMessageContaining("duplicate monitoring record 140802/2023");
    }

    @Test
    void rejectsRecordsOfUnknownCounties() {
        assertThatThrownBy(() -> new Dataset(List.of(Fixtures.county(Fixtures.A, "甲")),
                List.of(Fixtures.record(Fixtures.B, 2023, 100, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
                .hasMessageContaining("unknown county code 140827");
    }

    @Test
    void missingParametersTakeTheDocumentedDefaults() {
        assertThat(Fixtures.twoCounties().parameters(Fixtures.A).effectivenessK()).isEqualTo(0.4);
    }

    @Test
    void countyCodesAreSixDigits() {
        assertThat(CountyCode.isValid("140802")).isTrue();
        assertThat(CountyCode.isValid("14080")).isFalse();
        assertThat(CountyCode.isValid("040802")).isFalse();
        assertThatThrownBy(() -> new CountyCode("yanhu")).hasMessageContaining("six digits");
    }

    @Test
    void knowsWhenItsFiguresAreIllustrative() {
        assertThat(Fixtures.twoCounties().isIllustrative()).isFalse();
        Dataset illustrative = new Dataset(List.of(Fixtures.county(Fixtures.A, "甲")),
                List.of(new org.swcplan.model.monitoring.AnnualRecord(Fixtures.A, 2024, 10,
                        org.swcplan.model.monitoring.ErosionByClass.NONE, 0, java.util.OptionalDouble.empty(),
                        org.swcplan.model.monitoring.DataStatus.ESTIMATED, "illustrative")),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(illustrative.isIllustrative()).isTrue();
    }
}

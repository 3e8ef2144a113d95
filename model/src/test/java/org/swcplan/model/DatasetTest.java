package org.swcplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swcplan.model.region.CountyBoundary;
import org.swcplan.model.region.CountyBoundary.LonLat;
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
    void knowsWhichCountiesHaveNoOutlineAndKeepsOutlinesThroughUpTo() {
        Dataset two = Fixtures.twoCounties();
        CountyBoundary square = new CountyBoundary(Fixtures.B, List.of(new CountyBoundary.Polygon(new CountyBoundary.Ring(
                List.of(new LonLat(110, 35), new LonLat(111, 35), new LonLat(111, 36))), List.of())));
        Dataset outlined = new Dataset(two.counties(), two.monitoring(), two.treatment(), two.baselines(), two.targets(),
                two.indicators(), two.tasks(), two.parameters(), Optional.empty(), List.of(), List.of(square));
        assertThat(two.countiesWithoutBoundary()).hasSize(2);
        assertThat(outlined.countiesWithoutBoundary()).extracting(c -> c.code()).containsExactly(Fixtures.A);
        assertThat(outlined.boundary(Fixtures.B)).contains(square);
        assertThat(outlined.upTo(2023).boundaries()).containsExactly(square);
        assertThatThrownBy(() -> new Dataset(List.of(Fixtures.county(Fixtures.A, "甲")), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(square)))
                .hasMessageContaining("unknown county code 140827");
        assertThatThrownBy(() -> new LonLat(181, 35)).hasMessageContaining("lon_deg");
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

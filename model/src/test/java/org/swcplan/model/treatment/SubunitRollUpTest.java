package org.swcplan.model.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.region.Subunit;

/** A reporting sub-unit's rows roll up into its county: counted once, never twice. */
class SubunitRollUpTest {
    private static final Subunit ZONE = new Subunit("zone", "开发区", "Zone", Fixtures.A, "开发区管委会", "test");

    private static TreatmentRecord row(int year, double terrace, double investment, String subunit,
                                       OptionalDouble cumulative) {
        return new TreatmentRecord(Fixtures.A, year, Map.of(Measure.TERRACE, terrace), 1, investment, cumulative, "t",
                new Upgrading(Map.of(Measure.TERRACE, 0.5), 0, 0), subunit);
    }

    private static Dataset with(List<TreatmentRecord> treatment, List<Subunit> subunits) {
        Dataset base = Fixtures.twoCounties();
        return new Dataset(base.counties(), base.monitoring(), treatment, base.baselines(), List.of(), List.of(),
                List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), subunits);
    }

    @Test
    void theCountysYearIsItsOwnRowPlusItsSubunitsRows() {
        Dataset dataset = with(List.of(row(2024, 20, 100, "", OptionalDouble.of(330)),
                row(2024, 3, 40, "zone", OptionalDouble.empty()), row(2023, 5, 10, "zone", OptionalDouble.empty())),
                List.of(ZONE));

        List<TreatmentRecord> county = dataset.treatmentOf(Fixtures.A);
        assertThat(county).extracting(TreatmentRecord::year).containsExactly(2023, 2024);
        TreatmentRecord y2024 = county.get(1);
        assertThat(y2024.newTreatedKm2()).isCloseTo(23, within(1e-9));
        assertThat(y2024.investmentWan()).isCloseTo(140, within(1e-9));
        assertThat(y2024.checkDamsNew()).isEqualTo(2);
        assertThat(y2024.upgrading().upgradedKm2()).isCloseTo(1.0, within(1e-9));
        // the county's own row gives the county's whole cumulative area
        assertThat(y2024.reportedCumulativeKm2()).hasValue(330);
        assertThat(y2024.ofSubunit()).isFalse();
        // a year with the sub-unit's row alone is the county's year all the same
        assertThat(county.get(0).newTreatedKm2()).isCloseTo(5, within(1e-9));
        assertThat(dataset.countyTreatment()).hasSize(2);
        assertThat(dataset.treatmentOfSubunit("zone")).hasSize(2);
        assertThat(dataset.subunitRunBy("开发区管委会")).contains(ZONE);
        assertThat(dataset.subunitRunBy("市水务局")).isEmpty();
    }

    @Test
    void aSubunitRowMustNameADeclaredSubunitOfItsCountyAndCarryNoCumulativeArea() {
        assertThatThrownBy(() -> with(List.of(row(2024, 3, 40, "zone", OptionalDouble.empty())), List.of()))
                .hasMessageContaining("names sub-unit zone, which is not a sub-unit of that county");
        Subunit elsewhere = new Subunit("zone", "开发区", "Zone", Fixtures.B, "", "test");
        assertThatThrownBy(() -> with(List.of(row(2024, 3, 40, "zone", OptionalDouble.empty())), List.of(elsewhere)))
                .hasMessageContaining("not a sub-unit of that county");
        assertThatThrownBy(() -> row(2024, 3, 40, "zone", OptionalDouble.of(10)))
                .hasMessageContaining("cannot give the county's cumulative treated area");
    }
}

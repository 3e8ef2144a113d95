package org.swcplan.model.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.CountyType;
import org.swcplan.model.region.Tile;

class SupervisionFiguresTest {
    private static SupervisionFigures figures(int found, int handled, int opened, int closed, OptionalDouble area) {
        return new SupervisionFigures(10, found, handled, 120.5, 4, opened, closed, area);
    }

    @Test
    void rejectsNegativeCountsFeesAndAreas() {
        assertThatThrownBy(() -> figures(-1, 0, 0, 0, OptionalDouble.empty()))
                .hasMessageContaining("patches_found").hasMessageContaining("-1");
        assertThatThrownBy(() -> new SupervisionFigures(1, 1, 1, -2, 1, 1, 1, OptionalDouble.empty()))
                .hasMessageContaining("compensation_fee_wan");
        assertThatThrownBy(() -> figures(1, 1, 1, 1, OptionalDouble.of(-0.5)))
                .hasMessageContaining("disturbed_area_km2");
        assertThatThrownBy(() -> figures(1, 1, 1, 1, OptionalDouble.of(Double.NaN)))
                .hasMessageContaining("disturbed_area_km2");
    }

    @Test
    void ratesAreEmptyWhereNothingWasFoundOrOpened() {
        SupervisionFigures f = figures(40, 38, 0, 2, OptionalDouble.empty());
        assertThat(f.handlingRatePct()).hasValue(95.0);
        assertThat(f.closureRatePct()).isEmpty();
        assertThat(figures(0, 0, 4, 5, OptionalDouble.empty()).closureRatePct()).hasValue(125.0);
        assertThat(figures(0, 0, 4, 5, OptionalDouble.empty()).handlingRatePct()).isEmpty();
    }

    @Test
    void handlingMorePatchesThanFoundIsFlaggedNotRejected() {
        assertThat(figures(10, 12, 1, 1, OptionalDouble.empty()).handledExceedsFound()).isTrue();
        assertThat(figures(10, 10, 1, 1, OptionalDouble.empty()).handledExceedsFound()).isFalse();
    }

    @Test
    void aSumWithAnUnmeasuredAreaHasNoArea() {
        SupervisionFigures measured = figures(10, 9, 2, 2, OptionalDouble.of(3.25));
        SupervisionFigures unmeasured = figures(5, 5, 1, 0, OptionalDouble.empty());
        assertThat(SupervisionFigures.NONE.plus(measured).plus(measured).disturbedAreaKm2()).hasValue(6.5);
        SupervisionFigures sum = measured.plus(unmeasured);
        assertThat(sum.disturbedAreaKm2()).isEmpty();
        assertThat(sum.patchesFound()).isEqualTo(15);
        assertThat(sum.compensationFeeWan()).isEqualTo(241.0);
    }

    @Test
    void cityTotalsSumTheCountiesOfEachYearAndTheLargestRiseIsFound() {
        CountyCode a = new CountyCode("140802");
        CountyCode b = new CountyCode("140882");
        List<SupervisionRecord> ledger = List.of(
                new SupervisionRecord(b, 2024, figures(60, 50, 9, 8, OptionalDouble.of(25)), "x"),
                new SupervisionRecord(a, 2023, figures(30, 30, 3, 3, OptionalDouble.of(14)), "x"),
                new SupervisionRecord(a, 2024, figures(20, 18, 2, 2, OptionalDouble.of(14.5)), "x"),
                new SupervisionRecord(b, 2023, figures(50, 45, 6, 6, OptionalDouble.of(22)), "x"));
        Dataset dataset = new Dataset(List.of(county(a, "盐湖区"), county(b, "河津市")), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), java.util.Optional.empty(), List.of(), List.of(), List.of(), ledger);
        assertThat(dataset.supervision()).extracting(r -> r.county().id() + "/" + r.year())
                .containsExactly("140802/2023", "140802/2024", "140882/2023", "140882/2024");
        SupervisionLedger.Row total = SupervisionLedger.cityTotal(dataset, 2024);
        assertThat(total.isCity()).isTrue();
        assertThat(total.counties()).isEqualTo(2);
        assertThat(total.figures().patchesFound()).isEqualTo(80);
        assertThat(total.figures().disturbedAreaKm2()).hasValue(39.5);
        SupervisionLedger.Rise rise = SupervisionLedger.largestDisturbanceRise(dataset, 2024).orElseThrow();
        assertThat(rise.now().county()).isEqualTo(b);
        assertThat(rise.disturbedRiseKm2()).isEqualTo(3.0);
        assertThat(SupervisionLedger.largestDisturbanceRise(dataset, 2023)).isEmpty();
        assertThat(SupervisionLedger.withCityTotals(SupervisionLedger.counties(dataset, r -> true)))
                .extracting(r -> r.unit().id() + "/" + r.year())
                .containsExactly("140802/2023", "140882/2023", "CITY/2023", "140802/2024", "140882/2024", "CITY/2024");
    }

    @Test
    void aDatasetRejectsARepeatedCountyYearAndAnUnknownCounty() {
        CountyCode a = new CountyCode("140802");
        SupervisionRecord row = new SupervisionRecord(a, 2024, figures(1, 1, 1, 1, OptionalDouble.empty()), "");
        assertThatThrownBy(() -> new Dataset(List.of(county(a, "盐湖区")), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), java.util.Optional.empty(), List.of(), List.of(), List.of(), List.of(row, row)))
                .hasMessageContaining("duplicate supervision record 140802/2024");
        SupervisionRecord stranger = new SupervisionRecord(new CountyCode("140899"), 2024, row.figures(), "");
        assertThatThrownBy(() -> new Dataset(List.of(county(a, "盐湖区")), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), java.util.Optional.empty(), List.of(), List.of(), List.of(), List.of(stranger)))
                .hasMessageContaining("unknown county code 140899");
    }

    private static County county(CountyCode code, String name) {
        return new County(code, name, name, CountyType.COUNTY, new Tile(0, 0), 1000);
    }
}

package org.swcplan.model.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;

class ReferenceFigureTest {
    private static ReferenceFigure national(int year, ReferenceIndicator indicator, double value) {
        return new ReferenceFigure(ReferenceScope.NATIONAL, "全国", "China", year, indicator, value, "水利部");
    }

    private static Dataset with(List<ReferenceFigure> references) {
        Dataset d = Fixtures.twoCounties();
        return new Dataset(d.counties(), d.monitoring(), d.treatment(), d.baselines(), d.targets(), d.indicators(),
                d.tasks(), d.parameters(), Optional.empty(), references, List.of());
    }

    @Test
    void rejectsARateOutsideZeroToHundred() {
        assertThatThrownBy(() -> national(2024, ReferenceIndicator.SWC_RATE_PCT, 100.5))
                .hasMessageContaining("value must be within 0.0..100.0, was 100.5");
        assertThatThrownBy(() -> national(2024, ReferenceIndicator.SWC_RATE_PCT, Double.NaN))
                .hasMessageContaining("value");
    }

    @Test
    void needsASource() {
        assertThatThrownBy(() -> new ReferenceFigure(ReferenceScope.PROVINCE, "山西省", "Shanxi Province", 2024,
                ReferenceIndicator.SWC_RATE_PCT, 65.5, " ")).hasMessageContaining("source must not be empty");
    }

    @Test
    void scopesAndIndicatorsAreReadByTheirKeys() {
        assertThat(ReferenceScope.fromKey("province")).isEqualTo(ReferenceScope.PROVINCE);
        assertThat(ReferenceIndicator.fromKey("swc_rate_target_pct")).isEqualTo(ReferenceIndicator.SWC_RATE_TARGET_PCT);
        assertThatThrownBy(() -> ReferenceScope.fromKey("city"))
                .hasMessage("scope must be national or province, was city");
    }

    @Test
    void aFigureWorkedOutFromPublishedOnesSaysSo() {
        assertThat(national(2024, ReferenceIndicator.SWC_RATE_PCT, 72.83).isDerived()).isFalse();
        assertThat(new ReferenceFigure(ReferenceScope.NATIONAL, "全国", "China", 2019, ReferenceIndicator.SWC_RATE_PCT,
                71.66, "Derived: 100 × (1 − 271.08/956.5)").isDerived()).isTrue();
    }

    @Test
    void aDatasetWithoutReferenceFiguresHasNone() {
        Dataset d = Fixtures.twoCounties();
        assertThat(d.references()).isEmpty();
        assertThat(d.latestReference(ReferenceScope.NATIONAL, ReferenceIndicator.SWC_RATE_PCT, 2024)).isEmpty();
        assertThat(d.upTo(2023).references()).isEmpty();
    }

    @Test
    void figuresAreSortedByScopeIndicatorAndYearAndKeptUpToAYear() {
        ReferenceFigure province = new ReferenceFigure(ReferenceScope.PROVINCE, "山西省", "Shanxi Province", 2021,
                ReferenceIndicator.SWC_RATE_PCT, 63, "山西日报");
        ReferenceFigure target = national(2025, ReferenceIndicator.SWC_RATE_TARGET_PCT, 73);
        ReferenceFigure rate2024 = national(2024, ReferenceIndicator.SWC_RATE_PCT, 72.83);
        ReferenceFigure rate2022 = national(2022, ReferenceIndicator.SWC_RATE_PCT, 72.26);
        Dataset d = with(List.of(province, target, rate2024, rate2022));
        assertThat(d.references()).containsExactly(rate2022, rate2024, target, province);
        assertThat(d.upTo(2023).references()).isEqualTo(d.references());
    }

    @Test
    void findsTheFigureOfAYearOrTheLatestBeforeIt() {
        ReferenceFigure rate2022 = national(2022, ReferenceIndicator.SWC_RATE_PCT, 72.26);
        ReferenceFigure rate2024 = national(2024, ReferenceIndicator.SWC_RATE_PCT, 72.83);
        Dataset d = with(List.of(rate2024, rate2022, national(2025, ReferenceIndicator.SWC_RATE_TARGET_PCT, 73)));
        assertThat(d.reference(ReferenceScope.NATIONAL, ReferenceIndicator.SWC_RATE_PCT, 2024)).contains(rate2024);
        assertThat(d.reference(ReferenceScope.NATIONAL, ReferenceIndicator.SWC_RATE_PCT, 2023)).isEmpty();
        assertThat(d.latestReference(ReferenceScope.NATIONAL, ReferenceIndicator.SWC_RATE_PCT, 2023)).contains(rate2022);
        assertThat(d.latestReference(ReferenceScope.NATIONAL, ReferenceIndicator.SWC_RATE_PCT, 2030)).contains(rate2024);
        assertThat(d.latestReference(ReferenceScope.NATIONAL, ReferenceIndicator.SWC_RATE_PCT, 2021)).isEmpty();
        assertThat(d.latestReference(ReferenceScope.PROVINCE, ReferenceIndicator.SWC_RATE_PCT, 2024)).isEmpty();
        assertThat(d.references(ReferenceScope.NATIONAL, ReferenceIndicator.SWC_RATE_TARGET_PCT))
                .extracting(ReferenceFigure::year).containsExactly(2025);
    }

    @Test
    void rejectsTwoFiguresOfOneScopeIndicatorAndYear() {
        assertThatThrownBy(() -> with(List.of(national(2024, ReferenceIndicator.SWC_RATE_PCT, 72.83),
                national(2024, ReferenceIndicator.SWC_RATE_PCT, 72.8))))
                .hasMessageContaining("duplicate reference figure national/swc_rate_pct/2024");
    }
}

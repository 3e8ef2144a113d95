package org.swcplan.model.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;

/** The treatment need reconciled over the rate and 治理度 targets, per county and summed for the city. */
class ReconciledNeedTest {
    private static Dataset dataset;
    private static Projection projection;
    private static List<GapRow> rows;

    @BeforeAll
    static void forecast() {
        dataset = GapFixture.threeCounties();
        projection = GapFixture.projection(dataset);
        rows = GapAnalysis.rate(dataset, projection, List.of(2025, 2030));
    }

    private static GapRow row(Scope unit, int milestone) {
        return GapFixture.row(rows, unit, milestone);
    }

    @Test
    void everyCountyNeedsAtLeastItsRateNeedAndIts治理度Need() {
        for (GapRow r : rows.stream().filter(r -> r.unit() instanceof CountyCode).toList()) {
            String what = r.unit() + " " + r.milestone();
            ReconciledNeed need = r.need();
            double rate = r.bauTreatmentKm2PerYear() + r.additionalTreatmentKm2PerYear();
            assertThat(need.bindingKm2PerYear()).as(what).isGreaterThanOrEqualTo(rate)
                    .isGreaterThanOrEqualTo(need.degreeKm2PerYear())
                    .isEqualTo(Math.max(rate, need.degreeKm2PerYear()));
            assertThat(need.binds()).as(what).isEqualTo(rate >= need.degreeKm2PerYear()
                    ? ReconciledNeed.Binding.RATE : ReconciledNeed.Binding.TREATMENT_DEGREE);
            assertThat(need.additionalP80Km2PerYear()).as(what)
                    .isGreaterThanOrEqualTo(r.additionalTreatmentKm2PerYear())
                    .isEqualTo(projection.additionalNeed(r.unit(), r.milestone(), r.targetPct(), 0.8).km2PerYear());
            assertThat(need.bindingP80Km2PerYear()).as(what).isGreaterThanOrEqualTo(need.bindingKm2PerYear())
                    .isEqualTo(Math.max(r.bauTreatmentKm2PerYear() + need.additionalP80Km2PerYear(),
                            need.degreeKm2PerYear()));
            double unitCost = dataset.parameters((CountyCode) r.unit()).unitCostWanPerKm2();
            assertThat(need.bindingCostWanPerYear()).as(what).isCloseTo(need.bindingKm2PerYear() * unitCost,
                    within(1e-9));
        }
    }

    @Test
    void theCitysNeedIsTheSumOfItsCountiesNeverAPooledFigure() {
        for (int milestone : List.of(2025, 2030)) {
            List<ReconciledNeed> counties = rows.stream()
                    .filter(r -> r.milestone() == milestone && r.unit() instanceof CountyCode).map(GapRow::need).toList();
            ReconciledNeed city = row(Scope.CITY, milestone).need();
            assertThat(city.binds()).isEqualTo(ReconciledNeed.Binding.COUNTIES);
            assertThat(city.bindingKm2PerYear()).as("%d", milestone).isCloseTo(
                    counties.stream().mapToDouble(ReconciledNeed::bindingKm2PerYear).sum(), within(1e-9));
            assertThat(city.bindingP80Km2PerYear()).isCloseTo(
                    counties.stream().mapToDouble(ReconciledNeed::bindingP80Km2PerYear).sum(), within(1e-9));
            assertThat(city.degreeKm2PerYear()).isCloseTo(
                    counties.stream().mapToDouble(ReconciledNeed::degreeKm2PerYear).sum(), within(1e-9));
            assertThat(city.bindingCostWanPerYear()).isCloseTo(
                    counties.stream().mapToDouble(ReconciledNeed::bindingCostWanPerYear).sum(), within(1e-6));
        }
    }

    @Test
    void the治理度NeedIsEachCountysOwnRemainingStockOverTheYearsTo2030() {
        // A: 190 km² left over 2025–2030 = 31.67 km²/a; B: 540 → 90; C: its stock is treated → 0. The
        // same for the 2025 milestone, whose years lie on the way to 2030
        for (int milestone : List.of(2025, 2030)) {
            assertThat(row(GapFixture.A, milestone).need().degreeKm2PerYear()).isCloseTo(190.0 / 6, within(1e-9));
            assertThat(row(GapFixture.B, milestone).need().degreeKm2PerYear()).isCloseTo(90, within(1e-9));
            assertThat(row(GapFixture.C, milestone).need().degreeKm2PerYear()).isZero();
            assertThat(row(Scope.CITY, milestone).need().degreeKm2PerYear()).isCloseTo(190.0 / 6 + 90, within(1e-9));
        }
        // B 2030: its rate target (61 %) needs less than its stock does, so the stock binds
        assertThat(row(GapFixture.B, 2030).need().binds()).isEqualTo(ReconciledNeed.Binding.TREATMENT_DEGREE);
    }

    @Test
    void aMilestoneAfterThe治理度TargetYearHasNo治理度NeedAndTheNearestOfTwoTargetsBinds() {
        List<TreatmentGapRow> treatment = GapAnalysis.treatment(dataset);
        assertThat(TreatmentDegreeGaps.needKm2PerYear(treatment, GapFixture.A, 2030)).isCloseTo(190.0 / 6, within(1e-9));
        assertThat(TreatmentDegreeGaps.needKm2PerYear(treatment, GapFixture.A, 2031)).isZero();
        List<Target> targets = new ArrayList<>(dataset.targets());
        targets.add(new Target(Scope.CITY, 2027, TargetIndicator.TREATMENT_DEGREE_PCT, 90, "test"));
        Dataset two = new Dataset(dataset.counties(), dataset.monitoring(), dataset.treatment(), dataset.baselines(),
                targets, List.of(), List.of(), dataset.parameters());
        List<TreatmentGapRow> both = GapAnalysis.treatment(two);
        // A by 2027: 90 % of 400 = 360, 210 treated → 150 over 3 years = 50 a year, more than 2030 asks
        assertThat(TreatmentDegreeGaps.needKm2PerYear(both, GapFixture.A, 2025)).isCloseTo(50, within(1e-9));
        assertThat(TreatmentDegreeGaps.needKm2PerYear(both, GapFixture.A, 2028)).isCloseTo(190.0 / 6, within(1e-9));
    }

    @Test
    void withoutBaselinesThereIsNo治理度NeedAndTheRateBinds() {
        Dataset none = new Dataset(dataset.counties(), dataset.monitoring(), dataset.treatment(), List.of(),
                dataset.targets(), List.of(), List.of(), dataset.parameters());
        for (GapRow r : GapAnalysis.rate(none, projection, List.of(2030))) {
            if (r.unit() instanceof CountyCode) {
                assertThat(r.need().degreeKm2PerYear()).isZero();
                assertThat(r.need().binds()).isEqualTo(ReconciledNeed.Binding.RATE);
            }
        }
    }
}

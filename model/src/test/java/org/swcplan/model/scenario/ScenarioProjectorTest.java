package org.swcplan.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.outlook.ForecastPoint;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;

class ScenarioProjectorTest {
    private static final CountyCode A = Fixtures.A;
    private static final CountyCode B = Fixtures.B;
    /** Falls toward zero erosion. */
    private static final CountyCode C = new CountyCode("140821");
    /** Rises toward full erosion. */
    private static final CountyCode D = new CountyCode("140822");

    private static final double[] EROSION_A = {300, 290, 285, 270, 262, 250};
    /** New treatment of A, 2019–2024; 2019 has no previous year, so it never enters the drift. */
    private static final double[] TREATED_A = {50, 20, 10, 30, 15, 25};
    private static final double[] EROSION_B = {800, 790, 770, 765, 750, 740};
    private static final double[] TREATED_B = {0, 10, 40, 5, 30, 20};
    private static final double[] EROSION_C = {30, 24, 18, 12, 6, 3};
    private static final double[] EROSION_D = {90, 92, 94, 96, 98, 99};

    /**
     * 2019–2024. A: 1,000 km², k 0.4, 40 万元/km²; B: 2,000 km², k 0.5, 55 万元/km²;
     * optionally C and D: 100 km² each, untreated, with default parameters.
     */
    private static Dataset region(boolean withClampedCounties) {
        List<County> counties = new ArrayList<>(List.of(Fixtures.county(A, "甲县"), Fixtures.county(B, "乙县")));
        List<AnnualRecord> records = new ArrayList<>();
        List<TreatmentRecord> treatment = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int year = 2019 + t;
            records.add(Fixtures.record(A, year, 1000, EROSION_A[t]));
            records.add(Fixtures.record(B, year, 2000, EROSION_B[t]));
            treatment.add(Fixtures.treatment(A, year, TREATED_A[t]));
            treatment.add(Fixtures.treatment(B, year, TREATED_B[t]));
            if (withClampedCounties) {
                records.add(Fixtures.record(C, year, 100, EROSION_C[t]));
                records.add(Fixtures.record(D, year, 100, EROSION_D[t]));
            }
        }
        if (withClampedCounties) {
            counties.add(Fixtures.county(C, "丙县"));
            counties.add(Fixtures.county(D, "丁县"));
        }
        return new Dataset(counties, records, treatment, List.of(), List.of(), List.of(), List.of(),
                List.of(new CountyParameters(A, 0.4, 40, 30), new CountyParameters(B, 0.5, 55, 30)));
    }

    private static Projection projection(Dataset dataset, long seed) {
        return Projection.of(dataset, ForecastMethods.auto(), new RegionForecaster.Settings(2030, 4000, seed),
                KSource.PARAMS);
    }

    private static void assertSamePath(UnitScenario scenario, UnitForecast forecast, double tolerance) {
        for (ScenarioPoint p : scenario.points()) {
            ForecastPoint f = forecast.at(p.year());
            String what = scenario.unit() + " " + p.year();
            assertThat(p.projectedPct()).as(what).isCloseTo(f.medianPct(), within(tolerance));
            assertThat(p.lo80Pct()).as(what).isCloseTo(f.lo80Pct(), within(tolerance));
            assertThat(p.hi80Pct()).as(what).isCloseTo(f.hi80Pct(), within(tolerance));
            assertThat(p.lo95Pct()).as(what).isCloseTo(f.lo95Pct(), within(tolerance));
            assertThat(p.hi95Pct()).as(what).isCloseTo(f.hi95Pct(), within(tolerance));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPlanAtTheBauPaceReproducesTheForecast(long seed) {
        Dataset dataset = region(true);
        Projection projection = projection(dataset, seed);
        ScenarioResult result = ScenarioProjector.project(dataset, projection,
                PlanTemplates.recentPace(dataset, 2025, 2030));
        for (UnitScenario unit : result.units()) {
            assertSamePath(unit, projection.bau().unit(unit.unit()), 0.05);
        }
    }

    @Test
    void anEmptyPlanKeepsEveryCountyAtItsBauPaceExactly() {
        Dataset dataset = region(true);
        Projection projection = projection(dataset, 3);
        ScenarioResult result = ScenarioProjector.project(dataset, projection, List.of());
        for (UnitScenario unit : result.units()) {
            assertSamePath(unit, projection.bau().unit(unit.unit()), 0);
            assertThat(unit.points()).allSatisfy(p -> assertThat(p.extraTreatmentKm2()).isZero());
        }
        // A's BAU pace: (30 + 15 + 25) / 3; the plan's treatment is that pace every year
        assertThat(result.counties().get(0).bauTreatmentKm2PerYear()).isCloseTo(70.0 / 3, within(1e-9));
        assertThat(result.counties().get(0).at(2027).treatmentKm2()).isCloseTo(70.0 / 3, within(1e-9));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 5);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void extraTreatmentInOneCountyRaisesItsMedianByKTimesTheTreatment(long seed) {
        Dataset dataset = region(false);
        Projection projection = projection(dataset, seed);
        double extra = 20;
        List<PlannedTreatment> plan = new ArrayList<>(PlanTemplates.recentPace(dataset, 2025, 2030));
        for (int year = 2026; year <= 2030; year++) {
            plan.add(new PlannedTreatment(A, year, Measure.GRASS, extra));
        }
        ScenarioResult result = ScenarioProjector.project(dataset, projection, plan);
        UnitForecast bauA = projection.bau().unit(A);
        // k̄ · X · 5 years / land · 100 = 0.4 · 20 · 5 / 1,000 · 100 = 4 points
        double expected = 0.4 * extra * 5 / 1000 * 100;
        double raised = result.counties().get(0).at(2030).projectedPct() - bauA.at(2030).medianPct();
        assertThat(raised).as("seed %d", seed).isCloseTo(expected, within(0.05 * expected));
        // k is uncertain (0.4 ± 0.1): path by path the gain spreads by X · 5 · 0.1 / 1,000 · 100 = 1 point
        double[] extraA = {0, extra, extra, extra, extra, extra};
        double[] planned = projection.withExtraTreatment(Map.of(A, extraA)).ratePaths(A, 2030);
        double[] bau = projection.bau().ratePaths(A, 2030);
        double[] gain = new double[bau.length];
        for (int p = 0; p < gain.length; p++) {
            gain[p] = planned[p] - bau[p];
        }
        double mean = java.util.Arrays.stream(gain).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(gain).map(g -> (g - mean) * (g - mean)).sum() / gain.length);
        assertThat(mean).as("seed %d", seed).isCloseTo(expected, within(0.01 * expected));
        assertThat(sd).as("seed %d", seed).isCloseTo(1, within(0.05));
        // B is untouched (up to the rounding of the template's pace to 0.01 km²)
        assertSamePath(result.counties().get(1), projection.bau().unit(B), 0.01);
        // 2025 is before the extra treatment starts
        assertThat(result.counties().get(0).at(2025).projectedPct()).isCloseTo(bauA.at(2025).medianPct(), within(0.01));
    }

    @Test
    void noTreatmentAtAllLowersEveryRateBelowBusinessAsUsual() {
        Dataset dataset = region(false);
        Projection projection = projection(dataset, 7);
        List<PlannedTreatment> none = new ArrayList<>();
        for (CountyCode code : List.of(A, B)) {
            for (int year = 2025; year <= 2030; year++) {
                none.add(new PlannedTreatment(code, year, Measure.TERRACE, 0));
            }
        }
        ScenarioResult result = ScenarioProjector.project(dataset, projection, none);
        for (UnitScenario unit : result.units()) {
            for (ScenarioPoint p : unit.points()) {
                assertThat(p.projectedPct()).as("%s %d", unit.unit(), p.year())
                        .isLessThan(projection.bau().unit(unit.unit()).at(p.year()).medianPct());
            }
        }
        assertThat(result.totalTreatmentKm2()).isZero();
    }

    @Test
    void theGapsAdditionalNeedBringsTheMedianToTheTarget() {
        Dataset dataset = region(false);
        Projection projection = projection(dataset, 11);
        double target = projection.bau().unit(A).at(2030).medianPct() + 3;
        double need = projection.additionalNeed(A, 2030, target).km2PerYear();
        double[] extra = new double[6];
        java.util.Arrays.fill(extra, need);
        double median = projection.withExtraTreatment(Map.of(A, extra)).unit(A).at(2030).medianPct();
        assertThat(median).isCloseTo(target, within(0.01));
        assertThat(projection.additionalNeed(A, 2030, target - 10).km2PerYear()).isZero();
    }

    @Test
    void theNeedAtAProbabilityReachesTheTargetOnThatShareOfPaths() {
        Dataset dataset = region(false);
        Projection projection = projection(dataset, 11);
        double target = projection.bau().unit(A).at(2030).medianPct() + 3;
        double previous = 0;
        for (double level : new double[] {0.5, 0.8, 0.9}) {
            double need = projection.additionalNeed(A, 2030, target, level).km2PerYear();
            double[] extra = new double[6];
            java.util.Arrays.fill(extra, need);
            double reached = projection.withExtraTreatment(Map.of(A, extra)).probabilityAtLeast(A, 2030, target);
            // solved on the paths: the share reaching the target is the level, to within one path
            double onePath = 1.0 / projection.bau().paths();
            assertThat(reached).as("P at the need for %s", level).isGreaterThanOrEqualTo(level - onePath);
            assertThat(need).as("need grows with the probability asked").isGreaterThan(previous);
            previous = need;
        }
        // nine tenths of the need falls short: the search found the least amount
        double lessThanNeeded = projection.additionalNeed(A, 2030, target, 0.8).km2PerYear() * 0.9;
        double[] less = new double[6];
        java.util.Arrays.fill(less, lessThanNeeded);
        assertThat(projection.withExtraTreatment(Map.of(A, less)).probabilityAtLeast(A, 2030, target)).isLessThan(0.8);
        assertThatThrownBy(() -> projection.additionalNeed(A, 2030, target, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void planYearsOutsideTheProjectionAreRefused() {
        Dataset dataset = region(false);
        Projection projection = projection(dataset, 1);
        assertThatThrownBy(() -> ScenarioProjector.project(dataset, projection,
                List.of(new PlannedTreatment(A, 2031, Measure.TERRACE, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025–2030");
    }

    private static Dataset synthetic(double a, double k, double[] treated) {
        List<AnnualRecord> records = new ArrayList<>();
        List<TreatmentRecord> treatment = new ArrayList<>();
        double erosion = 500;
        records.add(Fixtures.record(A, 2019, 1000, erosion));
        for (int t = 0; t < treated.length; t++) {
            erosion += a - k * treated[t];
            records.add(Fixtures.record(A, 2020 + t, 1000, erosion));
            treatment.add(Fixtures.treatment(A, 2020 + t, treated[t]));
        }
        return new Dataset(List.of(Fixtures.county(A, "甲县")), records, treatment, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void effectivenessRecoversAKnownKFromAnExactHistory() {
        // ΔE = 2 − 0.35·T: 500 → 498.5 → 490 → 485 → 473 → 473.25
        EffectivenessEstimate estimate = EffectivenessEstimate.of(synthetic(2, 0.35, new double[] {10, 30, 20, 40, 5}), A);
        assertThat(estimate.years()).isEqualTo(5);
        assertThat(estimate.estimate()).isCloseTo(0.35, within(1e-9));
        assertThat(estimate.standardError()).isCloseTo(0, within(1e-6));
        // an exact fit outweighs the prior 0.4 ± 0.1 completely
        assertThat(estimate.shrunk()).isCloseTo(0.35, within(1e-6));
    }

    @Test
    void effectivenessWithANoisyHistoryIsShrunkTowardThePrior() {
        // ΔE = 2 − 0.2·T plus ±3 km² of alternating noise
        double[] treated = {10, 30, 20, 40, 5, 25};
        double[] noise = {3, -3, 3, -3, 3, -3};
        List<AnnualRecord> records = new ArrayList<>();
        List<TreatmentRecord> treatment = new ArrayList<>();
        double erosion = 500;
        records.add(Fixtures.record(A, 2018, 1000, erosion));
        for (int t = 0; t < treated.length; t++) {
            erosion += 2 - 0.2 * treated[t] + noise[t];
            records.add(Fixtures.record(A, 2019 + t, 1000, erosion));
            treatment.add(Fixtures.treatment(A, 2019 + t, treated[t]));
        }
        Dataset dataset = new Dataset(List.of(Fixtures.county(A, "甲县")), records, treatment, List.of(), List.of(),
                List.of(), List.of(), List.of());
        EffectivenessEstimate estimate = EffectivenessEstimate.of(dataset, A);
        assertThat(estimate.standardError()).isPositive();
        assertThat(estimate.shrunk()).isStrictlyBetween(Math.min(estimate.estimate(), 0.4),
                Math.max(estimate.estimate(), 0.4));
        assertThat(estimate.shrunkSd()).isLessThan(CountyParameters.DEFAULT_K_SD);
    }

    @Test
    void effectivenessFallsBackToThePriorWithFewerThanThreeYears() {
        EffectivenessEstimate estimate = EffectivenessEstimate.of(synthetic(2, 0.35, new double[] {10, 30}), A);
        assertThat(estimate.years()).isEqualTo(2);
        assertThat(estimate.estimate()).isNaN();
        assertThat(estimate.shrunk()).isEqualTo(0.4);
        assertThat(estimate.shrunkSd()).isEqualTo(0.1);
    }

    @Test
    void effectivenessFallsBackToThePriorWithoutSpreadInTreatment() {
        EffectivenessEstimate estimate = EffectivenessEstimate.of(synthetic(2, 0.35, new double[] {20, 20, 20, 20}), A);
        assertThat(estimate.years()).isEqualTo(4);
        assertThat(estimate.estimate()).isNaN();
        assertThat(estimate.shrunk()).isEqualTo(0.4);
    }

    @Test
    void recentPaceRepeatsTheMeanOfTheLastThreeYearsPerMeasure() {
        Dataset dataset = region(false);
        List<PlannedTreatment> plan = PlanTemplates.recentPace(dataset, 2025, 2027);
        // A terraces 2022–2024: (30 + 15 + 25) / 3 = 23.33; B: (5 + 30 + 20) / 3 = 18.33
        assertThat(plan).hasSize(6);
        assertThat(plan).filteredOn(p -> p.county().equals(A))
                .allSatisfy(p -> assertThat(p.km2()).isEqualTo(23.33));
        assertThat(plan).filteredOn(p -> p.county().equals(B))
                .allSatisfy(p -> assertThat(p.km2()).isEqualTo(18.33));
        assertThat(plan).extracting(PlannedTreatment::measure).containsOnly(Measure.TERRACE);
    }

    @Test
    void recentPaceKeepsMeasuresApart() {
        TreatmentRecord mixed = new TreatmentRecord(A, 2024, Map.of(Measure.TERRACE, 6.0, Measure.GRASS, 3.0), 0, 0,
                OptionalDouble.empty(), "test");
        Dataset dataset = new Dataset(List.of(Fixtures.county(A, "甲县")),
                List.of(Fixtures.record(A, 2023, 1000, 300), Fixtures.record(A, 2024, 1000, 290)), List.of(mixed),
                List.of(), List.of(), List.of(), List.of(), List.of());
        // one year of records in the three-year window: years without a record are left out of the mean
        assertThat(PlanTemplates.recentPace(dataset, 2025, 2025))
                .containsExactlyInAnyOrder(new PlannedTreatment(A, 2025, Measure.TERRACE, 6),
                        new PlannedTreatment(A, 2025, Measure.GRASS, 3));
    }
}

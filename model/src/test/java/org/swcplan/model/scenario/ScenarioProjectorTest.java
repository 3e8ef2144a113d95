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

    private static ScenarioProjector.Settings settings(Dataset dataset, int paths, long seed) {
        return new ScenarioProjector.Settings(2030, paths, seed, code -> dataset.parameters(code).effectivenessK());
    }

    @Test
    void withoutAPlanEachCountyFollowsItsDriftWithinZeroAndItsLand() {
        Dataset dataset = region(true);
        ScenarioResult result = ScenarioProjector.project(dataset, List.of(), settings(dataset, 200, 7));

        // drift = mean over 2020–2024 of ΔE + k·T
        // A (k 0.4): −10+8, −5+4, −15+12, −8+6, −12+10 = −2, −1, −3, −2, −2 → −2
        // B (k 0.5): −10+5, −20+20, −5+2.5, −15+15, −10+10 = −5, 0, −2.5, 0, 0 → −1.5
        // C (no treatment): −6, −6, −6, −6, −3 → −5.4, from 3 km² it hits 0 at once
        // D (no treatment): 2, 2, 2, 2, 1 → 1.8, from 99 km² it hits its 100 km² of land at once
        double[] drift = {-2, -1.5, -5.4, 1.8};
        double[] last = {250, 740, 3, 99};
        double[] land = {1000, 2000, 100, 100};
        assertThat(result.lastObservedYear()).isEqualTo(2024);
        assertThat(result.counties()).extracting(u -> u.unit()).containsExactly(A, C, D, B);
        List<CountyCode> order = List.of(A, B, C, D);
        for (int c = 0; c < 4; c++) {
            CountyCode code = order.get(c);
            UnitScenario unit = result.counties().stream().filter(u -> u.unit().equals(code)).findFirst()
                    .orElseThrow();
            assertThat(unit.driftKm2PerYear()).as("county %s", order.get(c)).isCloseTo(drift[c], within(1e-9));
            assertThat(unit.points()).hasSize(6);
            for (int h = 1; h <= 6; h++) {
                double erosion = Math.max(0, Math.min(land[c], last[c] + h * drift[c]));
                ScenarioPoint point = unit.at(2024 + h);
                assertThat(point.erosionKm2()).as("county %s in %d", order.get(c), 2024 + h)
                        .isCloseTo(erosion, within(1e-9));
                assertThat(point.projectedPct()).as("county %s in %d", order.get(c), 2024 + h)
                        .isCloseTo(100 * (land[c] - erosion) / land[c], within(1e-9));
                assertThat(point.treatmentKm2()).isZero();
            }
        }
        // the city in 2030: A 250 − 12 = 238, B 740 − 9 = 731, C 0, D 100 → (3,200 − 1,069) / 3,200
        assertThat(result.city().at(2030).erosionKm2()).isCloseTo(1069, within(1e-9));
        assertThat(result.city().at(2030).projectedPct()).isCloseTo(100 * 2131.0 / 3200, within(1e-9));
        assertThat(result.city().driftKm2PerYear()).isCloseTo(-2 - 1.5 - 5.4 + 1.8, within(1e-9));
        assertThat(result.totalCostWan()).isZero();
    }

    private static List<PlannedTreatment> everyYear(double km2A, double km2B, Measure measure) {
        List<PlannedTreatment> plan = new ArrayList<>();
        for (int year = 2025; year <= 2030; year++) {
            plan.add(new PlannedTreatment(A, year, measure, km2A));
            plan.add(new PlannedTreatment(B, year, measure, km2B));
        }
        return plan;
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreTreatmentRaisesEveryProjectionAndNoQuantile(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Dataset dataset = region(false);
        List<PlannedTreatment> planA = new ArrayList<>();
        List<PlannedTreatment> planB = new ArrayList<>();
        for (int year = 2025; year <= 2030; year++) {
            for (CountyCode code : List.of(A, B)) {
                PlannedTreatment base = new PlannedTreatment(code, year, Measure.TERRACE, random.nextDouble(0, 30));
                planA.add(base);
                planB.add(base);
                planB.add(new PlannedTreatment(code, year, Measure.SWC_FOREST, random.nextDouble(1, 10)));
            }
        }
        ScenarioResult a = ScenarioProjector.project(dataset, planA, settings(dataset, 300, seed));
        ScenarioResult b = ScenarioProjector.project(dataset, planB, settings(dataset, 300, seed));

        for (int u = 0; u < a.units().size(); u++) {
            UnitScenario lower = a.units().get(u);
            UnitScenario higher = b.units().get(u);
            for (int year = 2025; year <= 2030; year++) {
                ScenarioPoint pa = lower.at(year);
                ScenarioPoint pb = higher.at(year);
                String what = "seed %d unit %s year %d";
                assertThat(pb.projectedPct()).as(what, seed, lower.unit(), year).isGreaterThan(pa.projectedPct());
                assertThat(pb.lo80Pct()).as(what, seed, lower.unit(), year).isGreaterThanOrEqualTo(pa.lo80Pct());
                assertThat(pb.hi80Pct()).as(what, seed, lower.unit(), year).isGreaterThanOrEqualTo(pa.hi80Pct());
                assertThat(pb.lo95Pct()).as(what, seed, lower.unit(), year).isGreaterThanOrEqualTo(pa.lo95Pct());
                assertThat(pb.hi95Pct()).as(what, seed, lower.unit(), year).isGreaterThanOrEqualTo(pa.hi95Pct());
                assertThat(pb.lo80Pct()).as(what, seed, lower.unit(), year).isLessThanOrEqualTo(pb.hi80Pct());
            }
        }
    }

    @Test
    void extraTreatmentLowersCentralErosionByKTimesTheCumulativeExtra() {
        Dataset dataset = region(false);
        ScenarioResult a = ScenarioProjector.project(dataset, everyYear(10, 10, Measure.TERRACE), settings(dataset, 50, 3));
        List<PlannedTreatment> more = new ArrayList<>(everyYear(10, 10, Measure.TERRACE));
        more.addAll(everyYear(5, 5, Measure.GRASS));
        ScenarioResult b = ScenarioProjector.project(dataset, more, settings(dataset, 50, 3));
        // 5 km² more a year: A (k 0.4) 2 km² less erosion per year, B (k 0.5) 2.5; by 2030 (6 years) 12 and 15
        assertThat(a.counties().get(0).at(2030).erosionKm2() - b.counties().get(0).at(2030).erosionKm2())
                .isCloseTo(12, within(1e-9));
        assertThat(a.counties().get(1).at(2030).erosionKm2() - b.counties().get(1).at(2030).erosionKm2())
                .isCloseTo(15, within(1e-9));
        // A without plan: 250 − 2·6 = 238; with 10 km²/a: 238 − 0.4·10·6 = 214
        assertThat(a.counties().get(0).at(2030).erosionKm2()).isCloseTo(214, within(1e-9));
    }

    @Test
    void totalCostIsEveryPlannedSquareKilometreAtItsCountysUnitCost() {
        Dataset dataset = region(false);
        List<PlannedTreatment> plan = List.of(new PlannedTreatment(A, 2025, Measure.TERRACE, 10),
                new PlannedTreatment(A, 2025, Measure.GRASS, 2.5), new PlannedTreatment(A, 2028, Measure.TERRACE, 4),
                new PlannedTreatment(B, 2026, Measure.CLOSURE, 20), new PlannedTreatment(B, 2030, Measure.OTHER, 1));
        ScenarioResult result = ScenarioProjector.project(dataset, plan, settings(dataset, 50, 1));
        // A: (10 + 2.5 + 4) · 40 = 660; B: (20 + 1) · 55 = 1,155; 1,815 万元 for 37.5 km²
        assertThat(result.totalCostWan()).isCloseTo(1815, within(1e-9));
        assertThat(result.totalTreatmentKm2()).isCloseTo(37.5, within(1e-9));
        assertThat(result.counties().get(0).at(2025).treatmentKm2()).isCloseTo(12.5, within(1e-9));
        assertThat(result.counties().get(0).at(2025).costWan()).isCloseTo(500, within(1e-9));
        assertThat(result.city().at(2026).costWan()).isCloseTo(1100, within(1e-9));
        double cityCost = result.city().points().stream().mapToDouble(ScenarioPoint::costWan).sum();
        assertThat(cityCost).isCloseTo(1815, within(1e-9));
    }

    @Test
    void theProjectionMustEndAfterTheLastObservation() {
        Dataset dataset = region(false);
        assertThatThrownBy(() -> ScenarioProjector.project(dataset, List.of(),
                new ScenarioProjector.Settings(2024, 10, 1, code -> 0.4))).hasMessageContaining("2024");
    }

    /** One county whose erosion changes by exactly a − k·T in each year after 2019. */
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
        assertThat(estimate.shrunkSd()).isLessThan(EffectivenessEstimate.PRIOR_SD);
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
        // one year of 6 + 3 km² over a three-year window: 2 km² of terraces and 1 of grass a year
        assertThat(PlanTemplates.recentPace(dataset, 2025, 2025))
                .containsExactlyInAnyOrder(new PlannedTreatment(A, 2025, Measure.TERRACE, 2),
                        new PlannedTreatment(A, 2025, Measure.GRASS, 1));
    }
}

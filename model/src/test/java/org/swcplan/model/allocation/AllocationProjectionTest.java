package org.swcplan.model.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.scenario.ScenarioProjector;
import org.swcplan.model.scenario.ScenarioResult;
import org.swcplan.model.scenario.UnitScenario;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * The allocation against the projection it was made with: the programme, written as a plan and
 * projected by {@link ScenarioProjector}, reaches the city target with the requested confidence,
 * keeps every county at or below its ceiling and treats every county's stock by the deadline.
 */
class AllocationProjectionTest {
    private static final CountyCode A = Fixtures.A;
    private static final CountyCode B = Fixtures.B;
    private static final CountyCode C = new CountyCode("140821");
    private static final int MILESTONE = 2032;

    /**
     * 2019–2024, three counties improving slowly; A is nearly at its 92 % ceiling, B has a large stock
     * left to treat by 2028 (the 治理度 deadline), C is cheap.
     */
    private static Dataset region() {
        List<County> counties = List.of(Fixtures.county(A, "甲县"), Fixtures.county(B, "乙县"), Fixtures.county(C, "丙县"));
        double[][] erosion = {{110, 108, 105, 104, 101, 100}, {820, 812, 800, 795, 781, 770}, {400, 396, 390, 385, 381, 376}};
        double[] land = {1000, 2000, 1200};
        double[][] treated = {{10, 12, 8, 11, 9, 10}, {25, 30, 20, 28, 35, 30}, {15, 12, 18, 14, 16, 15}};
        List<AnnualRecord> records = new ArrayList<>();
        List<TreatmentRecord> treatment = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            for (int t = 0; t < 6; t++) {
                records.add(Fixtures.record(counties.get(c).code(), 2019 + t, land[c], erosion[c][t]));
                treatment.add(Fixtures.treatment(counties.get(c).code(), 2019 + t, treated[c][t]));
            }
        }
        // B: stock 1,500, 900 treated by 2018 plus 168 since: 432 left over 4 years = 108 a year against a BAU of 31
        List<Baseline> baselines = List.of(new Baseline(A, 300, 2018, 240, "test"), new Baseline(B, 1500, 2018, 900, "test"),
                new Baseline(C, 600, 2018, 500, "test"));
        List<Target> targets = List.of(new Target(Scope.CITY, MILESTONE, TargetIndicator.SWC_RATE_PCT, 79.5, "test"),
                new Target(Scope.CITY, 2028, TargetIndicator.TREATMENT_DEGREE_PCT, 100, "test"),
                new Target(A, MILESTONE, TargetIndicator.SWC_RATE_PCT, 91, "test"),
                new Target(B, MILESTONE, TargetIndicator.SWC_RATE_PCT, 66, "test"),
                new Target(C, MILESTONE, TargetIndicator.SWC_RATE_PCT, 72, "test"));
        return new Dataset(counties, records, treatment, baselines, targets, List.of(), List.of(),
                List.of(new CountyParameters(A, 0.45, 0.1, 30, 60, 92), new CountyParameters(B, 0.35, 0.1, 60, 150, 95),
                        new CountyParameters(C, 0.4, 0.1, 40, 60, 95)));
    }

    static Stream<Arguments> requests() {
        return Stream.of(AllocationMethod.values()).flatMap(m -> Stream.of(0.5, 0.8)
                .map(q -> Arguments.of(m, q)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("requests")
    void theProgrammeProjectedAsAPlanReachesTheTargetWithTheRequestedConfidence(AllocationMethod method,
                                                                                double confidence) {
        Dataset dataset = region();
        Projection projection = Projection.of(dataset, ForecastMethods.auto(),
                new RegionForecaster.Settings(MILESTONE, 2000, 7), KSource.PARAMS);
        Allocation allocation = Allocator.allocate(dataset, projection,
                new AllocationRequest(MILESTONE, 79.5, method, confidence, false));
        assertThat(allocation.feasible()).as(method + " " + confidence).isTrue();
        assertThat(allocation.deadline()).isEqualTo(2028);
        assertThat(allocation.probability()).isGreaterThanOrEqualTo(confidence);

        ScenarioResult scenario = ScenarioProjector.project(dataset, projection, AllocationPlan.of(allocation, projection));
        ScenarioResult.MilestoneGap city = scenario.gaps().stream()
                .filter(g -> g.unit().equals(Scope.City.ID) && g.milestone() == MILESTONE).findFirst().orElseThrow();
        assertThat(city.probabilityOfReaching()).isGreaterThanOrEqualTo(confidence);
        for (CountyShare share : allocation.counties()) {
            UnitScenario county = scenario.counties().stream().filter(u -> u.unit().equals(share.county()))
                    .findFirst().orElseThrow();
            double projected = county.points().stream().filter(p -> p.year() == MILESTONE).findFirst().orElseThrow()
                    .projectedPct();
            // the plan rounds each county-year up to 0.01 km²
            assertThat(projected).as(share.nameZh()).isCloseTo(share.plannedRatePct(), within(0.01))
                    .isLessThanOrEqualTo(share.maxRatePct() + 0.01);
            assertThat(share.meetsTreatmentFloor()).as(share.nameZh()).isTrue();
            assertThat(share.totalKm2PerYear()).isLessThanOrEqualTo(share.capacityKm2PerYear() + 1e-9);
        }
        // B's stock asks 108 a year to 2028: the floor binds (or more)
        CountyShare b = allocation.counties().get(2);
        assertThat(b.county()).isEqualTo(B);
        assertThat(b.totalToDeadlineKm2PerYear()).isGreaterThanOrEqualTo(108 - 1e-6);
    }
}

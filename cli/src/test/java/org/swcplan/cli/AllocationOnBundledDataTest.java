package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.allocation.AllocationMethod;
import org.swcplan.model.allocation.AllocationPlan;
import org.swcplan.model.allocation.AllocationRequest;
import org.swcplan.model.allocation.Allocator;
import org.swcplan.model.allocation.CountyShare;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.Scope;
import org.swcplan.model.scenario.ScenarioProjector;
import org.swcplan.model.scenario.ScenarioResult;

/**
 * The allocation of the plan's targets on the bundled dataset, as {@code swc allocate} makes it
 * (the default forecast, paths, seed and calibrated k), checked against its own acceptance rules.
 */
class AllocationOnBundledDataTest {
    /** The plan's key mountain counties. */
    private static final Set<String> MOUNTAIN = Set.of("垣曲县", "平陆县", "夏县", "绛县", "芮城县");

    private static Dataset dataset;
    private static Projection projection;

    @BeforeAll
    static void project() {
        dataset = DatasetReader.read(new BundledDataset()).dataset();
        projection = Projection.of(dataset, ForecastMethods.auto(), new RegionForecaster.Settings(2035,
                RegionForecaster.Settings.DEFAULT_PATHS, RegionForecaster.Settings.DEFAULT_SEED), KSource.CALIBRATED);
    }

    private static double cityTarget(int milestone) {
        return dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT).stream().filter(t -> t.year() == milestone)
                .mapToDouble(Target::value).findFirst().orElseThrow();
    }

    private static Allocation allocate(int milestone, AllocationMethod method, double confidence) {
        return Allocator.allocate(dataset, projection, new AllocationRequest(milestone, cityTarget(milestone), method,
                confidence, false));
    }

    static Stream<Arguments> milestonesAndConfidences() {
        return Stream.of(2030, 2035).flatMap(m -> Stream.of(0.5, 0.8).map(q -> Arguments.of(m, q)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("milestonesAndConfidences")
    void leastCostKeepsEveryLimitTreatsEveryStockAndReachesTheTargetWhenProjected(int milestone, double confidence) {
        Allocation allocation = allocate(milestone, AllocationMethod.LEAST_COST, confidence);
        assertThat(allocation.feasible()).isTrue();
        assertThat(allocation.conflicts()).isEmpty();
        assertThat(allocation.deadline()).isEqualTo(2030);
        assertThat(allocation.probability()).isGreaterThanOrEqualTo(confidence);
        for (CountyShare s : allocation.counties()) {
            assertThat(s.plannedRatePct()).as(s.nameZh()).isLessThanOrEqualTo(s.maxRatePct() + 1e-9).isLessThan(100);
            assertThat(s.meetsTreatmentFloor()).as(s.nameZh()).isTrue();
            assertThat(s.totalToDeadlineKm2PerYear()).as(s.nameZh()).isGreaterThanOrEqualTo(s.floorKm2PerYear() - 1e-6);
            assertThat(s.bauKm2PerYear() + Math.max(s.extraToDeadlineKm2PerYear(), s.extraAfterDeadlineKm2PerYear()))
                    .as(s.nameZh()).isLessThanOrEqualTo(s.capacityKm2PerYear() + 1e-9);
        }
        // the programme as a plan, projected as swc scenario projects it
        ScenarioResult scenario = ScenarioProjector.project(dataset, projection, AllocationPlan.of(allocation, projection));
        ScenarioResult.MilestoneGap city = scenario.gaps().stream()
                .filter(g -> g.unit().equals(Scope.City.ID) && g.milestone() == milestone).findFirst().orElseThrow();
        assertThat(city.probabilityOfReaching()).isGreaterThanOrEqualTo(confidence);
        for (CountyShare s : allocation.counties()) {
            double projected = scenario.counties().stream().filter(u -> u.unit().equals(s.county())).findFirst()
                    .orElseThrow().points().stream().filter(p -> p.year() == milestone).findFirst().orElseThrow()
                    .projectedPct();
            assertThat(projected).as(s.nameZh()).isLessThanOrEqualTo(s.maxRatePct() + 0.01);
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("milestonesAndConfidences")
    void leastCostIsNeverDearerThanTheOtherMethods(int milestone, double confidence) {
        Map<AllocationMethod, Allocation> byMethod = new EnumMap<>(AllocationMethod.class);
        for (AllocationMethod method : AllocationMethod.values()) {
            byMethod.put(method, allocate(milestone, method, confidence));
        }
        assertThat(byMethod.values()).allMatch(Allocation::feasible);
        double leastCost = byMethod.get(AllocationMethod.LEAST_COST).totalExtraCostWan();
        for (Allocation other : byMethod.values()) {
            assertThat(leastCost).as(other.method().key()).isLessThanOrEqualTo(other.totalExtraCostWan() * (1 + 1e-9));
            assertThat(other.probability()).as(other.method().key()).isGreaterThanOrEqualTo(confidence);
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("milestonesAndConfidences")
    void equitableGivesEveryMountainCountyAShare(int milestone, double confidence) {
        List<CountyShare> mountain = allocate(milestone, AllocationMethod.EQUITABLE, confidence).counties().stream()
                .filter(s -> MOUNTAIN.contains(s.nameZh())).toList();
        assertThat(mountain).hasSize(5).allSatisfy(s -> assertThat(s.extraKm2()).as(s.nameZh()).isPositive());
    }
}

package org.swcplan.model.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.swcplan.model.Fixtures;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.region.CountyCode;

/**
 * The allocation on counties known without uncertainty (one sample path, k fixed), where the
 * probability of the target is 1 or 0 and every answer can be worked out by hand or by brute force.
 */
class AllocatorTest {
    private static final int LAST = 2024;

    /**
     * A county of a generated region: its land and BAU erosion at the milestone, parameters, BAU pace,
     * and the treatment a year its 治理度 floor asks (NaN: none).
     */
    record Facts(double landKm2, double erosionKm2, double k, double unitCost, double capacity, double maxRatePct,
                 double bau, double floor) {
        Facts(double landKm2, double erosionKm2, double k, double unitCost, double capacity) {
            this(landKm2, erosionKm2, k, unitCost, capacity, 100, 0, Double.NaN);
        }

        /** The most erosion the county can remove in {@code years}: its capacity or its ceiling. */
        double maxReduction(int years) {
            return Math.min(erosionKm2 - landKm2 * (1 - maxRatePct / 100), k * Math.max(0, capacity - bau) * years);
        }

        double costPerKm2Reduced() {
            return unitCost / k;
        }
    }

    static List<CountyInput> inputs(List<Facts> facts) {
        List<CountyInput> inputs = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            CountyCode code = new CountyCode("14080" + (i + 1));
            Facts f = facts.get(i);
            inputs.add(CountyInput.certain(Fixtures.county(code, "县" + (i + 1)), f.landKm2(), f.erosionKm2(),
                    new CountyParameters(code, f.k(), 0.1, f.unitCost(), f.capacity(), f.maxRatePct()), f.bau())
                    .withFloor(f.floor()));
        }
        return inputs;
    }

    /** The allocation with the 治理度 deadline at {@code deadline} (0: none). */
    static Allocation allocate(List<Facts> facts, int milestone, int deadline, double target, AllocationMethod method) {
        return Allocator.allocate(inputs(facts), LAST, deadline, Double.NaN,
                new AllocationRequest(milestone, target, method));
    }

    static Allocation allocate(List<Facts> facts, int milestone, double target, AllocationMethod method) {
        return allocate(facts, milestone, 0, target, method);
    }

    private static List<Facts> randomFacts(SplittableRandom random, int n) {
        List<Facts> facts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double land = random.nextDouble(500, 3000);
            facts.add(new Facts(land, land * random.nextDouble(0.1, 0.6), random.nextDouble(0.2, 0.6),
                    random.nextDouble(20, 60), random.nextDouble(2, 60)));
        }
        return facts;
    }

    /** The city target whose required reduction is {@code required}: (land − (E − required)) / land. */
    private static double targetFor(List<Facts> facts, double required) {
        double land = facts.stream().mapToDouble(Facts::landKm2).sum();
        double erosion = facts.stream().mapToDouble(Facts::erosionKm2).sum();
        return 100 * (land - (erosion - required)) / land;
    }

    private static double cityRate(List<Facts> facts) {
        return targetFor(facts, 0);
    }

    static Stream<Object[]> methodsAndSeeds() {
        return Arrays.stream(AllocationMethod.values())
                .flatMap(m -> LongStream.rangeClosed(1, 25).mapToObj(seed -> new Object[] {m, seed}));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("methodsAndSeeds")
    void everyMethodKeepsEachCountyWithinItsLimitsAndMeetsAReachableTarget(AllocationMethod method, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Facts> facts = new ArrayList<>();
        for (Facts f : randomFacts(random, random.nextInt(2, 5))) {
            double ceiling = random.nextBoolean() ? 100 : Math.min(100, cityRate(List.of(f)) + random.nextDouble(1, 20));
            facts.add(new Facts(f.landKm2(), f.erosionKm2(), f.k(), f.unitCost(), f.capacity(), ceiling,
                    random.nextDouble(0, 10), Double.NaN));
        }
        int years = random.nextInt(1, 9);
        // from a little below the current city rate (nothing to do) up to 100 %
        double target = Math.min(100, cityRate(facts) + random.nextDouble(-5, 40));
        Allocation allocation = allocate(facts, LAST + years, target, method);

        assertThat(allocation.lastYear()).as("seed %d", seed).isEqualTo(LAST);
        assertThat(allocation.counties()).as("seed %d", seed).hasSize(facts.size());
        double reachable = IntStream.range(0, facts.size()).mapToDouble(i -> facts.get(i).maxReduction(years)).sum();
        double required = facts.stream().mapToDouble(Facts::erosionKm2).sum()
                - facts.stream().mapToDouble(Facts::landKm2).sum() * (1 - target / 100);
        // every method has the same limits, so the same targets are feasible for all of them
        if (required <= reachable * (1 - 1e-9)) {
            assertThat(allocation.feasible()).as("seed %d", seed).isTrue();
        } else if (required > reachable * (1 + 1e-9) + 1e-9) {
            assertThat(allocation.feasible()).as("seed %d", seed).isFalse();
        }
        if (allocation.feasible()) {
            assertThat(allocation.probability()).as("seed %d", seed).isEqualTo(1);
            assertThat(allocation.rateAtConfidencePct()).as("seed %d", seed).isGreaterThanOrEqualTo(target);
        } else {
            assertThat(allocation.shortfallKm2()).as("seed %d", seed).isPositive();
            assertThat(allocation.binding()).as("seed %d: all at their limits", seed).hasSize(facts.size());
        }
        for (int i = 0; i < facts.size(); i++) {
            CountyShare share = allocation.counties().get(i);
            Facts f = facts.get(i);
            assertThat(share.extraKm2()).as("seed %d county %d", seed, i).isGreaterThanOrEqualTo(0);
            assertThat(share.totalKm2PerYear()).as("seed %d county %d: capacity", seed, i)
                    .isLessThanOrEqualTo(Math.max(f.capacity(), f.bau()) * (1 + 1e-9));
            assertThat(share.plannedRatePct()).as("seed %d county %d: ceiling", seed, i)
                    .isLessThanOrEqualTo(Math.max(f.maxRatePct(), share.bauRatePct()) + 1e-9);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void leastCostMatchesBruteForceOnSmallCases(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(2, 4);
        int years = random.nextInt(1, 9);
        List<Facts> facts = new ArrayList<>();
        for (Facts f : randomFacts(random, n)) {
            // half the counties have a 治理度 floor (the deadline is the milestone): at least (floor − BAU) a year
            double bau = random.nextDouble(0, f.capacity() / 2);
            double floor = random.nextBoolean() ? random.nextDouble(bau, f.capacity()) : Double.NaN;
            facts.add(new Facts(f.landKm2(), f.erosionKm2(), f.k(), f.unitCost(), f.capacity(), 100, bau, floor));
        }
        double[] lo = facts.stream().mapToDouble(f -> Double.isNaN(f.floor()) ? 0 : f.k() * (f.floor() - f.bau()) * years)
                .toArray();
        double[] max = facts.stream().mapToDouble(f -> f.maxReduction(years)).toArray();
        double floors = Arrays.stream(lo).sum();
        double reachable = Arrays.stream(max).sum();
        double required = floors + (reachable - floors) * random.nextDouble(0.05, 0.95);
        double target = targetFor(facts, required);

        Allocation allocation = allocate(facts, LAST + years, LAST + years, target, AllocationMethod.LEAST_COST);
        double[] cost = facts.stream().mapToDouble(Facts::costPerKm2Reduced).toArray();

        // brute force 1: the optimum of min Σ c_i x_i, Σ x_i = R, lo_i ≤ x_i ≤ max_i lies at a vertex, where
        // every x_i but (at most) one sits at lo_i or at max_i and that one is R − Σ others
        double vertexOptimum = Double.POSITIVE_INFINITY;
        for (int free = 0; free < n; free++) {
            for (int mask = 0; mask < 1 << n; mask++) {
                if ((mask & (1 << free)) != 0) {
                    continue;
                }
                double sum = 0;
                double total = 0;
                for (int i = 0; i < n; i++) {
                    if (i != free) {
                        double x = (mask & (1 << i)) != 0 ? max[i] : lo[i];
                        sum += x;
                        total += cost[i] * x;
                    }
                }
                double x = required - sum;
                if (x >= lo[free] - 1e-9 && x <= max[free] + 1e-9) {
                    vertexOptimum = Math.min(vertexOptimum, total + cost[free] * x);
                }
            }
        }
        // brute force 2: every county at its floor, then the fractional knapsack in ascending cost per km² reduced
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> cost[i]))
                .toArray(Integer[]::new);
        double left = required - floors;
        double greedy = IntStream.range(0, n).mapToDouble(i -> cost[i] * lo[i]).sum();
        for (int i : order) {
            double x = Math.min(left, max[i] - lo[i]);
            greedy += cost[i] * x;
            left -= x;
        }

        assertThat(allocation.feasible()).as("seed %d", seed).isTrue();
        assertThat(vertexOptimum).as("seed %d", seed).isCloseTo(greedy, within(1e-6 * greedy));
        assertThat(allocation.totalExtraCostWan()).as("seed %d", seed).isCloseTo(greedy, within(1e-6 * greedy + 1e-6));
        for (int i = 0; i < n; i++) {
            CountyShare share = allocation.counties().get(i);
            assertThat(share.totalKm2PerYear()).as("seed %d county %d", seed, i)
                    .isLessThanOrEqualTo(facts.get(i).capacity() * (1 + 1e-9));
            assertThat(share.meetsTreatmentFloor()).as("seed %d county %d", seed, i).isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void leastCostIsNeverDearerThanAnotherMethodWithinTheSameLimits(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int compared = 0;
        for (int round = 0; round < 10; round++) {
            List<Facts> facts = new ArrayList<>();
            int n = random.nextInt(2, 5);
            int years = random.nextInt(1, 9);
            for (int i = 0; i < n; i++) {
                double land = random.nextDouble(500, 3000);
                double erosion = land * random.nextDouble(0.1, 0.6);
                double k = random.nextDouble(0.2, 0.6);
                // capacity from half to three times what treating the county's whole erosion would take
                double capacity = erosion / k / years * random.nextDouble(0.5, 3);
                double bau = capacity * random.nextDouble(0, 0.3);
                double floor = random.nextBoolean() ? bau + (capacity - bau) * random.nextDouble(0, 0.5) : Double.NaN;
                facts.add(new Facts(land, erosion, k, random.nextDouble(20, 60), capacity,
                        random.nextDouble(90, 100), bau, floor));
            }
            double erosion = facts.stream().mapToDouble(Facts::erosionKm2).sum();
            double target = targetFor(facts, erosion * random.nextDouble(0.05, 0.6));
            Allocation leastCost = allocate(facts, LAST + years, LAST + years, target, AllocationMethod.LEAST_COST);
            for (AllocationMethod other : List.of(AllocationMethod.UNIFORM, AllocationMethod.PROPORTIONAL,
                    AllocationMethod.EQUITABLE)) {
                Allocation allocation = allocate(facts, LAST + years, LAST + years, target, other);
                assertThat(allocation.feasible()).as("seed %d round %d %s", seed, round, other)
                        .isEqualTo(leastCost.feasible());
                if (allocation.feasible()) {
                    compared++;
                    assertThat(leastCost.totalExtraCostWan()).as("seed %d round %d vs %s", seed, round, other)
                            .isLessThanOrEqualTo(allocation.totalExtraCostWan() * (1 + 1e-6) + 1e-6);
                }
            }
        }
        assertThat(compared).as("seed %d: some programmes were feasible", seed).isPositive();
    }

    @Test
    void aTargetBeyondTheCapacitiesIsReportedAsAShortfall() {
        // two counties of 1,000 km² eroding 300 and 200 km² (city 75 %); k 0.4, capacity 10 km²/a over 5 years:
        // each can reduce at most min(erosion, 0.4 · 10 · 5 = 20) = 20 km², 40 km² in all.
        // A 90 % target allows 2,000 · 0.1 = 200 km², so 300 km² must go: shortfall 260 km²,
        // reachable (2,000 − 460) / 2,000 = 77 %
        List<Facts> facts = List.of(new Facts(1000, 300, 0.4, 40, 10), new Facts(1000, 200, 0.4, 50, 10));
        for (AllocationMethod method : AllocationMethod.values()) {
            Allocation allocation = allocate(facts, LAST + 5, 90, method);

            assertThat(allocation.feasible()).isFalse();
            assertThat(allocation.requiredReductionKm2()).isCloseTo(300, within(1e-9));
            assertThat(allocation.shortfallKm2()).isCloseTo(260, within(1e-9));
            assertThat(allocation.rateAtConfidencePct()).isCloseTo(77, within(1e-9)).isLessThan(90);
            assertThat(allocation.probability()).isZero();
            assertThat(allocation.binding()).hasSize(2);
            // each county treats 20 / 0.4 / 5 = 10 km²/a: its whole capacity, no more
            assertThat(allocation.counties()).allSatisfy(share -> {
                assertThat(share.erosionReductionKm2()).isCloseTo(20, within(1e-9));
                assertThat(share.extraKm2PerYear()).isCloseTo(10, within(1e-9));
                assertThat(share.binding()).containsExactly(Binding.CAPACITY);
            });
            // cost: 50 km² treated at 40 plus 50 km² at 50 万元/km²
            assertThat(allocation.totalExtraCostWan()).isCloseTo(4500, within(1e-6));
        }
    }

    @Test
    void proportionalAndUniformShareByTheirRuleUntilACountyReachesItsLimit() {
        // land 1,000 each, erosion 300 and 200 (city 75 %), k 0.4, ample capacity; 80 % allows 400: reduce 100.
        List<Facts> facts = List.of(new Facts(1000, 300, 0.4, 40, 1000), new Facts(1000, 200, 0.4, 50, 1000));
        // proportional: 100 · 300/500 = 60 and 100 · 200/500 = 40 km²
        Allocation proportional = allocate(facts, LAST + 5, 80, AllocationMethod.PROPORTIONAL);
        assertThat(proportional.counties()).extracting(CountyShare::erosionReductionKm2)
                .satisfiesExactly(r -> assertThat(r).isCloseTo(60, within(1e-6)),
                        r -> assertThat(r).isCloseTo(40, within(1e-6)));
        // uniform: the same 5 points on equal land, 50 km² each
        Allocation uniform = allocate(facts, LAST + 5, 80, AllocationMethod.UNIFORM);
        assertThat(uniform.counties()).allSatisfy(share ->
                assertThat(share.plannedRatePct()).isCloseTo(share.bauRatePct() + 5, within(1e-6)));
        List<Facts> ceiling = List.of(new Facts(1000, 100, 0.4, 40, 1000, 95, 0, Double.NaN),
                new Facts(1000, 400, 0.4, 40, 1000));
        // city 75 %; 85 % allows 300 km²: reduce 200. Without a ceiling each would take 100 (10 points); the
        // first may go only to 95 % (reduce 50), so the second takes 150
        Allocation capped = allocate(ceiling, LAST + 5, 85, AllocationMethod.UNIFORM);
        assertThat(capped.feasible()).isTrue();
        assertThat(capped.counties().get(0).plannedRatePct()).isCloseTo(95, within(1e-6));
        assertThat(capped.counties().get(0).binding()).contains(Binding.CEILING);
        assertThat(capped.counties().get(1).erosionReductionKm2()).isCloseTo(150, within(1e-6));
    }

    @ParameterizedTest
    @EnumSource(AllocationMethod.class)
    void noCountyIsSentPastItsCeilingEvenWhenTheCheapest(AllocationMethod method) {
        // the first county is cheap and nearly eroded away; its ceiling 95 % leaves it 50 km² of 1,000
        List<Facts> facts = List.of(new Facts(1000, 100, 0.5, 10, 1000, 95, 0, Double.NaN),
                new Facts(1000, 400, 0.4, 60, 1000, 95, 0, Double.NaN));
        // city 75 %; 90 % allows 200 km²: reduce 300; the first can give only 50
        Allocation allocation = allocate(facts, LAST + 5, 90, method);
        assertThat(allocation.feasible()).isTrue();
        assertThat(allocation.counties()).allSatisfy(s -> assertThat(s.plannedRatePct()).isLessThanOrEqualTo(95 + 1e-9));
        assertThat(allocation.counties().get(1).erosionReductionKm2()).isGreaterThanOrEqualTo(250 - 1e-6);
    }

    @ParameterizedTest
    @EnumSource(AllocationMethod.class)
    void aTargetAlreadyMetNeedsNoExtraTreatment(AllocationMethod method) {
        // city rate 75 % against a 70 % target: the allowed 600 km² exceed the 500 eroding
        List<Facts> facts = List.of(new Facts(1000, 300, 0.4, 40, 10), new Facts(1000, 200, 0.4, 50, 10));
        Allocation allocation = allocate(facts, LAST + 5, 70, method);

        assertThat(allocation.requiredReductionKm2()).isZero();
        assertThat(allocation.feasible()).isTrue();
        assertThat(allocation.plannedRatePct()).isCloseTo(75, within(1e-9));
        assertThat(allocation.counties()).allSatisfy(share -> {
            assertThat(share.extraKm2()).isZero();
            assertThat(share.binding()).isEmpty();
        });
        assertThat(allocation.binding()).isEmpty();
    }

    @Test
    void theTreatmentFloorRaisesTheYearsToTheDeadlineAndTheRestFollowsAnEvenPace() {
        // 11 years to 2035, deadline 2030 (6 years). A: BAU 20, its stock asks 50 a year: at least 30 extra a
        // year to 2030 even though the city needs nothing (70 % target); B has no floor.
        List<Facts> facts = List.of(new Facts(1000, 300, 0.4, 40, 80, 95, 20, 50),
                new Facts(1000, 200, 0.4, 50, 80, 95, 20, Double.NaN));
        Allocation none = allocate(facts, 2035, 2030, 70, AllocationMethod.LEAST_COST);
        CountyShare a = none.counties().get(0);
        assertThat(a.extraToDeadlineKm2PerYear()).isCloseTo(30, within(1e-9));
        assertThat(a.extraAfterDeadlineKm2PerYear()).isZero();
        assertThat(a.extraKm2()).isCloseTo(180, within(1e-9));
        assertThat(a.binding()).containsExactly(Binding.TREATMENT_FLOOR);
        assertThat(a.meetsTreatmentFloor()).isTrue();
        assertThat(none.counties().get(1).extraKm2()).isZero();
        // A 2035 target asking A for more than its floor: an even 40 a year (≥ 30) in both periods.
        // City 75 %; 84 % allows 320: reduce 180 = 0.4 · 11 · 40 + 0.4 · x_B · 11 with A cheaper (40 / 0.4 = 100
        // against 125 万元 per km² reduced): A at capacity 80 − 20 = 60 a year first: 0.4 · 60 · 11 = 264 ≥ 180, so
        // A alone: 180 / 0.4 / 11 = 40.909 a year
        Allocation more = allocate(facts, 2035, 2030, 84, AllocationMethod.LEAST_COST);
        CountyShare a2 = more.counties().get(0);
        assertThat(a2.extraToDeadlineKm2PerYear()).isCloseTo(180 / 0.4 / 11, within(1e-6));
        assertThat(a2.extraAfterDeadlineKm2PerYear()).isCloseTo(180 / 0.4 / 11, within(1e-6));
        assertThat(more.counties().get(1).extraKm2()).isCloseTo(0, within(1e-6));
    }

    @Test
    void aFloorBeyondACountysCapacityIsAConflictAndTheCountyTreatsAtCapacity() {
        // A: BAU 20, capacity 40, its stock asks 50 a year to the deadline: 10 a year beyond what it can do
        List<Facts> facts = List.of(new Facts(1000, 300, 0.4, 40, 40, 95, 20, 50),
                new Facts(1000, 200, 0.4, 50, 80, 95, 20, Double.NaN));
        Allocation allocation = allocate(facts, 2030, 2030, 70, AllocationMethod.LEAST_COST);
        assertThat(allocation.feasible()).isFalse();
        assertThat(allocation.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.floor()).isEqualTo(Binding.TREATMENT_FLOOR);
            assertThat(c.limit()).isEqualTo(Binding.CAPACITY);
        });
        CountyShare a = allocation.counties().get(0);
        assertThat(a.totalKm2PerYear()).isCloseTo(40, within(1e-9));
        assertThat(a.meetsTreatmentFloor()).isFalse();
    }

    @Test
    void countyTargetsAreFloorsOnlyWhenAsked() {
        // city 75 %, 76 % allows 480: reduce 20. B (own target 82 %, BAU 80 %) is dearer, so least cost leaves it
        // alone unless its own target is a floor: then it removes 20 km² and the city needs nothing more
        List<CountyInput> inputs = inputs(List.of(new Facts(1000, 300, 0.4, 40, 100), new Facts(1000, 200, 0.4, 80, 100)));
        inputs.set(1, inputs.get(1).withTarget(82));
        Allocation free = Allocator.allocate(inputs, LAST, 0, Double.NaN,
                new AllocationRequest(LAST + 5, 76, AllocationMethod.LEAST_COST, 0.5, false));
        assertThat(free.counties().get(1).extraKm2()).isZero();
        Allocation honoured = Allocator.allocate(inputs, LAST, 0, Double.NaN,
                new AllocationRequest(LAST + 5, 76, AllocationMethod.LEAST_COST, 0.5, true));
        assertThat(honoured.counties().get(1).plannedRatePct()).isCloseTo(82, within(1e-6));
        assertThat(honoured.counties().get(1).binding()).contains(Binding.COUNTY_TARGET);
        assertThat(honoured.counties().get(0).extraKm2()).isCloseTo(0, within(1e-6));
        assertThat(honoured.totalExtraCostWan()).isGreaterThan(free.totalExtraCostWan());
    }

    @Test
    void equitableClosesTheSameShareOfEveryCountysGapUntilALimitHolds() {
        // own targets: A 80 % (BAU 70 %: gap 100 km²), B 90 % (BAU 80 %: gap 100 km²), C 75 % (BAU 70 %: gap 50);
        // city 73.33 %; 76 % allows 720 of 3,000: reduce 80 → each closes 80 / 250 = 32 % of its gap
        List<CountyInput> inputs = inputs(List.of(new Facts(1000, 300, 0.4, 40, 1000),
                new Facts(1000, 200, 0.4, 20, 1000), new Facts(1000, 300, 0.4, 60, 1000)));
        inputs.set(0, inputs.get(0).withTarget(80));
        inputs.set(1, inputs.get(1).withTarget(90));
        inputs.set(2, inputs.get(2).withTarget(75));
        Allocation equitable = Allocator.allocate(inputs, LAST, 0, Double.NaN,
                new AllocationRequest(LAST + 5, 76, AllocationMethod.EQUITABLE));
        double[] gaps = {100, 100, 50};
        for (int i = 0; i < 3; i++) {
            assertThat(equitable.counties().get(i).erosionReductionKm2()).as("county %d", i)
                    .isCloseTo(0.32 * gaps[i], within(1e-6));
        }
        // least cost gives it all to the cheapest county (B) and none to A and C
        Allocation leastCost = Allocator.allocate(inputs, LAST, 0, Double.NaN,
                new AllocationRequest(LAST + 5, 76, AllocationMethod.LEAST_COST));
        assertThat(leastCost.counties().get(0).extraKm2()).isZero();
        assertThat(leastCost.counties().get(2).extraKm2()).isZero();
        // past every county's target (85 % allows 450: reduce 350, 250 of which close the gaps), the rest goes
        // at least cost: B (cheapest, 20 / 0.4 = 50 万元 per km² reduced) takes the other 100
        Allocation beyond = Allocator.allocate(inputs, LAST, 0, Double.NaN,
                new AllocationRequest(LAST + 5, 85, AllocationMethod.EQUITABLE));
        assertThat(beyond.counties()).extracting(CountyShare::erosionReductionKm2)
                .satisfiesExactly(r -> assertThat(r).isCloseTo(100, within(1e-6)),
                        r -> assertThat(r).isCloseTo(200, within(1e-6)),
                        r -> assertThat(r).isCloseTo(50, within(1e-6)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void medianBySelectionEqualsTheMedianOfTheSortedValues(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(1, 300);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            // ties on purpose: a few distinct values in some seeds
            values[i] = seed % 3 == 0 ? random.nextInt(5) : random.nextDouble(-100, 100);
        }
        assertThat(CountyInput.medianInPlace(values.clone())).as("seed %d n %d", seed, n)
                .isEqualTo(CountyInput.median(values));
    }
}

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
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.SwcRate;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;

class AllocatorTest {
    private static final int LAST = 2024;

    /** A county of a generated region: its last land and erosion, and its parameters. */
    private record Facts(double landKm2, double erosionKm2, double k, double unitCost, double capacity) {
        double maxReduction(int years) {
            return Math.min(erosionKm2, k * capacity * years);
        }

        double costPerKm2Reduced() {
            return unitCost / k;
        }
    }

    /** The allocation of the facts: each county's erosion is its BAU erosion at the milestone, BAU pace 0. */
    private static Allocation allocate(List<Facts> facts, int milestone, double target, AllocationMethod method) {
        List<Allocator.Input> inputs = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            CountyCode code = new CountyCode("14080" + (i + 1));
            Facts f = facts.get(i);
            inputs.add(new Allocator.Input(Fixtures.county(code, "县" + (i + 1)), f.landKm2(), f.erosionKm2(),
                    new CountyParameters(code, f.k(), f.unitCost(), f.capacity()), milestone - LAST));
        }
        double land = facts.stream().mapToDouble(Facts::landKm2).sum();
        double erosion = facts.stream().mapToDouble(Facts::erosionKm2).sum();
        return Allocator.allocate(inputs, land, erosion, SwcRate.percent(land, erosion), milestone, target, LAST,
                method);
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
    void reductionsAddUpToTheRequirementAndStayWithinEachCountysErosion(AllocationMethod method, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Facts> facts = randomFacts(random, random.nextInt(2, 5));
        int milestone = LAST + random.nextInt(1, 9);
        // from a little below the current city rate (nothing to do) up to 100 %
        double target = Math.min(100, cityRate(facts) + random.nextDouble(-5, 40));
        Allocation allocation = allocate(facts, milestone, target, method);

        assertThat(allocation.lastYear()).as("seed %d", seed).isEqualTo(LAST);
        assertThat(allocation.counties()).as("seed %d", seed).hasSize(facts.size());
        if (method != AllocationMethod.LEAST_COST) {
            assertThat(allocation.feasible()).as("seed %d: %s ignores capacity", seed, method).isTrue();
        }
        if (allocation.feasible()) {
            assertThat(allocation.totalReductionKm2()).as("seed %d", seed)
                    .isCloseTo(allocation.requiredReductionKm2(), within(0.01));
            assertThat(allocation.shortfallKm2()).as("seed %d", seed).isZero();
        } else {
            assertThat(allocation.totalReductionKm2() + allocation.shortfallKm2()).as("seed %d", seed)
                    .isCloseTo(allocation.requiredReductionKm2(), within(0.01));
        }
        for (int i = 0; i < facts.size(); i++) {
            double reduction = allocation.counties().get(i).erosionReductionKm2();
            assertThat(reduction).as("seed %d county %d", seed, i).isGreaterThanOrEqualTo(0)
                    .isLessThanOrEqualTo(facts.get(i).erosionKm2() + 1e-9);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void leastCostMatchesBruteForceOnSmallCases(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = random.nextInt(2, 4);
        List<Facts> facts = randomFacts(random, n);
        int years = random.nextInt(1, 9);
        double[] max = facts.stream().mapToDouble(f -> f.maxReduction(years)).toArray();
        double reachable = Arrays.stream(max).sum();
        double target = targetFor(facts, reachable * random.nextDouble(0.05, 0.95));

        Allocation allocation = allocate(facts, LAST + years, target, AllocationMethod.LEAST_COST);
        double required = allocation.requiredReductionKm2();
        double[] cost = facts.stream().mapToDouble(Facts::costPerKm2Reduced).toArray();

        // brute force 1: the optimum of min Σ c_i x_i, Σ x_i = R, 0 ≤ x_i ≤ max_i lies at a vertex, where
        // every x_i but (at most) one sits at 0 or at max_i and that one is R − Σ others
        double vertexOptimum = Double.POSITIVE_INFINITY;
        for (int free = 0; free < n; free++) {
            for (int mask = 0; mask < 1 << n; mask++) {
                if ((mask & (1 << free)) != 0) {
                    continue;
                }
                double sum = 0;
                double total = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        sum += max[i];
                        total += cost[i] * max[i];
                    }
                }
                double x = required - sum;
                if (x >= -1e-9 && x <= max[free] + 1e-9) {
                    vertexOptimum = Math.min(vertexOptimum, total + cost[free] * x);
                }
            }
        }
        // brute force 2: the fractional knapsack, filling counties in ascending cost per km² reduced
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> cost[i]))
                .toArray(Integer[]::new);
        double left = required;
        double greedy = 0;
        for (int i : order) {
            double x = Math.min(left, max[i]);
            greedy += cost[i] * x;
            left -= x;
        }

        assertThat(allocation.feasible()).as("seed %d", seed).isTrue();
        assertThat(vertexOptimum).as("seed %d", seed).isCloseTo(greedy, within(1e-6 * greedy));
        assertThat(allocation.totalCostWan()).as("seed %d", seed).isCloseTo(greedy, within(1e-6 * greedy + 1e-6));
        for (int i = 0; i < n; i++) {
            CountyShare share = allocation.counties().get(i);
            assertThat(share.treatmentKm2PerYear()).as("seed %d county %d", seed, i)
                    .isLessThanOrEqualTo(facts.get(i).capacity() * (1 + 1e-9));
            assertThat(share.overCapacity()).as("seed %d county %d", seed, i).isFalse();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void leastCostIsNoDearerThanUniformOrProportionalWithinTheSameCapacities(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int compared = 0;
        for (int round = 0; round < 20; round++) {
            List<Facts> facts = new ArrayList<>();
            int n = random.nextInt(2, 5);
            int years = random.nextInt(1, 9);
            for (int i = 0; i < n; i++) {
                double land = random.nextDouble(500, 3000);
                double erosion = land * random.nextDouble(0.1, 0.6);
                double k = random.nextDouble(0.2, 0.6);
                // capacity from half to three times what treating the county's whole erosion would take
                double capacity = erosion / k / years * random.nextDouble(0.5, 3);
                facts.add(new Facts(land, erosion, k, random.nextDouble(20, 60), capacity));
            }
            double erosion = facts.stream().mapToDouble(Facts::erosionKm2).sum();
            double target = targetFor(facts, erosion * random.nextDouble(0.05, 0.6));
            Allocation leastCost = allocate(facts, LAST + years, target, AllocationMethod.LEAST_COST);
            for (AllocationMethod other : List.of(AllocationMethod.UNIFORM, AllocationMethod.PROPORTIONAL)) {
                Allocation allocation = allocate(facts, LAST + years, target, other);
                if (allocation.counties().stream().noneMatch(CountyShare::overCapacity)) {
                    compared++;
                    assertThat(leastCost.feasible()).as("seed %d round %d vs %s", seed, round, other).isTrue();
                    assertThat(leastCost.totalCostWan()).as("seed %d round %d vs %s", seed, round, other)
                            .isLessThanOrEqualTo(allocation.totalCostWan() * (1 + 1e-6) + 1e-6);
                }
            }
        }
        assertThat(compared).as("seed %d: some programmes respected the capacities", seed).isPositive();
    }

    @Test
    void aTargetBeyondTheCapacitiesIsReportedAsAShortfall() {
        // two counties of 1,000 km² eroding 300 and 200 km² (city 75 %); k 0.4, capacity 10 km²/a over 5 years:
        // each can reduce at most min(erosion, 0.4 · 10 · 5 = 20) = 20 km², 40 km² in all.
        // A 90 % target allows 2,000 · 0.1 = 200 km², so 300 km² must go: shortfall 260 km²,
        // reachable (2,000 − 460) / 2,000 = 77 %
        List<Facts> facts = List.of(new Facts(1000, 300, 0.4, 40, 10), new Facts(1000, 200, 0.4, 50, 10));
        Allocation allocation = allocate(facts, LAST + 5, 90, AllocationMethod.LEAST_COST);

        assertThat(allocation.feasible()).isFalse();
        assertThat(allocation.requiredReductionKm2()).isCloseTo(300, within(1e-9));
        assertThat(allocation.shortfallKm2()).isCloseTo(260, within(1e-9));
        assertThat(allocation.reachableRatePct()).isCloseTo(77, within(1e-9)).isLessThan(90);
        assertThat(allocation.cityLastRatePct()).isCloseTo(75, within(1e-9));
        assertThat(allocation.binding()).hasSize(2);
        // each county treats 20 / 0.4 / 5 = 10 km²/a: its whole capacity, no more
        assertThat(allocation.counties()).allSatisfy(share -> {
            assertThat(share.erosionReductionKm2()).isCloseTo(20, within(1e-9));
            assertThat(share.treatmentKm2PerYear()).isCloseTo(10, within(1e-9));
            assertThat(share.overCapacity()).isFalse();
        });
        // cost: 50 km² treated at 40 plus 50 km² at 50 万元/km²
        assertThat(allocation.totalCostWan()).isCloseTo(4500, within(1e-6));
    }

    @Test
    void methodsIgnoringCapacityMeetTheSameTargetButFlagTheOverload() {
        List<Facts> facts = List.of(new Facts(1000, 300, 0.4, 40, 10), new Facts(1000, 200, 0.4, 50, 10));
        // proportional: 300 · 300/500 = 180 and 300 · 200/500 = 120 km²; 180 / 0.4 / 5 = 90 km²/a > 10
        Allocation proportional = allocate(facts, LAST + 5, 90, AllocationMethod.PROPORTIONAL);
        assertThat(proportional.feasible()).isTrue();
        assertThat(proportional.counties()).extracting(CountyShare::erosionReductionKm2)
                .satisfiesExactly(r -> assertThat(r).isCloseTo(180, within(1e-9)),
                        r -> assertThat(r).isCloseTo(120, within(1e-9)));
        assertThat(proportional.counties()).allMatch(CountyShare::overCapacity);
        // uniform: the same 15 points on equal land, 150 km² each; 150 / 0.4 / 5 = 75 km²/a > 10
        Allocation uniform = allocate(facts, LAST + 5, 90, AllocationMethod.UNIFORM);
        assertThat(uniform.counties()).allSatisfy(share -> {
            assertThat(share.erosionReductionKm2()).isCloseTo(150, within(1e-6));
            assertThat(share.targetPct()).isCloseTo(share.lastRatePct() + 15, within(1e-6));
            assertThat(share.overCapacity()).isTrue();
        });
        assertThat(uniform.reachableRatePct()).isCloseTo(90, within(1e-6));
    }

    @Test
    void uniformCapsACountyThatRunsOutOfErosion() {
        // land 1,000 each, erosion 20 and 400 (city 79 %); target 90 % allows 200, so 220 km² must go.
        // A gain g of 22 points would take 220 from each; A has only 20, so g solves 20 + 10 g = 220: g = 20
        List<Facts> facts = List.of(new Facts(1000, 20, 0.4, 40, 1000), new Facts(1000, 400, 0.4, 40, 1000));
        Allocation uniform = allocate(facts, LAST + 5, 90, AllocationMethod.UNIFORM);
        assertThat(uniform.counties().get(0).erosionReductionKm2()).isCloseTo(20, within(1e-6));
        assertThat(uniform.counties().get(1).erosionReductionKm2()).isCloseTo(200, within(1e-6));
        assertThat(uniform.counties().get(0).targetPct()).isCloseTo(100, within(1e-6));
    }

    @ParameterizedTest
    @EnumSource(AllocationMethod.class)
    void aTargetAlreadyMetNeedsNoReduction(AllocationMethod method) {
        // city rate 75 % (see above) against a 70 % target: the allowed 600 km² exceed the 500 eroding
        List<Facts> facts = List.of(new Facts(1000, 300, 0.4, 40, 10), new Facts(1000, 200, 0.4, 50, 10));
        Allocation allocation = allocate(facts, LAST + 5, 70, method);

        assertThat(allocation.requiredReductionKm2()).isZero();
        assertThat(allocation.feasible()).isTrue();
        assertThat(allocation.shortfallKm2()).isZero();
        assertThat(allocation.reachableRatePct()).isCloseTo(75, within(1e-9));
        // uniform bisects its gain down to 100 / 2^200 points, not to an exact 0
        assertThat(allocation.counties()).allSatisfy(share -> {
            assertThat(share.erosionReductionKm2()).isCloseTo(0, within(1e-9));
            assertThat(share.costWan()).isCloseTo(0, within(1e-9));
            assertThat(share.atCapacity()).isFalse();
        });
        assertThat(allocation.binding()).isEmpty();
    }

    /** Erosion 102.1 and 211.7 km²: 313.8 · 211.7 / 313.8 rounds to 211.70000000000002 in doubles. */
    private static final List<Facts> ROUNDING = List.of(new Facts(1000, 102.1, 0.4, 40, 1000),
            new Facts(1000, 211.7, 0.5, 50, 1000));

    @ParameterizedTest
    @EnumSource(value = AllocationMethod.class, names = "PROPORTIONAL", mode = EnumSource.Mode.EXCLUDE)
    void aHundredPercentTargetRemovesAllErosion(AllocationMethod method) {
        // a 100 % target allows no erosion: all 102.1 + 211.7 = 313.8 km² must go (capacities ample)
        Allocation allocation = allocate(ROUNDING, LAST + 5, 100, method);
        assertThat(allocation.requiredReductionKm2()).isCloseTo(313.8, within(1e-9));
        assertThat(allocation.feasible()).isTrue();
        assertThat(allocation.reachableRatePct()).isCloseTo(100, within(1e-9));
        assertThat(allocation.counties()).extracting(CountyShare::erosionReductionKm2)
                .satisfiesExactly(r -> assertThat(r).isCloseTo(102.1, within(1e-6)),
                        r -> assertThat(r).isCloseTo(211.7, within(1e-6)));
    }

    /** required · e / E rounds just above e at a 100 % target (211.7 → 211.70000000000002): capped. */
    @Test
    void aHundredPercentTargetRemovesAllErosionProportionally() {
        Allocation allocation = allocate(ROUNDING, LAST + 5, 100, AllocationMethod.PROPORTIONAL);
        assertThat(allocation.feasible()).isTrue();
        assertThat(allocation.reachableRatePct()).isCloseTo(100, within(1e-9));
        assertThat(allocation.counties()).extracting(CountyShare::erosionReductionKm2)
                .satisfiesExactly(r -> assertThat(r).isCloseTo(102.1, within(1e-6)),
                        r -> assertThat(r).isCloseTo(211.7, within(1e-6)));
    }
}

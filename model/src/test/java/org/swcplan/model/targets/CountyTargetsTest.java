package org.swcplan.model.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.swcplan.model.region.CountyCode;

class CountyTargetsTest {
    private static final CountyCode A = new CountyCode("140802");
    private static final CountyCode B = new CountyCode("140827");
    /** A: 1,000 km² at 90 % (100 km² eroding); B: 3,000 km² at 50 % (1,500 km²); the city at 60 %. */
    private static final List<CountyTargets.Input> TWO = List.of(new CountyTargets.Input(A, 1000, 90, 90, 97),
            new CountyTargets.Input(B, 3000, 50, 50, 97));

    @Test
    void countiesRemoveTheSameShareOfTheirErosion() {
        // by hand: 64 % allows 1,440 km² of the 1,600 eroding, a tenth removed everywhere: A 90 → 91, B 50 → 55
        CountyTargets.Split split = CountyTargets.split(TWO, Map.of(), 2030, 64);
        assertThat(split.targets().get(A).ratePct()).isCloseTo(91, within(1e-9));
        assertThat(split.targets().get(B).ratePct()).isCloseTo(55, within(1e-9));
        assertThat(split.targets().values()).allSatisfy(t -> assertThat(t.source()).isEqualTo(TargetSource.DERIVED));
        assertThat(split.check().erosionRemovedPct()).isCloseTo(10, within(1e-9));
        assertThat(split.check().verdict()).isEqualTo(MilestoneCheck.Verdict.MET);
    }

    @Test
    void givenTargetsStayAndTheOthersMakeUpTheDifference() {
        // B takes what A's 95 % leaves: (4000 × 64 − 1000 × 95) / 3000
        CountyTargets.Split split = CountyTargets.split(TWO, Map.of(A, 95.0), 2030, 64);
        assertThat(split.targets().get(A)).isEqualTo(new MilestoneTarget(A, 2030, 95, TargetSource.TARGETS_CSV));
        assertThat(split.targets().get(B).ratePct()).isCloseTo((4000 * 64 - 95000) / 3000.0, within(1e-9));
        assertThat(split.check().cityPct()).isCloseTo(64, within(1e-9));
        assertThat(split.check().given()).isEqualTo(1);
        assertThat(split.check().derived()).isEqualTo(1);
    }

    @Test
    void givenTargetsThatOverFulfilTheCityAreSaidToAndTheOthersStayAtTheirFloor() {
        CountyTargets.Split all = CountyTargets.split(TWO, Map.of(A, 99.0, B, 60.0), 2030, 64);
        assertThat(all.check().cityPct()).isCloseTo((99000 + 180000) / 4000.0, within(1e-9));
        assertThat(all.check().verdict()).isEqualTo(MilestoneCheck.Verdict.OVER_FULFILLED);
        assertThat(all.check().differencePp()).isCloseTo(5.75, within(1e-9));

        CountyTargets.Split some = CountyTargets.split(TWO, Map.of(B, 62.0), 2030, 60.5);
        assertThat(some.targets().get(A).ratePct()).isEqualTo(90);
        assertThat(some.check().verdict()).isEqualTo(MilestoneCheck.Verdict.OVER_FULFILLED);
    }

    @Test
    void derivedCountiesNeverPassTheirCeilingAndAShortCityIsSaidToBe() {
        CountyTargets.Split split = CountyTargets.split(TWO, Map.of(), 2035, 98);
        assertThat(split.targets().values()).allSatisfy(t -> assertThat(t.ratePct()).isEqualTo(97));
        assertThat(split.check().verdict()).isEqualTo(MilestoneCheck.Verdict.SHORT);
        assertThat(split.check().atCeiling()).containsExactly(A, B);
    }

    @Test
    void aGivenTargetAlreadyReachedIsHeldWhereTheCountyIs() {
        CountyTargets.Split split = CountyTargets.split(TWO, Map.of(A, 85.0), 2025, 60);
        assertThat(split.targets().get(A).ratePct()).isEqualTo(90);
        assertThat(split.check().givenBelowFloor()).containsExactly(A);
        assertThat(split.targets().get(B).ratePct()).isEqualTo(50);
    }

    @Test
    void aFloorAboveTheCeilingWins() {
        List<CountyTargets.Input> high = List.of(new CountyTargets.Input(A, 1000, 98, 98, 97),
                new CountyTargets.Input(B, 3000, 50, 50, 97));
        CountyTargets.Split split = CountyTargets.split(high, Map.of(), 2030, 70);
        assertThat(split.targets().get(A).ratePct()).isEqualTo(98);
        assertThat(split.check().cityPct()).isCloseTo(70, within(1e-9));
    }

    static Stream<Long> seeds() {
        return new SplittableRandom(20240118L).longs(40).boxed();
    }

    /** Whatever the counties and the targets given, the split adds up, by area, to what its verdict says. */
    @ParameterizedTest
    @MethodSource("seeds")
    void splitsAddUpByAreaWithinFloorsAndCeiling(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(14);
        List<CountyTargets.Input> counties = new ArrayList<>();
        Map<CountyCode, Double> given = new HashMap<>();
        double land = 0;
        double conserved = 0;
        for (int i = 0; i < n; i++) {
            CountyCode code = new CountyCode(Integer.toString(140801 + i));
            double area = 200 + random.nextDouble() * 1800;
            double rate = 50 + random.nextDouble() * 45;
            double floor = rate + (random.nextBoolean() ? random.nextDouble() * 2 : 0);
            counties.add(new CountyTargets.Input(code, area, rate, floor, 85 + random.nextDouble() * 15));
            if (random.nextInt(4) == 0) {
                given.put(code, 50 + random.nextDouble() * 49);
            }
            land += area;
            conserved += area * rate;
        }
        double cityTarget = conserved / land + random.nextDouble() * 12;
        CountyTargets.Split split = CountyTargets.split(counties, given, 2030, cityTarget);
        String context = "seed " + seed;
        double weighted = 0;
        for (CountyTargets.Input c : counties) {
            MilestoneTarget t = split.targets().get(c.code());
            weighted += c.landKm2() * t.ratePct();
            assertThat(t.ratePct()).as(context).isGreaterThanOrEqualTo(c.floorPct());
            if (t.source() == TargetSource.DERIVED) {
                assertThat(t.ratePct()).as(context).isLessThanOrEqualTo(Math.max(c.floorPct(), c.ceilingPct()) + 1e-12);
            } else {
                assertThat(t.ratePct()).as(context).isEqualTo(Math.max(c.floorPct(), given.get(c.code())));
            }
        }
        assertThat(split.check().cityPct()).as(context).isCloseTo(weighted / land, within(1e-9));
        switch (split.check().verdict()) {
            case MET -> assertThat(split.check().cityPct()).as(context).isCloseTo(cityTarget, within(1e-6));
            case OVER_FULFILLED -> assertThat(split.check().erosionRemovedPct()).as(context)
                    .satisfiesAnyOf(f -> assertThat(f).isNaN(), f -> assertThat(f).isZero());
            case SHORT -> assertThat(split.check().erosionRemovedPct()).as(context)
                    .satisfiesAnyOf(f -> assertThat(f).isNaN(), f -> assertThat(f).isEqualTo(100));
        }
    }
}

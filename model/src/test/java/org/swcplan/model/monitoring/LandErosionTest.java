package org.swcplan.model.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LandErosionTest {
    @Test
    void groupRateIsAreaWeightedNotTheMeanOfRates() {
        LandErosion small = new LandErosion(1000, new ErosionByClass(100, 0, 0, 0, 0), 0);
        LandErosion large = new LandErosion(3000, new ErosionByClass(1500, 0, 0, 0, 0), 0);
        double city = LandErosion.sum(List.of(small, large)).swcRatePct();
        // (4000 − 1600) / 4000 = 60 %, while the mean of 90 % and 50 % would be 70 %
        assertThat(city).isCloseTo(60, within(1e-12));
    }

    static Stream<Long> seeds() {
        return LongStream.range(1, 21).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sumOfPartsEqualsTheWholeInAnyOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LandErosion> parts = new ArrayList<>();
        double land = 0;
        double erosion = 0;
        for (int i = 0; i < 1 + random.nextInt(15); i++) {
            double partLand = 100 + random.nextDouble() * 2000;
            double[] classes = random.doubles(5, 0, partLand / 6).toArray();
            double wind = random.nextDouble() * partLand / 10;
            parts.add(new LandErosion(partLand, new ErosionByClass(classes[0], classes[1], classes[2], classes[3],
                    classes[4]), wind));
            land += partLand;
            erosion += classes[0] + classes[1] + classes[2] + classes[3] + classes[4] + wind;
        }
        LandErosion whole = LandErosion.sum(parts);
        Collections.shuffle(parts, new java.util.Random(seed));
        assertThat(whole.landAreaKm2()).as("seed %d", seed).isCloseTo(land, within(1e-6));
        assertThat(whole.erosionKm2()).as("seed %d", seed).isCloseTo(erosion, within(1e-6));
        assertThat(LandErosion.sum(parts).swcRatePct()).as("seed %d", seed).isCloseTo(whole.swcRatePct(), within(1e-9));
        assertThat(whole.swcRatePct()).as("seed %d", seed).isCloseTo(100 * (land - erosion) / land, within(1e-9));
    }
}

package org.swcplan.model.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;

class ObservedGainTest {
    private static final CountyCode A = Fixtures.A;
    private static final CountyCode B = Fixtures.B;

    /**
     * 1,000 km² each. A's rate 2020–2024: 71, 75, 75.5, 76, 76.5 (a 4-point step in 2021, then 0.5 a
     * year); B's 60, 61, 62, –, 64 (not monitored in 2023).
     */
    private static Dataset dataset() {
        double[] a = {290, 250, 245, 240, 235};
        double[] b = {400, 390, 380, Double.NaN, 360};
        List<AnnualRecord> records = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            records.add(Fixtures.record(A, 2020 + t, 1000, a[t]));
            if (!Double.isNaN(b[t])) {
                records.add(Fixtures.record(B, 2020 + t, 1000, b[t]));
            }
        }
        return new Dataset(List.of(Fixtures.county(A, "甲县"), Fixtures.county(B, "乙县")), records, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aOneOffStepDoesNotSetTheObservedGain() {
        // by hand: of A's ten pairwise slopes six are 0.5 (all pairs from 2021 on) and four, from 2020,
        // exceed 1.3; the median is 0.5. Least squares would give 1.2.
        assertThat(GapAnalysis.observedGain(dataset(), A, 2024)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aCountysGainUsesItsOwnMonitoredYearsAtTheirActualDistance() {
        // by hand: B's pairs 2020–21, 2020–22, 2021–22 give 1; 2020–24, 2021–24, 2022–24 give 1 too
        assertThat(GapAnalysis.observedGain(dataset(), B, 2024)).isCloseTo(1, within(1e-9));
    }

    @Test
    void theCitysGainUsesTheYearsEveryCountyWasMonitored() {
        // by hand: city rates (of 2,000 km²) 2020 65.5, 2021 68, 2022 68.75, 2024 70.25 (2023 skipped);
        // pairwise slopes 2.5, 1.625, 1.1875 | 0.75, 0.75 | 0.75: median (0.75 + 1.1875) / 2 = 0.96875
        assertThat(GapAnalysis.observedGain(dataset(), Scope.CITY, 2024)).isCloseTo(0.96875, within(1e-9));
    }
}

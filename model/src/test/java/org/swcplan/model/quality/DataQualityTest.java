package org.swcplan.model.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.CountyCode;

class DataQualityTest {
    private static final CountyCode A = Fixtures.A;
    private static final CountyCode B = Fixtures.B;
    private static final CountyCode C = new CountyCode("140821");

    /**
     * 2018–2024, 1,000 km² each. A gains 0.5 points a year but 4 in 2021; B gains 0.5 a year to 2021,
     * then loses 0.5 a year; C gains 0.5 a year, is not monitored in 2023, and its land is revised to
     * 1,010 km² in 2024.
     */
    private static Dataset dataset() {
        double[] a = {300, 295, 290, 250, 245, 240, 235};
        double[] b = {500, 495, 490, 485, 490, 495, 500};
        double[] c = {200, 195, 190, 185, 180, Double.NaN, 170};
        List<AnnualRecord> records = new ArrayList<>();
        for (int t = 0; t < 7; t++) {
            records.add(Fixtures.record(A, 2018 + t, 1000, a[t]));
            records.add(Fixtures.record(B, 2018 + t, 1000, b[t]));
            if (!Double.isNaN(c[t])) {
                records.add(Fixtures.record(C, 2018 + t, t == 6 ? 1010 : 1000, c[t]));
            }
        }
        return new Dataset(List.of(Fixtures.county(A, "甲县"), Fixtures.county(B, "乙县"), Fixtures.county(C, "丙县")),
                records, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aOneOffStepIsFlaggedWithTheRangeOfTheOtherChanges() {
        assertThat(DataQuality.notes(dataset())).contains(
                "甲县: the rate steps by +4.00 points in 2021 (other years move by +0.50 to +0.50); trends use robust slopes.");
    }

    @Test
    void gainsTurningIntoADeclineAreFlagged() {
        // by hand: B's rates 2022–2024 are 51, 50.5, 50 (slope −0.5), 2018–2021 50 to 51.5 (+0.5)
        assertThat(DataQuality.notes(dataset())).contains(
                "乙县: the rate declines by 0.50 points a year over 2022–2024, after gaining 0.50 a year over 2018–2021 "
                        + "(robust slopes).");
    }

    @Test
    void steadyChangesAndTheirMirrorImageAreNotSteps() {
        // B's changes are ±0.5: their median absolute deviation (0.5) sets the bar at 4 × 1.4826 × 0.5 ≈ 2.97
        assertThat(DataQuality.notes(dataset())).noneMatch(n -> n.startsWith("乙县: the rate steps"))
                .noneMatch(n -> n.startsWith("丙县"));
    }

    @Test
    void aLandRevisionAcrossAnUnmonitoredYearNamesBothYears() {
        assertThat(DataQuality.notes(dataset())).contains("Land base revised between 2022 and 2024: the land total "
                + "changes from 3000.00 to 3010.00 km², so rates of 2022 and earlier are on the older base.");
    }

    @Test
    void aStepNeedsFourYearToYearChangesToStandOutFrom() {
        List<AnnualRecord> records = List.of(Fixtures.record(A, 2021, 1000, 300), Fixtures.record(A, 2022, 1000, 295),
                Fixtures.record(A, 2023, 1000, 250), Fixtures.record(A, 2024, 1000, 245));
        assertThat(RateShifts.steps(Fixtures.county(A, "甲县"), records)).isEmpty();
    }
}

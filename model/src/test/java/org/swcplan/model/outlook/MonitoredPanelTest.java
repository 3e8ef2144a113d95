package org.swcplan.model.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;

class MonitoredPanelTest {
    private static final CountyCode A = Fixtures.A;
    private static final CountyCode B = Fixtures.B;

    private static Dataset dataset(List<AnnualRecord> records) {
        return new Dataset(List.of(Fixtures.county(A, "盐湖区"), Fixtures.county(B, "垣曲县")), records, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static double logit(double erosion, double land) {
        return Math.log(erosion / (land - erosion));
    }

    /**
     * A monitored 2019–2024 without 2022 and 2023 (2021: land 1,000 km², 100 eroding; 2024: land
     * 1,300 km², 200 eroding); B 2020–2024 without 2023.
     */
    private static Dataset withHoles() {
        return dataset(List.of(
                Fixtures.record(A, 2019, 1000, 120),
                Fixtures.record(A, 2020, 1000, 110), Fixtures.record(A, 2021, 1000, 100),
                Fixtures.record(A, 2024, 1300, 200),
                Fixtures.record(B, 2020, 2000, 600), Fixtures.record(B, 2021, 2000, 580),
                Fixtures.record(B, 2022, 2000, 560), Fixtures.record(B, 2024, 2000, 500)));
    }

    @Test
    void yearsRunFromTheFirstToTheLastYearEveryCountyHas() {
        MonitoredPanel panel = MonitoredPanel.of(withHoles());
        assertThat(panel.years()).containsExactly(2020, 2021, 2022, 2023, 2024);
        assertThat(panel.observedYears()).containsExactly(2020, 2021, 2024);
        assertThat(panel.unobservedYears()).containsExactly(2023);
        assertThat(panel.observedYears(A)).containsExactly(2020, 2021, 2024);
        assertThat(panel.observedYears(B)).containsExactly(2020, 2021, 2022, 2024);
        assertThat(panel.observedYears(Scope.CITY)).containsExactly(2020, 2021, 2024);
    }

    @Test
    void marksEveryInterpolatedCell() {
        assertThat(MonitoredPanel.of(withHoles()).interpolatedCells()).containsExactly(
                new MonitoredPanel.Cell(A, 2022), new MonitoredPanel.Cell(A, 2023), new MonitoredPanel.Cell(B, 2023));
    }

    @Test
    void missingYearsLieOnAStraightLineInLogitShareAndLand() {
        MonitoredPanel panel = MonitoredPanel.of(withHoles());
        // by hand: A's logit share goes from logit(100/1000) in 2021 to logit(200/1300) in 2024, a third
        // and two thirds of the way in 2022 and 2023; its land from 1,000 to 1,300 km², 100 km² a year
        double from = logit(100, 1000);
        double to = logit(200, 1300);
        assertThat(panel.logitShare(A, 2022)).isCloseTo(from + (to - from) / 3, within(1e-12));
        assertThat(panel.logitShare(A, 2023)).isCloseTo(from + 2 * (to - from) / 3, within(1e-12));
        assertThat(panel.landAreaKm2(A, 2022)).isCloseTo(1100, within(1e-9));
        assertThat(panel.landAreaKm2(A, 2023)).isCloseTo(1200, within(1e-9));
        // B's 2023 halfway between 560 and 500 km² of 2,000 on the logit scale
        double half = (logit(560, 2000) + logit(500, 2000)) / 2;
        assertThat(panel.logitShare(B, 2023)).isCloseTo(half, within(1e-12));
        assertThat(panel.erosionKm2(B, 2023)).isCloseTo(2000 / (1 + Math.exp(-half)), within(1e-9));
    }

    @Test
    void observedCellsKeepTheirMonitoredValues() {
        MonitoredPanel panel = MonitoredPanel.of(withHoles());
        assertThat(panel.logitShare(B, 2022)).isCloseTo(logit(560, 2000), within(1e-12));
        assertThat(panel.erosionKm2(A, 2024)).isEqualTo(200);
        assertThat(panel.landAreaKm2(A, 2024)).isEqualTo(1300);
        assertThat(panel.logitShares(A)).hasSize(5);
        assertThat(panel.logitShares(A)[0]).isCloseTo(logit(110, 1000), within(1e-12));
    }

    @Test
    void aSingleCompleteYearIsRefusedNamingWhatIsMissing() {
        Dataset one = dataset(List.of(
                Fixtures.record(A, 2024, 1000, 100),
                Fixtures.record(B, 2019, 2000, 600), Fixtures.record(B, 2020, 2000, 600),
                Fixtures.record(B, 2022, 2000, 560), Fixtures.record(B, 2024, 2000, 500)));
        assertThatThrownBy(() -> MonitoredPanel.of(one)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a forecast needs at least 2 years monitored in every county; only 2024 has data for all; "
                        + "missing: 盐湖区 2019–2023, 垣曲县 2021、2023");
    }

    @Test
    void noCompleteYearAtAllIsRefused() {
        Dataset none = dataset(List.of(Fixtures.record(A, 2023, 1000, 100), Fixtures.record(B, 2024, 2000, 500)));
        assertThatThrownBy(() -> MonitoredPanel.of(none))
                .hasMessage("a forecast needs at least 2 years monitored in every county; no year has data for all; "
                        + "missing: 盐湖区 2024, 垣曲县 2023");
        assertThatThrownBy(() -> MonitoredPanel.of(dataset(List.of(Fixtures.record(A, 2024, 1000, 100),
                Fixtures.record(B, 2024, 2000, 500))))).hasMessage("a forecast needs at least 2 years monitored in every "
                + "county; only 2024 has data for all; there is no other year of monitoring");
        assertThatThrownBy(() -> MonitoredPanel.of(dataset(List.of())))
                .hasMessageEndingWith("there are no monitoring records");
    }

    @Test
    void longListsOfYearsAreCapped() {
        assertThat(MonitoredPanel.ranges(new int[] {2001, 2003, 2004, 2005, 2007, 2009, 2011}))
                .isEqualTo("2001、2003–2005、2007、2009…");
    }
}

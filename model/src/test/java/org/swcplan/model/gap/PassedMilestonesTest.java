package org.swcplan.model.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.Scope;

/** A milestone the monitoring holds is assessed on the observed rate; the forecast starts after it. */
class PassedMilestonesTest {
    private static Dataset dataset;
    private static List<GapRow> rows;

    /**
     * 2025 monitored: A 275 km² of 1,000 (72.5 %), B 850 of 2,000 (57.5 %), C 465 of 1,500 (69.0 %);
     * the city 1,590 of 4,500 (64.67 %) against 65 %.
     */
    @BeforeAll
    static void assess() {
        dataset = GapFixture.withYear(GapFixture.threeCounties(), 2025, new double[] {275, 850, 465},
                new double[] {35, 40, 5});
        rows = GapAnalysis.rate(dataset, GapFixture.projection(dataset), GapAnalysis.reportedMilestones(dataset));
    }

    private static GapRow row(Scope unit, int milestone) {
        return GapFixture.row(rows, unit, milestone);
    }

    @Test
    void theMilestonesSplitIntoPassedAndAhead() {
        assertThat(GapAnalysis.passedMilestones(dataset)).containsExactly(2025);
        assertThat(GapAnalysis.upcomingMilestones(dataset)).containsExactly(2030);
        assertThat(GapAnalysis.reportedMilestones(dataset)).containsExactly(2025, 2030);
        assertThat(GapAnalysis.passedMilestones(GapFixture.threeCounties())).isEmpty();
    }

    @Test
    void aPassedMilestoneIsMetOrMissedByTheObservedRate() {
        GapRow a = row(GapFixture.A, 2025);
        assertThat(a.lastYear()).isEqualTo(2025);
        assertThat(a.lastRatePct()).isCloseTo(72.5, within(1e-9));
        assertThat(a.gapPp()).isCloseTo(-7.5, within(1e-9));
        assertThat(a.status()).isEqualTo(GapStatus.MET);
        GapRow b = row(GapFixture.B, 2025);
        assertThat(b.gapPp()).isCloseTo(7.5, within(1e-9));
        assertThat(b.gapKm2()).isCloseTo(150, within(1e-9));
        assertThat(b.status()).isEqualTo(GapStatus.MISSED);
        assertThat(row(GapFixture.C, 2025).status()).isEqualTo(GapStatus.MET);
        GapRow city = row(Scope.CITY, 2025);
        assertThat(city.lastRatePct()).isCloseTo(100 * (4500 - 1590) / 4500.0, within(1e-9));
        assertThat(city.gapPp()).isCloseTo(65 - 100 * (4500 - 1590) / 4500.0, within(1e-9));
        assertThat(city.status()).isEqualTo(GapStatus.MISSED);
        assertThat(city.status().offTrack()).isTrue();
    }

    @Test
    void aPassedMilestoneHasNoForecastNoProbabilityAndNoNeed() {
        for (GapRow r : rows.stream().filter(r -> r.milestone() == 2025).toList()) {
            assertThat(r.assessed()).isTrue();
            assertThat(List.of(r.forecastPct(), r.lo80Pct(), r.hi80Pct(), r.probabilityOfReaching(),
                    r.requiredGainPpPerYear(), r.growthRatio(), r.requiredTreatmentKm2PerYear(),
                    r.additionalTreatmentKm2PerYear(), r.need().bindingKm2PerYear())).allMatch(v -> v.isNaN());
            assertThat(r.need().binds()).isEqualTo(ReconciledNeed.Binding.NONE);
        }
    }

    @Test
    void theMilestonesAheadAreForecastFromThePassedYear() {
        for (GapRow r : rows.stream().filter(r -> r.milestone() == 2030).toList()) {
            assertThat(r.assessed()).isFalse();
            assertThat(r.lastYear()).isEqualTo(2025);
            assertThat(r.requiredGainPpPerYear()).isCloseTo((r.targetPct() - r.lastRatePct()) / 5, within(1e-9));
            assertThat(r.probabilityOfReaching()).isBetween(0.0, 1.0);
        }
        assertThat(row(GapFixture.A, 2030).lastRatePct()).isCloseTo(72.5, within(1e-9));
    }

    @Test
    void aStudyOfPassedMilestonesAloneNeedsNoMilestoneAhead() {
        GapAnalysis.Study study = GapAnalysis.study(dataset, ForecastMethods.auto(), 1, KSource.PARAMS, List.of(2025));
        assertThat(study.rows()).hasSize(4).allMatch(GapRow::assessed);
        assertThat(study.outlook().lastForecastYear()).isEqualTo(2026);
    }

    @Test
    void aPassedMilestoneNotMonitoredInEveryCountyCannotBeAssessed() {
        List<Target> targets = new ArrayList<>(dataset.targets());
        targets.add(new Target(Scope.CITY, 2022, TargetIndicator.SWC_RATE_PCT, 60, "test"));
        Dataset holed = new Dataset(dataset.counties(), dataset.monitoring().stream()
                .filter(r -> !(r.county().equals(GapFixture.B) && r.year() == 2022)).toList(), dataset.treatment(),
                dataset.baselines(), targets, List.of(), List.of(), dataset.parameters());
        assertThat(GapAnalysis.passedMilestones(holed)).containsExactly(2025);
        Projection projection = Projection.of(holed, ForecastMethods.auto(), new RegionForecaster.Settings(2026, 100, 1),
                KSource.PARAMS);
        assertThatThrownBy(() -> GapAnalysis.rate(holed, projection, List.of(2022)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022")
                .hasMessageContaining("not every county was monitored");
    }
}

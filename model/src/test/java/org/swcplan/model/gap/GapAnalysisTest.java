package org.swcplan.model.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.plan.Target;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;

class GapAnalysisTest {
    private static final CountyCode A = GapFixture.A;
    private static final CountyCode B = GapFixture.B;
    private static final CountyCode C = GapFixture.C;

    private static Dataset dataset;
    private static Projection projection;
    private static RegionOutlook outlook;
    private static List<GapRow> rows;

    @BeforeAll
    static void forecast() {
        dataset = GapFixture.threeCounties();
        projection = GapFixture.projection(dataset);
        outlook = projection.bau();
        rows = GapAnalysis.rate(dataset, projection, GapAnalysis.milestones(dataset));
    }

    private static GapRow row(Scope unit, int milestone) {
        return GapFixture.row(rows, unit, milestone);
    }

    @Test
    void milestonesAreTheCitysRateTargetYears() {
        assertThat(GapAnalysis.milestones(dataset)).containsExactly(2025, 2030);
        assertThat(rows).extracting(r -> r.unit().id() + "/" + r.milestone()).containsExactly(
                "140802/2025", "140821/2025", "140827/2025", "CITY/2025",
                "140802/2030", "140821/2030", "140827/2030", "CITY/2030");
    }

    @Test
    void everyRowFollowsItsDefinitions() {
        for (GapRow r : rows) {
            String what = r.unit() + " " + r.milestone();
            UnitForecast forecast = outlook.unit(r.unit());
            assertThat(r.lastYear()).as(what).isEqualTo(2024);
            assertThat(r.forecastPct()).as(what).isEqualTo(forecast.at(r.milestone()).medianPct());
            assertThat(r.lo80Pct()).as(what).isEqualTo(forecast.at(r.milestone()).lo80Pct());
            assertThat(r.hi80Pct()).as(what).isEqualTo(forecast.at(r.milestone()).hi80Pct());
            assertThat(r.probabilityOfReaching()).as(what)
                    .isEqualTo(outlook.probabilityAtLeast(r.unit(), r.milestone(), r.targetPct()));
            assertThat(r.gapPp()).as(what).isCloseTo(r.targetPct() - r.forecastPct(), within(1e-12));
            assertThat(r.requiredGainPpPerYear()).as(what)
                    .isCloseTo((r.targetPct() - r.lastRatePct()) / (r.milestone() - r.lastYear()), within(1e-12));
            assertThat(r.growthRatio()).as(what)
                    .isCloseTo(r.observedGainPpPerYear() / r.requiredGainPpPerYear(), within(1e-12));
            assertThat(r.status()).as(what).isEqualTo(GapStatus.of(r.lastRatePct() >= r.targetPct(),
                    r.probabilityOfReaching(), r.forecastPct(), r.lastRatePct(), VerdictThresholds.DEFAULT));
        }
    }

    @Test
    void lastRatesAndObservedGainsMatchTheHandFigures() {
        double[] lastRate = {72, 57, 69.2, 64.4};
        // least-squares slopes of straight lines: −(erosion change) / land · 100
        double[] gain = {0.5, 0.5, -0.2, 1200.0 / 4500};
        List<Scope> units = List.of(A, B, C, Scope.CITY);
        for (int u = 0; u < 4; u++) {
            for (int milestone : List.of(2025, 2030)) {
                GapRow r = row(units.get(u), milestone);
                assertThat(r.lastRatePct()).as("%s %d", units.get(u), milestone).isCloseTo(lastRate[u], within(1e-9));
                assertThat(r.observedGainPpPerYear()).as("%s %d", units.get(u), milestone)
                        .isCloseTo(gain[u], within(1e-9));
            }
        }
    }

    @Test
    void countiesWithoutTheirOwnTargetTakeTheCitys() {
        // 2030: A and B have their own (75, 61); C takes the city's 70. 2025: nobody has one, all take 65
        assertThat(row(A, 2030).targetPct()).isEqualTo(75);
        assertThat(row(A, 2030).targetFromCity()).isFalse();
        assertThat(row(B, 2030).targetPct()).isEqualTo(61);
        assertThat(row(B, 2030).targetFromCity()).isFalse();
        assertThat(row(C, 2030).targetPct()).isEqualTo(70);
        assertThat(row(C, 2030).targetFromCity()).isTrue();
        assertThat(row(Scope.CITY, 2030).targetPct()).isEqualTo(70);
        assertThat(row(Scope.CITY, 2030).targetFromCity()).isFalse();
        assertThat(rows).filteredOn(r -> r.milestone() == 2025 && r.unit() instanceof CountyCode)
                .allSatisfy(r -> {
                    assertThat(r.targetPct()).isEqualTo(65);
                    assertThat(r.targetFromCity()).isTrue();
                });
        assertThat(row(Scope.CITY, 2025).targetPct()).isEqualTo(65);
    }

    @Test
    void statusesOfThe2030MilestoneFollowTheForecastNotThePaceRatio() {
        // A: needs (75 − 72) / 6 = 0.5 pp/a and gains 0.5 → ratio 1, which the pace rule called on track;
        // but the forecast median stays short of 75 and few paths reach it → limited progress
        assertThat(row(A, 2030).requiredGainPpPerYear()).isCloseTo(0.5, within(1e-9));
        assertThat(row(A, 2030).growthRatio()).isCloseTo(1, within(1e-9));
        assertThat(row(A, 2030).probabilityOfReaching()).isLessThan(0.33);
        assertThat(row(A, 2030).forecastPct()).isBetween(72.0, 75.0);
        assertThat(row(A, 2030).status()).isEqualTo(GapStatus.LIMITED_PROGRESS);
        // B: needs (61 − 57) / 6 = 0.6667, gains 0.5 → ratio 0.75; unlikely to reach 61, still improving
        assertThat(row(B, 2030).growthRatio()).isCloseTo(0.75, within(1e-9));
        assertThat(row(B, 2030).probabilityOfReaching()).isLessThan(0.33);
        assertThat(row(B, 2030).status()).isEqualTo(GapStatus.LIMITED_PROGRESS);
        // C: needs (70 − 69.2) / 6 = 0.1333, loses 0.2 → ratio −1.5; its median falls below 69.2
        assertThat(row(C, 2030).growthRatio()).isCloseTo(-1.5, within(1e-9));
        assertThat(row(C, 2030).forecastPct()).isLessThan(69.2);
        assertThat(row(C, 2030).status()).isEqualTo(GapStatus.DETERIORATION);
        // city: needs (70 − 64.4) / 6 = 0.9333, gains 0.2667 → 0.2857, improving but far from 70
        assertThat(row(Scope.CITY, 2030).requiredGainPpPerYear()).isCloseTo(5.6 / 6, within(1e-9));
        assertThat(row(Scope.CITY, 2030).growthRatio()).isCloseTo((1200.0 / 4500) / (5.6 / 6), within(1e-9));
        assertThat(row(Scope.CITY, 2030).status()).isEqualTo(GapStatus.LIMITED_PROGRESS);
        // 2025: A (72) and C (69.2) already meet 65 and every path stays above it
        assertThat(row(A, 2025).probabilityOfReaching()).isGreaterThanOrEqualTo(0.9);
        assertThat(row(A, 2025).status()).isEqualTo(GapStatus.ACHIEVED);
        assertThat(row(C, 2025).status()).isEqualTo(GapStatus.ACHIEVED);
        assertThat(row(B, 2025).status()).isEqualTo(GapStatus.LIMITED_PROGRESS);
    }

    @ParameterizedTest(name = "met {0}, P {1}, median {2} against last {3} → {4}")
    @CsvSource({
            "true, 1.0, 71, 70, ACHIEVED", "true, 0.9, 69, 70, ACHIEVED",
            // met at the last observation but less sure to stay: judged by the forecast like any other
            "true, 0.899, 71, 70, ON_TRACK", "true, 0.66, 69, 70, ON_TRACK", "true, 0.5, 69, 70, ACCELERATION_NEEDED",
            "true, 0.2, 69, 70, DETERIORATION",
            "false, 0.95, 71, 70, ON_TRACK", "false, 0.66, 71, 70, ON_TRACK", "false, 0.659, 71, 70, ACCELERATION_NEEDED",
            "false, 0.33, 69, 70, ACCELERATION_NEEDED", "false, 0.329, 71, 70, LIMITED_PROGRESS",
            "false, 0.0, 70, 70, LIMITED_PROGRESS", "false, 0.329, 69.99, 70, DETERIORATION",
            "false, 0.0, 60, 70, DETERIORATION"})
    void statusFollowsTheProbabilityAndTheMedian(boolean met, double p, double median, double last, GapStatus expected) {
        assertThat(GapStatus.of(met, p, median, last, VerdictThresholds.DEFAULT)).isEqualTo(expected);
    }

    @Test
    void thresholdsCanBeMovedWithinHonestLimits() {
        VerdictThresholds strict = new VerdictThresholds(0.95, 0.8, 0.5);
        assertThat(GapStatus.of(false, 0.7, 71, 70, strict)).isEqualTo(GapStatus.ACCELERATION_NEEDED);
        assertThat(GapStatus.of(true, 0.9, 71, 70, strict)).isEqualTo(GapStatus.ON_TRACK);
        assertThatThrownBy(() -> new VerdictThresholds(0.9, 0.45, 0.3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("on-track").hasMessageContaining("0.45");
        assertThatThrownBy(() -> new VerdictThresholds(0.9, 0.7, 0.6)).hasMessageContaining("acceleration");
        assertThatThrownBy(() -> new VerdictThresholds(0.9, 0.6, 0.0)).hasMessageContaining("acceleration");
        assertThatThrownBy(() -> new VerdictThresholds(0.6, 0.7, 0.3)).hasMessageContaining("achieved");
        assertThatThrownBy(() -> new VerdictThresholds(Double.NaN, 0.7, 0.3)).hasMessageContaining("achieved");
    }

    @Test
    void thresholdsChangeTheRowsStatuses() {
        List<GapRow> lenient = GapAnalysis.rate(dataset, projection, List.of(2030), new VerdictThresholds(1, 1, 0.001));
        // every forecast row: acceleration needed unless fewer than 1 in 1,000 paths reach the target
        for (GapRow r : lenient) {
            GapStatus expected = r.probabilityOfReaching() >= 1 ? GapStatus.ON_TRACK
                    : r.probabilityOfReaching() >= 0.001 ? GapStatus.ACCELERATION_NEEDED
                    : r.forecastPct() < r.lastRatePct() ? GapStatus.DETERIORATION : GapStatus.LIMITED_PROGRESS;
            assertThat(r.status()).as("%s", r.unit()).isEqualTo(expected);
        }
    }

    @Test
    void requiredTreatmentIsTheBauPacePlusWhatTheMedianStillNeeds() {
        // BAU paces, the mean of 2022–2024: A (25 + 30 + 35) / 3 = 30, B 40, C 5; the city 75
        assertThat(row(A, 2030).bauTreatmentKm2PerYear()).isCloseTo(30, within(1e-9));
        assertThat(row(C, 2030).bauTreatmentKm2PerYear()).isCloseTo(5, within(1e-9));
        assertThat(row(Scope.CITY, 2030).bauTreatmentKm2PerYear()).isCloseTo(75, within(1e-9));
        for (GapRow r : rows) {
            String what = r.unit() + " " + r.milestone();
            assertThat(r.requiredTreatmentKm2PerYear()).as(what)
                    .isCloseTo(r.bauTreatmentKm2PerYear() + r.additionalTreatmentKm2PerYear(), within(1e-9));
            assertThat(r.additionalAtHighKKm2PerYear()).as(what).isLessThanOrEqualTo(r.additionalAtLowKKm2PerYear());
            assertThat(r.kP10()).as(what).isLessThanOrEqualTo(r.kP90());
            if (r.forecastPct() >= r.targetPct()) {
                assertThat(r.additionalTreatmentKm2PerYear()).as(what).isZero();
            } else {
                assertThat(r.additionalTreatmentKm2PerYear()).as(what).isPositive();
            }
        }
        // A 2030 (k 0.5 ± 0.1 from params.csv): 75 % of 1,000 allows 250 km²; the median erosion beyond
        // it, removed at about k 0.5 over 6 years, at 40 万元/km²
        GapRow a = row(A, 2030);
        double excess = 1000 * (75 - a.forecastPct()) / 100;
        assertThat(a.additionalTreatmentKm2PerYear()).isCloseTo(excess / 0.5 / 6, within(0.05 * excess / 0.5 / 6));
        assertThat(a.additionalCostWanPerYear()).isCloseTo(a.additionalTreatmentKm2PerYear() * 40, within(1e-9));
        assertThat(a.requiredCostWanPerYear()).isCloseTo(a.requiredTreatmentKm2PerYear() * 40, within(1e-9));
        // its k band: 0.5 ∓ 1.2816 · 0.1
        assertThat(a.kP10()).isCloseTo(0.5 - 0.12816, within(1e-4));
        assertThat(a.kP90()).isCloseTo(0.5 + 0.12816, within(1e-4));
        assertThat(a.additionalAtLowKKm2PerYear()).isCloseTo(excess / a.kP10() / 6, within(1e-6));
    }

    @Test
    void aMilestoneBeyondTheForecastOrWithoutACityTargetIsRefused() {
        Projection short2026 = Projection.of(dataset, ForecastMethods.auto(),
                new RegionForecaster.Settings(2026, 100, 1), KSource.PARAMS);
        assertThatThrownBy(() -> GapAnalysis.rate(dataset, short2026, List.of(2025, 2030)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2030")
                .hasMessageContaining("2025–2026");
        assertThatThrownBy(() -> GapAnalysis.rate(dataset, projection, List.of(2027)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no city");
    }

    @ParameterizedTest(name = "ratio {0}")
    @CsvSource({
            "0.95, ON_TRACK", "1.0, ON_TRACK", "12, ON_TRACK", "0.949, ACCELERATION_NEEDED",
            "0.6, ACCELERATION_NEEDED", "0.599, LIMITED_PROGRESS", "0, LIMITED_PROGRESS",
            "-0.01, DETERIORATION", "-5, DETERIORATION"})
    void theTreatmentDegreePaceFollowsTheGrowthRatioBoundaries(double ratio, GapStatus expected) {
        assertThat(GapStatus.ofPace(false, ratio)).isEqualTo(expected);
    }

    @Test
    void anAlreadyTreatedStockIsAchievedWhateverThePace() {
        assertThat(GapStatus.ofPace(true, -3)).isEqualTo(GapStatus.ACHIEVED);
        assertThat(GapStatus.ofPace(true, 0.2)).isEqualTo(GapStatus.ACHIEVED);
        assertThat(GapStatus.ofPace(true, Double.NaN)).isEqualTo(GapStatus.ACHIEVED);
    }

    @Test
    void offTrackAreTheVerdictsBehindAndAMissedMilestone() {
        assertThat(Arrays.stream(GapStatus.values()).filter(GapStatus::offTrack))
                .containsExactly(GapStatus.LIMITED_PROGRESS, GapStatus.DETERIORATION, GapStatus.MISSED);
        assertThat(Arrays.stream(GapStatus.values()).filter(GapStatus::assessed))
                .containsExactly(GapStatus.MET, GapStatus.MISSED);
    }

    @Test
    void treatmentGapIsTheRemainingStockOverTheYearsLeft() {
        List<TreatmentGapRow> treatment = GapAnalysis.treatment(dataset);
        // the 2024 target lies in the past; only 2030 remains: three counties and the city
        assertThat(treatment).extracting(r -> r.unit().id() + "/" + r.milestone())
                .containsExactly("140802/2030", "140821/2030", "140827/2030", "CITY/2030");
        for (TreatmentGapRow r : treatment.subList(0, 3)) {
            assertThat(r.remainingKm2()).as("%s", r.unit())
                    .isEqualTo(Math.max(0, r.baselineKm2() * r.targetPct() / 100 - r.treatedCumKm2()));
        }
        for (TreatmentGapRow r : treatment) {
            assertThat(r.requiredKm2PerYear()).as("%s", r.unit())
                    .isCloseTo(r.remainingKm2() / (r.milestone() - r.lastYear()), within(1e-12));
        }
        // A: 100 + 20 + 25 + 30 + 35 = 210 of 400; 190 left over 6 years = 31.67 km²/a against a pace of
        // (25 + 30 + 35) / 3 = 30 → ratio 0.947
        TreatmentGapRow a = treatment.get(0);
        assertThat(a.treatedCumKm2()).isCloseTo(210, within(1e-9));
        assertThat(a.remainingKm2()).isCloseTo(190, within(1e-9));
        assertThat(a.requiredKm2PerYear()).isCloseTo(190.0 / 6, within(1e-9));
        assertThat(a.observedKm2PerYear()).isCloseTo(30, within(1e-9));
        assertThat(a.status()).isEqualTo(GapStatus.ACCELERATION_NEEDED);
        // B: 500 + 160 = 660 of 1,200; 540 left = 90 km²/a against 40 → 0.444
        assertThat(treatment.get(1).requiredKm2PerYear()).isCloseTo(90, within(1e-9));
        assertThat(treatment.get(1).status()).isEqualTo(GapStatus.LIMITED_PROGRESS);
        // C: 590 + 20 = 610 of 600: beyond the goal, nothing remains
        assertThat(treatment.get(2).remainingKm2()).isZero();
        assertThat(treatment.get(2).requiredKm2PerYear()).isZero();
        assertThat(treatment.get(2).status()).isEqualTo(GapStatus.ACHIEVED);
        // city: 210 + 660 + 610 = 1,480 of 2,200 treated, but C's 10 km² surplus treats none of A's or B's
        // stock: 190 + 540 = 730 left, 121.67 km²/a. Pooled, its pace of 75 would read 0.62 (acceleration
        // needed); the city is only as far along as its furthest-behind county, B (40 / 90, limited progress)
        TreatmentGapRow city = treatment.get(3);
        assertThat(city.treatedCumKm2()).isCloseTo(1480, within(1e-9));
        assertThat(city.remainingKm2()).isCloseTo(730, within(1e-9));
        assertThat(city.requiredKm2PerYear()).isCloseTo(730.0 / 6, within(1e-9));
        assertThat(city.observedKm2PerYear()).isCloseTo(75, within(1e-9));
        assertThat(city.growthRatio()).isCloseTo(40.0 / 90, within(1e-9));
        assertThat(city.status()).isEqualTo(GapStatus.LIMITED_PROGRESS);
        // at their paces to 2030: A leaves 190 − 6 · 30 = 10 km², B 540 − 6 · 40 = 300, C nothing
        assertThat(treatment.get(0).untreatedAtPaceKm2()).isCloseTo(10, within(1e-9));
        assertThat(treatment.get(1).untreatedAtPaceKm2()).isCloseTo(300, within(1e-9));
        assertThat(treatment.get(2).untreatedAtPaceKm2()).isZero();
        assertThat(city.untreatedAtPaceKm2()).isCloseTo(310, within(1e-9));
    }

    @Test
    void aPartialTreatmentTargetCountsOnlyThatShareOfTheStock() {
        Dataset ninety = new Dataset(dataset.counties(), dataset.monitoring(), dataset.treatment(), dataset.baselines(),
                List.of(new Target(Scope.CITY, 2027, TargetIndicator.TREATMENT_DEGREE_PCT, 90, "test")), List.of(),
                List.of(), List.of());
        // A: 90 % of 400 = 360, 210 treated → 150 left over 3 years = 50 km²/a
        TreatmentGapRow a = GapAnalysis.treatment(ninety).get(0);
        assertThat(a.remainingKm2()).isCloseTo(150, within(1e-9));
        assertThat(a.requiredKm2PerYear()).isCloseTo(50, within(1e-9));
    }

    @Test
    void treatmentGapNeedsABaselineForEveryCounty() {
        Dataset partial = new Dataset(dataset.counties(), dataset.monitoring(), dataset.treatment(),
                dataset.baselines().subList(0, 2), dataset.targets(), List.of(), List.of(), List.of());
        assertThat(GapAnalysis.treatment(partial)).isEmpty();
    }
}

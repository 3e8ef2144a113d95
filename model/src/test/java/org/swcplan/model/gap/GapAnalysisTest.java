package org.swcplan.model.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.plan.Target;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentRecord;

class GapAnalysisTest {
    private static final CountyCode A = Fixtures.A;
    private static final CountyCode B = new CountyCode("140821");
    private static final CountyCode C = Fixtures.B;

    /**
     * 2018–2024. Over the trend window 2020–2024 erosion moves in straight lines:
     * A 1,000 km², 300 → 280 (−5/a, +0.5 pp/a, 72 % in 2024);
     * B 2,000 km², 900 → 860 (−10/a, +0.5 pp/a, 57 %);
     * C 1,500 km², 450 → 462 (+3/a, −0.2 pp/a, 69.2 %);
     * city 4,500 km², 1,602 km² in 2024 (64.4 %), −12 km²/a = +12/4,500·100 = 0.2667 pp/a.
     */
    private static final double[][] EROSION = {
            {312, 303, 300, 295, 290, 285, 280},
            {925, 908, 900, 890, 880, 870, 860},
            {441, 449, 450, 453, 456, 459, 462}};
    private static final double[] LAND = {1000, 2000, 1500};
    private static final List<CountyCode> CODES = List.of(A, B, C);

    private static Dataset dataset;
    private static Projection projection;
    private static RegionOutlook outlook;
    private static List<GapRow> rows;

    @BeforeAll
    static void forecast() {
        List<County> counties = new ArrayList<>();
        List<AnnualRecord> records = new ArrayList<>();
        List<TreatmentRecord> treatment = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            counties.add(Fixtures.county(CODES.get(c), "县" + c));
            for (int t = 0; t < 7; t++) {
                records.add(Fixtures.record(CODES.get(c), 2018 + t, LAND[c], EROSION[c][t]));
            }
        }
        // treatment 2021–2024: A 20, 25, 30, 35; B 40 a year; C 5 a year
        double[][] treated = {{20, 25, 30, 35}, {40, 40, 40, 40}, {5, 5, 5, 5}};
        for (int c = 0; c < 3; c++) {
            for (int t = 0; t < 4; t++) {
                treatment.add(Fixtures.treatment(CODES.get(c), 2021 + t, treated[c][t]));
            }
        }
        List<Baseline> baselines = List.of(new Baseline(A, 400, 2020, 100, "test"),
                new Baseline(B, 1200, 2020, 500, "test"), new Baseline(C, 600, 2020, 590, "test"));
        List<Target> targets = List.of(
                new Target(Scope.CITY, 2025, TargetIndicator.SWC_RATE_PCT, 65, "test"),
                new Target(Scope.CITY, 2030, TargetIndicator.SWC_RATE_PCT, 70, "test"),
                new Target(A, 2030, TargetIndicator.SWC_RATE_PCT, 75, "test"),
                new Target(B, 2030, TargetIndicator.SWC_RATE_PCT, 61, "test"),
                new Target(Scope.CITY, 2024, TargetIndicator.TREATMENT_DEGREE_PCT, 50, "test"),
                new Target(Scope.CITY, 2030, TargetIndicator.TREATMENT_DEGREE_PCT, 100, "test"));
        dataset = new Dataset(counties, records, treatment, baselines, targets, List.of(), List.of(),
                List.of(new CountyParameters(A, 0.5, 40, 30)));
        List<Integer> milestones = GapAnalysis.milestones(dataset);
        projection = Projection.of(dataset, ForecastMethods.auto(),
                new RegionForecaster.Settings(milestones.get(milestones.size() - 1), 500, 1), KSource.PARAMS);
        outlook = projection.bau();
        rows = GapAnalysis.rate(dataset, projection, milestones);
    }

    private static GapRow row(Scope unit, int milestone) {
        return rows.stream().filter(r -> r.unit().equals(unit) && r.milestone() == milestone).findFirst().orElseThrow();
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
            assertThat(r.status()).as(what)
                    .isEqualTo(GapStatus.of(r.lastRatePct() >= r.targetPct(), r.growthRatio()));
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
    void statusesOfThe2030MilestoneByHand() {
        // A: needs (75 − 72) / 6 = 0.5 pp/a and gains 0.5 → ratio 1 → on track
        assertThat(row(A, 2030).requiredGainPpPerYear()).isCloseTo(0.5, within(1e-9));
        assertThat(row(A, 2030).growthRatio()).isCloseTo(1, within(1e-9));
        assertThat(row(A, 2030).status()).isEqualTo(GapStatus.ON_TRACK);
        // B: needs (61 − 57) / 6 = 0.6667, gains 0.5 → 0.75 → acceleration needed
        assertThat(row(B, 2030).growthRatio()).isCloseTo(0.75, within(1e-9));
        assertThat(row(B, 2030).status()).isEqualTo(GapStatus.ACCELERATION_NEEDED);
        // C: needs (70 − 69.2) / 6 = 0.1333, loses 0.2 → −1.5 → deterioration
        assertThat(row(C, 2030).growthRatio()).isCloseTo(-1.5, within(1e-9));
        assertThat(row(C, 2030).status()).isEqualTo(GapStatus.DETERIORATION);
        // city: needs (70 − 64.4) / 6 = 0.9333, gains 0.2667 → 0.2857 → limited progress
        assertThat(row(Scope.CITY, 2030).requiredGainPpPerYear()).isCloseTo(5.6 / 6, within(1e-9));
        assertThat(row(Scope.CITY, 2030).growthRatio()).isCloseTo((1200.0 / 4500) / (5.6 / 6), within(1e-9));
        assertThat(row(Scope.CITY, 2030).status()).isEqualTo(GapStatus.LIMITED_PROGRESS);
        // 2025: A (72) and C (69.2) already meet 65
        assertThat(row(A, 2025).status()).isEqualTo(GapStatus.ACHIEVED);
        assertThat(row(C, 2025).status()).isEqualTo(GapStatus.ACHIEVED);
        assertThat(row(B, 2025).status()).isEqualTo(GapStatus.LIMITED_PROGRESS);
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
    void statusFollowsTheGrowthRatioBoundaries(double ratio, GapStatus expected) {
        assertThat(GapStatus.of(false, ratio)).isEqualTo(expected);
    }

    @Test
    void anAlreadyMetTargetIsAchievedWhateverTheRatio() {
        assertThat(GapStatus.of(true, -3)).isEqualTo(GapStatus.ACHIEVED);
        assertThat(GapStatus.of(true, 0.2)).isEqualTo(GapStatus.ACHIEVED);
        assertThat(GapStatus.of(true, Double.NaN)).isEqualTo(GapStatus.ACHIEVED);
        assertThat(GapStatus.ACHIEVED.offTrack()).isFalse();
        assertThat(GapStatus.LIMITED_PROGRESS.offTrack()).isTrue();
        assertThat(GapStatus.DETERIORATION.offTrack()).isTrue();
    }

    @Test
    void treatmentGapIsTheRemainingStockOverTheYearsLeft() {
        List<TreatmentGapRow> treatment = GapAnalysis.treatment(dataset);
        // the 2024 target lies in the past; only 2030 remains: three counties and the city
        assertThat(treatment).extracting(r -> r.unit().id() + "/" + r.milestone())
                .containsExactly("140802/2030", "140821/2030", "140827/2030", "CITY/2030");
        for (TreatmentGapRow r : treatment) {
            assertThat(r.remainingKm2()).as("%s", r.unit())
                    .isEqualTo(Math.max(0, r.baselineKm2() * r.targetPct() / 100 - r.treatedCumKm2()));
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
        // city: 210 + 660 + 610 = 1,480 of 2,200: 720 left (C's surplus offsets), 120 km²/a against 75 → 0.625
        TreatmentGapRow city = treatment.get(3);
        assertThat(city.remainingKm2()).isCloseTo(720, within(1e-9));
        assertThat(city.requiredKm2PerYear()).isCloseTo(120, within(1e-9));
        assertThat(city.observedKm2PerYear()).isCloseTo(75, within(1e-9));
        assertThat(city.growthRatio()).isCloseTo(0.625, within(1e-9));
        assertThat(city.status()).isEqualTo(GapStatus.ACCELERATION_NEEDED);
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

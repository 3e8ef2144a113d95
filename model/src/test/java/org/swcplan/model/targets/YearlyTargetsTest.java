package org.swcplan.model.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.forecast.interval.Quantiles;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentRecord;

class YearlyTargetsTest {
    private static final CountyCode A = new CountyCode("140802");
    private static final CountyCode B = new CountyCode("140827");
    private static final CountyCode C = new CountyCode("140829");

    /** Three counties 2019–2024 improving slowly; the city at 74.41 % in 2024 ((4,400 − 1,126) / 4,400). */
    private static Dataset region(List<Target> extraTargets) {
        return region(extraTargets, List.of());
    }

    private static Dataset region(List<Target> extraTargets, List<CountyParameters> parameters) {
        List<County> counties = List.of(Fixtures.county(A, "甲县"), Fixtures.county(B, "乙县"), Fixtures.county(C, "丙县"));
        double[][] erosion = {{150, 146, 143, 140, 136, 133}, {620, 615, 612, 606, 603, 598},
            {430, 425, 412, 405, 401, 395}};
        double[] land = {1200, 1600, 1600};
        List<AnnualRecord> records = new ArrayList<>();
        List<TreatmentRecord> treatment = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            for (int t = 0; t < 6; t++) {
                records.add(Fixtures.record(counties.get(c).code(), 2019 + t, land[c], erosion[c][t]));
                treatment.add(Fixtures.treatment(counties.get(c).code(), 2019 + t, 8 + c + t));
            }
        }
        List<Target> targets = new ArrayList<>(List.of(
                new Target(Scope.CITY, 2025, TargetIndicator.SWC_RATE_PCT, 75, "plan"),
                new Target(Scope.CITY, 2030, TargetIndicator.SWC_RATE_PCT, 76.5, "plan"),
                new Target(Scope.CITY, 2035, TargetIndicator.SWC_RATE_PCT, 81, "plan"),
                new Target(Scope.CITY, 2030, TargetIndicator.TREATMENT_DEGREE_PCT, 100, "plan")));
        targets.addAll(extraTargets);
        List<Baseline> baselines = List.of(new Baseline(A, 300, 2018, 200, ""), new Baseline(B, 900, 2018, 500, ""),
                new Baseline(C, 700, 2018, 450, ""));
        return new Dataset(counties, records, treatment, baselines, targets, List.of(), List.of(), parameters);
    }

    private static TargetPlan plan(Dataset data, CountyTargetRule rule) {
        Projection projection = Projection.of(data, ForecastMethods.auto(), new RegionForecaster.Settings(2035, 300, 1),
                KSource.PARAMS);
        return YearlyTargets.plan(data, projection, rule);
    }

    private static List<YearTarget> of(TargetPlan plan, Scope unit) {
        return plan.rows().stream().filter(r -> r.unit().equals(unit)).toList();
    }

    private static YearTarget at(List<YearTarget> rows, int year) {
        return rows.stream().filter(r -> r.year() == year).findFirst().orElseThrow();
    }

    @Test
    void everyCountyAndTheCityHaveEveryYearToTheLastMilestone() {
        TargetPlan plan = plan(region(List.of()), CountyTargetRule.TARGETS_CSV);
        assertThat(plan.rows()).hasSize(4 * 11);
        assertThat(plan.years()).containsExactly(2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035);
        assertThat(plan.rows().subList(33, 44)).allSatisfy(r -> assertThat(r.isCity()).isTrue());
    }

    @Test
    void theCityMeetsEveryMilestoneExactlyWhenCountyTargetsAreDerived() {
        TargetPlan plan = plan(region(List.of()), CountyTargetRule.TARGETS_CSV);
        List<YearTarget> city = of(plan, Scope.CITY);
        assertThat(at(city, 2025).ratePct()).isCloseTo(75, within(1e-6));
        assertThat(at(city, 2030).ratePct()).isCloseTo(76.5, within(1e-6));
        assertThat(at(city, 2035).ratePct()).isCloseTo(81, within(1e-6));
        assertThat(plan.milestones()).allSatisfy(m -> assertThat(m.verdict()).isEqualTo(MilestoneCheck.Verdict.MET));
        assertThat(plan.countyTargets()).hasSize(9).allSatisfy(t -> assertThat(t.source()).isEqualTo(TargetSource.DERIVED));
    }

    @Test
    void theCityIsTheSumOfAreasNeverAMeanOfRates() {
        TargetPlan plan = plan(region(List.of()), CountyTargetRule.TARGETS_CSV);
        for (int year : plan.years()) {
            List<YearTarget> counties = plan.rows().stream().filter(r -> r.year() == year && !r.isCity()).toList();
            YearTarget city = at(of(plan, Scope.CITY), year);
            double erosion = counties.stream().mapToDouble(YearTarget::erosionKm2).sum();
            assertThat(city.erosionKm2()).isCloseTo(erosion, within(1e-9));
            assertThat(city.ratePct()).isCloseTo((4400 - erosion) / 4400 * 100, within(1e-9));
            assertThat(city.requiredTreatmentKm2()).isCloseTo(
                    counties.stream().mapToDouble(YearTarget::requiredTreatmentKm2).sum(), within(1e-9));
        }
    }

    @Test
    void thePathIsLinearBetweenMilestonesSoAFasterPaceAfterOneShows() {
        TargetPlan plan = plan(region(List.of()), CountyTargetRule.TARGETS_CSV);
        for (List<YearTarget> unit : List.of(of(plan, A), of(plan, B), of(plan, C), of(plan, Scope.CITY))) {
            for (int year = 2027; year <= 2030; year++) {
                assertThat(at(unit, year).gainPp()).isCloseTo(at(unit, 2026).gainPp(), within(1e-9));
            }
            for (int year = 2032; year <= 2035; year++) {
                assertThat(at(unit, year).gainPp()).isCloseTo(at(unit, 2031).gainPp(), within(1e-9));
            }
            // 76.5 → 81 in five years asks for three times the 75 → 76.5 pace
            assertThat(at(unit, 2031).gainPp()).isGreaterThan(at(unit, 2026).gainPp());
        }
        assertThat(at(of(plan, Scope.CITY), 2026).gainPp()).isCloseTo(0.3, within(1e-6));
        assertThat(at(of(plan, Scope.CITY), 2031).gainPp()).isCloseTo(0.9, within(1e-6));
    }

    @Test
    void treatmentIsNeverBelowTheBauPaceAndTheRequiredOneCoversBothNeeds() {
        TargetPlan plan = plan(region(List.of()), CountyTargetRule.TARGETS_CSV);
        for (YearTarget r : plan.rows()) {
            assertThat(r.treatmentKm2()).as(r.unit() + " " + r.year()).isGreaterThanOrEqualTo(r.bauPaceKm2() - 1e-9);
            assertThat(r.treatmentKm2()).isCloseTo(r.bauPaceKm2() + r.extraTreatmentKm2(), within(1e-9));
            if (!r.isCity()) {
                assertThat(r.requiredTreatmentKm2()).isEqualTo(Math.max(r.treatmentKm2(), r.degreeTreatmentKm2()));
                assertThat(r.reductionKm2()).isCloseTo(1600 * r.gainPp() / 100 * (r.unit().equals(A) ? 0.75 : 1),
                        within(1e-9));
            }
        }
        // the steeper path after 2030 takes more treatment beyond the pace
        assertThat(at(of(plan, Scope.CITY), 2033).extraTreatmentKm2())
                .isGreaterThan(at(of(plan, Scope.CITY), 2028).extraTreatmentKm2());
    }

    @Test
    void theTreatmentDegreeReachesItsTargetInEveryCountyAndStays() {
        Dataset data = region(List.of());
        TargetPlan plan = plan(data, CountyTargetRule.TARGETS_CSV);
        for (Scope unit : List.of(A, B, C, Scope.CITY)) {
            List<YearTarget> rows = of(plan, unit);
            assertThat(at(rows, 2030).treatmentDegreePct()).as(unit.id()).isCloseTo(100, within(1e-9));
            assertThat(at(rows, 2035).treatmentDegreePct()).as(unit.id()).isCloseTo(100, within(1e-9));
            assertThat(at(rows, 2031).degreeTreatmentKm2()).isZero();
        }
        // A: 200 km² treated by 2018 and 8–13 km² a year since, of a 300 km² stock; the rest spread over six years
        double treated = 200 + 8 + 9 + 10 + 11 + 12 + 13;
        assertThat(at(of(plan, A), 2025).degreeTreatmentKm2()).isCloseTo((300 - treated) / 6, within(1e-9));
        assertThat(plan.degreeTargets()).hasSize(1);
    }

    @Test
    void countyTargetsInTheFileAreKeptAndTheOthersMakeUpTheCity() {
        Dataset data = region(List.of(new Target(A, 2030, TargetIndicator.SWC_RATE_PCT, 92, "county")));
        TargetPlan plan = plan(data, CountyTargetRule.TARGETS_CSV);
        assertThat(plan.countyTargets()).contains(new MilestoneTarget(A, 2030, 92, TargetSource.TARGETS_CSV));
        assertThat(at(of(plan, A), 2030).ratePct()).isCloseTo(92, within(1e-9));
        assertThat(at(of(plan, A), 2027).source()).isEqualTo(TargetSource.TARGETS_CSV);
        assertThat(at(of(plan, A), 2025).source()).isEqualTo(TargetSource.DERIVED);
        assertThat(at(of(plan, Scope.CITY), 2030).ratePct()).isCloseTo(76.5, within(1e-6));

        TargetPlan derived = plan(data, CountyTargetRule.DERIVED);
        assertThat(derived.countyTargets()).allSatisfy(t -> assertThat(t.source()).isEqualTo(TargetSource.DERIVED));
        assertThat(at(of(derived, A), 2030).ratePct()).isLessThan(92);
    }

    @Test
    void aDerivedTargetStaysWithinTheCountysRateCeilingAndTheOthersMakeUpTheCity() {
        // 甲县 (88.92 % in 2024) may not pass 89.5 % (max_rate_pct in params.csv)
        Dataset data = region(List.of(), List.of(new CountyParameters(A, 0.4, 0.1, 40, 30, 89.5)));
        TargetPlan plan = plan(data, CountyTargetRule.TARGETS_CSV);
        assertThat(at(of(plan, A), 2035).ratePct()).isCloseTo(89.5, within(1e-9));
        assertThat(plan.milestones().get(2).atCeiling()).containsExactly(A);
        assertThat(at(of(plan, Scope.CITY), 2035).ratePct()).isCloseTo(81, within(1e-6));
        TargetPlan free = plan(region(List.of()), CountyTargetRule.TARGETS_CSV);
        assertThat(at(of(free, A), 2035).ratePct()).isGreaterThan(89.5);
    }

    @Test
    void cumulativeExtraWithASureKIsTheExcessOverK() {
        // median erosion 100, allowed 80, k 0.5 everywhere: (100 − 80) / 0.5
        assertThat(YearlyTargets.cumulativeExtra(new double[] {90, 100, 110}, new double[] {0.5, 0.5, 0.5}, 80))
                .isCloseTo(40, within(1e-6));
        assertThat(YearlyTargets.cumulativeExtra(new double[] {90, 100, 110}, new double[] {0.5, 0.5, 0.5}, 100)).isZero();
    }

    @Test
    void medianBySelectionIsTheType7Median() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(40);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct values, so that ties occur
                values[i] = random.nextInt(8) + (random.nextBoolean() ? 0.5 : 0);
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            assertThat(YearlyTargets.median(values, new double[n])).as("trial %d: %s", trial, Arrays.toString(values))
                    .isEqualTo(Quantiles.of(sorted, 0.5));
        }
    }

    @Test
    void degreePathRisesLinearlyToItsTargetAndNeverFalls() {
        List<Target> to100 = List.of(new Target(Scope.CITY, 2030, TargetIndicator.TREATMENT_DEGREE_PCT, 100, "plan"));
        double[] path = YearlyTargets.degreePath(82, to100, 2024, 2035);
        assertThat(path[1]).isCloseTo(85, within(1e-9));
        assertThat(path[6]).isCloseTo(100, within(1e-9));
        assertThat(path[11]).isCloseTo(100, within(1e-9));
        assertThat(YearlyTargets.degreePath(104, to100, 2024, 2035)).containsOnly(104);
    }

    @Test
    void noCityTargetAheadIsRefused() {
        Dataset data = region(List.of());
        Dataset none = new Dataset(data.counties(), data.monitoring(), data.treatment(), data.baselines(),
                List.of(new Target(Scope.CITY, 2020, TargetIndicator.SWC_RATE_PCT, 60, "plan")), List.of(), List.of(),
                List.of());
        assertThatThrownBy(() -> YearlyTargets.lastMilestone(none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no city 水土保持率 target after 2024");
        assertThat(YearlyTargets.lastMilestone(data)).isEqualTo(2035);
    }
}

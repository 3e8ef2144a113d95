package org.swcplan.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.treatment.TreatmentRecord;

class CommitmentsTest {
    private static PlanIndicator indicator(String id, double target, int deadline, double progress, int progressYear) {
        return new PlanIndicator(id, "指标" + id, "Indicator " + id, IndicatorUnit.KM2, target, deadline, 0, progress,
                progressYear, "test");
    }

    private static Dataset withIndicators(List<PlanIndicator> indicators) {
        return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), indicators, List.of(), List.of());
    }

    private static Commitment byId(List<Commitment> all, String id) {
        return all.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void indicatorsGiveRemainingPaceAndStatus() {
        List<Commitment> all = Commitments.of(withIndicators(List.of(
                indicator("open", 100, 2030, 40, 2024),
                indicator("beyond", 50, 2030, 60, 2024),
                indicator("exact", 50, 2030, 50, 2024),
                indicator("due_now", 80, 2024, 70, 2024),
                indicator("late", 80, 2023, 70, 2024),
                indicator("late_but_met", 80, 2023, 90, 2024))));

        assertThat(all).extracting(Commitment::id)
                .containsExactly("open", "beyond", "exact", "due_now", "late", "late_but_met");
        // 100 − 40 = 60 over 2030 − 2024 = 6 years: 10 a year
        Commitment open = byId(all, "open");
        assertThat(open.remaining()).isEqualTo(60);
        assertThat(open.pacePerYear()).isCloseTo(10, within(1e-12));
        assertThat(open.status()).isEqualTo(CommitmentStatus.OPEN);
        // beyond the target: nothing remains, not −10
        assertThat(byId(all, "beyond").remaining()).isZero();
        assertThat(byId(all, "beyond").pacePerYear()).isZero();
        assertThat(byId(all, "beyond").status()).isEqualTo(CommitmentStatus.MET);
        assertThat(byId(all, "exact").status()).isEqualTo(CommitmentStatus.MET);
        // deadline in the progress year, or before it, and unmet: overdue, no pace
        assertThat(byId(all, "due_now").status()).isEqualTo(CommitmentStatus.OVERDUE);
        assertThat(byId(all, "due_now").remaining()).isEqualTo(10);
        assertThat(byId(all, "due_now").pacePerYear()).isNaN();
        assertThat(byId(all, "late").status()).isEqualTo(CommitmentStatus.OVERDUE);
        assertThat(byId(all, "late_but_met").status()).isEqualTo(CommitmentStatus.MET);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomIndicatorsKeepTheInvariants(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PlanIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // targets and progress on a coarse grid so that exact equality turns up
            indicators.add(indicator("i" + i, random.nextInt(0, 20) * 5, random.nextInt(2020, 2036),
                    random.nextInt(0, 20) * 5, random.nextInt(2020, 2031)));
        }
        for (Commitment c : Commitments.of(withIndicators(indicators))) {
            String what = "seed %d " + c.id();
            assertThat(c.remaining()).as(what, seed).isGreaterThanOrEqualTo(0)
                    .isEqualTo(Math.max(0, c.target() - c.progress()));
            CommitmentStatus expected = c.progress() >= c.target() ? CommitmentStatus.MET
                    : c.deadline() <= c.progressYear() ? CommitmentStatus.OVERDUE : CommitmentStatus.OPEN;
            assertThat(c.status()).as(what, seed).isEqualTo(expected);
            if (c.deadline() > c.progressYear()) {
                // the years left start after the progress year, or at the counting start when that is later
                int from = Math.max(c.progressYear(), c.countFrom() - 1);
                assertThat(c.pacePerYear()).as(what, seed)
                        .isCloseTo(c.remaining() / (c.deadline() - from), within(1e-12));
            } else {
                assertThat(c.pacePerYear()).as(what, seed).isNaN();
            }
        }
    }

    @Test
    void cityTargetsAreMeasuredFromTheData() {
        // Fixtures.twoCounties: city 60 % in 2024; treated 320 + 1,060 = 1,380 km² of a 2,400 km² stock
        Dataset base = Fixtures.twoCounties();
        Dataset dataset = new Dataset(base.counties(), base.monitoring(), base.treatment(), base.baselines(),
                List.of(new Target(Scope.CITY, 2023, TargetIndicator.SWC_RATE_PCT, 55, "plan"),
                        new Target(Scope.CITY, 2024, TargetIndicator.SWC_RATE_PCT, 61, "plan"),
                        new Target(Scope.CITY, 2030, TargetIndicator.SWC_RATE_PCT, 66, "plan"),
                        new Target(Scope.CITY, 2030, TargetIndicator.TREATMENT_DEGREE_PCT, 100, "plan")),
                List.of(indicator("dams", 10, 2030, 4, 2024)), List.of(), List.of());
        List<Commitment> all = Commitments.of(dataset);

        assertThat(all).extracting(Commitment::id).containsExactly("dams", "swc_rate_2023", "swc_rate_2024",
                "swc_rate_2030", "initial_treatment_km2_2030");
        assertThat(byId(all, "swc_rate_2023").status()).isEqualTo(CommitmentStatus.MET);
        // 61 % due in 2024, measured 60 %: 1 point short, overdue
        Commitment due = byId(all, "swc_rate_2024");
        assertThat(due.progress()).isCloseTo(60, within(1e-9));
        assertThat(due.remaining()).isCloseTo(1, within(1e-9));
        assertThat(due.status()).isEqualTo(CommitmentStatus.OVERDUE);
        // 66 % by 2030: 6 points over 6 years
        Commitment rate = byId(all, "swc_rate_2030");
        assertThat(rate.unit()).isEqualTo("pct");
        assertThat(rate.unitZh()).isEqualTo("%");
        assertThat(rate.progressYear()).isEqualTo(2024);
        assertThat(rate.pacePerYear()).isCloseTo(1, within(1e-9));
        assertThat(rate.status()).isEqualTo(CommitmentStatus.OPEN);
        // 2,400 km² to treat, 1,380 done: 1,020 left, 170 a year
        Commitment stock = byId(all, "initial_treatment_km2_2030");
        assertThat(stock.target()).isCloseTo(2400, within(1e-9));
        assertThat(stock.progress()).isCloseTo(1380, within(1e-9));
        assertThat(stock.remaining()).isCloseTo(1020, within(1e-9));
        assertThat(stock.pacePerYear()).isCloseTo(170, within(1e-9));
        assertThat(stock.unit()).isEqualTo("km2");
        assertThat(stock.unitZh()).isEqualTo("平方公里");
    }

    @Test
    void withoutMonitoringOnlyTheIndicatorsAreListed() {
        Dataset dataset = new Dataset(List.of(), List.of(), List.of(), List.of(),
                List.of(new Target(Scope.CITY, 2030, TargetIndicator.SWC_RATE_PCT, 66, "plan")),
                List.of(indicator("dams", 10, 2030, 4, 2024)), List.of(), List.of());
        assertThat(Commitments.of(dataset)).extracting(Commitment::id).containsExactly("dams");
    }

    private static PlanIndicator counted(String id, double target, int countFrom, int deadline, double reported,
                                         Optional<LedgerFigure> ledger) {
        return new PlanIndicator(id, "指标" + id, "Indicator " + id, IndicatorUnit.COUNT, "条", target, deadline, 0,
                reported, 2024, "test", countFrom, ledger);
    }

    private static IndicatorItem item(String id, String indicator, ItemStatus status, String completed) {
        return new IndicatorItem(id, indicator, Optional.of(Fixtures.A), "事项" + id, "", status,
                completed.isEmpty() ? Optional.empty() : Optional.of(completed), "", "test");
    }

    @Test
    void namedItemsAreCountedOverTheirPeriodAndAPeriodYetToComeHasAllItsYearsLeft() {
        Dataset base = Fixtures.twoCounties();
        List<PlanIndicator> indicators = List.of(
                counted("watersheds", 5, 2021, 2025, 1, Optional.empty()),
                counted("eco_clean", 7, 2026, 2030, 0, Optional.empty()));
        List<IndicatorItem> items = List.of(
                item("w1", "watersheds", ItemStatus.DONE, "2022"),
                item("w2", "watersheds", ItemStatus.DONE, "2024-06-30"),
                item("w3", "watersheds", ItemStatus.DONE, ""),
                // done before the period began: not counted toward it
                item("w4", "watersheds", ItemStatus.DONE, "2020"),
                item("w5", "watersheds", ItemStatus.IN_PROGRESS, ""),
                item("e1", "eco_clean", ItemStatus.PLANNED, ""));
        Dataset dataset = new Dataset(base.counties(), base.monitoring(), base.treatment(), base.baselines(), List.of(),
                indicators, List.of(), List.of(), Optional.empty(), List.of(), List.of(), items);
        List<Commitment> all = Commitments.of(dataset);

        Commitment watersheds = byId(all, "watersheds");
        assertThat(watersheds.basis()).isEqualTo(ProgressBasis.ITEM_LEDGER);
        assertThat(watersheds.progress()).isEqualTo(3);
        assertThat(watersheds.reported()).hasValue(1);
        assertThat(watersheds.countFrom()).isEqualTo(2021);
        assertThat(watersheds.fiveYearPlan()).contains(FiveYearPlan.FOURTEENTH);
        assertThat(watersheds.items()).hasSize(5);
        // 5 − 3 = 2 left for 2025 alone
        assertThat(watersheds.yearsLeft()).isEqualTo(1);
        assertThat(watersheds.pacePerYear()).isCloseTo(2, within(1e-12));
        // the 十五五 item: 7 over the five years 2026–2030, not over the six after 2024
        Commitment ecoClean = byId(all, "eco_clean");
        assertThat(ecoClean.fiveYearPlan()).contains(FiveYearPlan.FIFTEENTH);
        assertThat(ecoClean.progress()).isZero();
        assertThat(ecoClean.yearsLeft()).isEqualTo(5);
        assertThat(ecoClean.pacePerYear()).isCloseTo(7.0 / 5, within(1e-12));
    }

    @Test
    void aLedgerFigureIsAddedUpOverTheCountingPeriod() {
        CountyCode a = Fixtures.A;
        CountyCode b = Fixtures.B;
        List<TreatmentRecord> ledger = List.of(
                dams(a, 2020, 4), dams(a, 2021, 2), dams(a, 2022, 1), dams(a, 2023, 0), dams(a, 2024, 0),
                dams(b, 2020, 0), dams(b, 2021, 0), dams(b, 2022, 0), dams(b, 2023, 3), dams(b, 2024, 0),
                // 2025: only A has reported so far; not counted until B has
                dams(a, 2025, 7));
        Dataset base = Fixtures.twoCounties();
        Dataset dataset = new Dataset(base.counties(), base.monitoring(), ledger, base.baselines(), List.of(),
                List.of(counted("check_dams", 17, 2021, 2025, 9, Optional.of(LedgerFigure.CHECK_DAMS_NEW))),
                List.of(), List.of());
        // a named item does not displace the ledger the indicator is counted from
        Dataset withItem = new Dataset(dataset.counties(), dataset.monitoring(), dataset.treatment(),
                dataset.baselines(), List.of(), dataset.indicators(), List.of(), List.of(), Optional.empty(), List.of(),
                List.of(), List.of(item("d1", "check_dams", ItemStatus.DONE, "2024")));
        Commitment dams = byId(Commitments.of(withItem), "check_dams");
        assertThat(dams.items()).hasSize(1);
        // 2021–2024: 2 + 1 + 3 + 0; 2020's 4 are before the period, 2025's 7 not yet complete
        assertThat(dams.basis()).isEqualTo(ProgressBasis.TREATMENT_LEDGER);
        assertThat(dams.progress()).isEqualTo(6);
        assertThat(dams.reported()).hasValue(9);
        assertThat(dams.progressYear()).isEqualTo(2024);
        assertThat(dams.pacePerYear()).isCloseTo(11, within(1e-12));
    }

    private static TreatmentRecord dams(CountyCode county, int year, int built) {
        return new TreatmentRecord(county, year, Map.of(), built, 0, OptionalDouble.empty(), "test");
    }

    @Test
    void itemsCountAsOfTheirLatestCompletionAndAsTheyStoodInAnEarlierYear() {
        Dataset base = Fixtures.twoCounties();
        Dataset dataset = new Dataset(base.counties(), base.monitoring(), base.treatment(), base.baselines(), List.of(),
                List.of(counted("watersheds", 5, 2021, 2025, 1, Optional.empty())), List.of(), List.of(),
                Optional.empty(), List.of(), List.of(), List.of(item("w1", "watersheds", ItemStatus.DONE, "2023"),
                        item("w2", "watersheds", ItemStatus.DONE, "2025-10-15")));
        Commitment now = byId(Commitments.of(dataset), "watersheds");
        assertThat(now.progress()).isEqualTo(2);
        assertThat(now.progressYear()).isEqualTo(2025);
        Commitment then = byId(Commitments.of(dataset.upTo(2024)), "watersheds");
        assertThat(then.progress()).isEqualTo(1);
        assertThat(then.progressYear()).isEqualTo(2024);
    }
}

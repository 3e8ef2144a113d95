package org.swcplan.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.region.Scope;

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
                assertThat(c.pacePerYear()).as(what, seed)
                        .isCloseTo(c.remaining() / (c.deadline() - c.progressYear()), within(1e-12));
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
}

package org.swcplan.model.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.plan.Commitment;
import org.swcplan.model.plan.Commitments;
import org.swcplan.model.plan.IndicatorUnit;
import org.swcplan.model.plan.LedgerFigure;
import org.swcplan.model.plan.PlanIndicator;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.standing.UnitStanding;

/** Upgrading old terraces is not new treatment: it counts toward the slope farmland indicator, not toward 治理度. */
class UpgradingTest {
    private static final PlanIndicator SLOPE_FARMLAND = new PlanIndicator("slope_farmland_km2", "坡耕地综合治理（老旧梯田提升改造）",
            "Slope farmland (old terraces upgraded)", IndicatorUnit.KM2, "平方公里", 72.3, 2025, 0, 0, 2024, "plan", 2021,
            Optional.of(LedgerFigure.UPGRADED_TERRACE_KM2));

    /** Fixtures.twoCounties with one more ledger row for county A in 2024. */
    private static Dataset withRow(TreatmentRecord extra) {
        Dataset base = Fixtures.twoCounties();
        List<TreatmentRecord> treatment = new ArrayList<>(base.treatment().stream()
                .filter(r -> !(r.county().equals(Fixtures.A) && r.year() == 2024)).toList());
        treatment.add(extra);
        return new Dataset(base.counties(), base.monitoring(), treatment, base.baselines(), List.of(),
                List.of(SLOPE_FARMLAND), List.of(), List.of());
    }

    /** A's 2024 row of the fixture (20 km² of new terraces) plus new terraces and upgrading. */
    private static TreatmentRecord a2024(double newTerraces, double upgradedTerraces) {
        return new TreatmentRecord(Fixtures.A, 2024, Map.of(Measure.TERRACE, 20 + newTerraces), 0, 0,
                OptionalDouble.empty(), "test", new Upgrading(Map.of(Measure.TERRACE, upgradedTerraces), 0, 0));
    }

    private static double slopeFarmland(Dataset dataset) {
        return Commitments.of(dataset).stream().filter(c -> c.id().equals(SLOPE_FARMLAND.id())).findFirst()
                .map(Commitment::progress).orElseThrow();
    }

    private static UnitStanding countyA(Dataset dataset) {
        return StandingAnalysis.of(dataset, 2024).counties().stream()
                .filter(u -> u.unit().id().equals(Fixtures.A.id())).findFirst().orElseThrow();
    }

    @Test
    void tenKm2OfUpgradingRaiseTheIndicatorByTenAndLeaveTreatmentDegreeAsItWas() {
        Dataset before = withRow(a2024(0, 0));
        Dataset upgraded = withRow(a2024(0, 10));

        assertThat(slopeFarmland(upgraded) - slopeFarmland(before)).isCloseTo(10, within(1e-9));
        assertThat(countyA(upgraded).treatedCumKm2()).isEqualTo(countyA(before).treatedCumKm2());
        assertThat(countyA(upgraded).treatmentDegreePct()).isEqualTo(countyA(before).treatmentDegreePct());
    }

    @Test
    void tenKm2OfNewTerracesRaiseTreatmentDegreeAndNotTheUpgradingIndicator() {
        Dataset before = withRow(a2024(0, 0));
        Dataset built = withRow(a2024(10, 0));

        assertThat(slopeFarmland(built)).isEqualTo(slopeFarmland(before));
        // A: 300 km² treated of a 400 km² stock before; 20 + 10 new in 2024
        assertThat(countyA(built).treatedCumKm2().getAsDouble()
                - countyA(before).treatedCumKm2().getAsDouble()).isCloseTo(10, within(1e-9));
        assertThat(countyA(built).treatmentDegreePct().getAsDouble()
                - countyA(before).treatmentDegreePct().getAsDouble()).isCloseTo(100.0 * 10 / 400, within(1e-9));
    }
}

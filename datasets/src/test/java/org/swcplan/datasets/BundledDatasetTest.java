package org.swcplan.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.plan.TaskOrigin;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.Standing;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.standing.UnitStanding;

/** The bundled dataset has the properties its documentation (SOURCES.md) promises. */
class BundledDatasetTest {
    private static final DatasetReader.Loaded LOADED = DatasetReader.read(new BundledDataset());
    private static final Dataset DATA = LOADED.dataset();

    @Test
    void loadsWithoutWarningsAndIsMarkedIllustrative() {
        assertThat(LOADED.warnings()).isEmpty();
        assertThat(DATA.isIllustrative()).isTrue();
        assertThat(LOADED.rowsByFile().keySet()).containsExactlyElementsOf(BundledDataset.FILES);
    }

    @Test
    void hasThirteenCountiesWithEveryYearFrom2018To2024() {
        assertThat(DATA.counties()).hasSize(13);
        assertThat(IntStream.rangeClosed(2018, 2024)).allMatch(DATA::isComplete);
        assertThat(DATA.latestCompleteYear()).hasValue(2024);
        // one row a county and year, and the development zone's own rows of 2021–2024 apart
        assertThat(DATA.countyTreatment()).hasSize(13 * 7);
        assertThat(DATA.treatment()).hasSize(13 * 7 + 4);
    }

    @Test
    void cityRateIn2024IsNear77AndLandSumsToThePublishedTotal() {
        Standing standing = StandingAnalysis.of(DATA, 2024);
        assertThat(standing.city().swcRatePct()).isBetween(76.5, 77.5);
        assertThat(standing.city().areas().landAreaKm2()).isCloseTo(14_182.88, within(0.005));
    }

    @Test
    void areaWeightedCityRateDiffersFromTheMeanOfCountyRates() {
        Standing standing = StandingAnalysis.of(DATA, 2024);
        double mean = standing.counties().stream().mapToDouble(UnitStanding::swcRatePct).average().orElseThrow();
        assertThat(Math.abs(mean - standing.city().swcRatePct())).isGreaterThan(0.1);
    }

    @Test
    void mountainCountiesLieFarBelowTheBasinCounties() {
        Map<String, Double> rate = StandingAnalysis.of(DATA, 2024).counties().stream()
                .collect(Collectors.toMap(UnitStanding::nameZh, UnitStanding::swcRatePct));
        List<String> mountain = List.of("垣曲县", "平陆县", "夏县", "绛县", "芮城县");
        double bestMountain = mountain.stream().mapToDouble(rate::get).max().orElseThrow();
        double worstBasin = rate.entrySet().stream().filter(e -> !mountain.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).min().orElseThrow();
        assertThat(worstBasin - bestMountain).isGreaterThan(5);
    }

    @Test
    void pingluHasAStructuralBreakAndHejinDeteriorates() {
        double[] pinglu = rates("140829");
        double largestOtherStep = IntStream.range(1, pinglu.length).filter(i -> i != 3)
                .mapToDouble(i -> pinglu[i] - pinglu[i - 1]).max().orElseThrow();
        assertThat(pinglu[3] - pinglu[2]).as("2021 step").isGreaterThan(3 * largestOtherStep);
        double[] hejin = rates("140882");
        assertThat(hejin[6]).isLessThan(hejin[3]);
    }

    @Test
    void cityTargetsAreThePlans() {
        assertThat(DATA.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT)).extracting(Target::year, Target::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2025, 77.25),
                        org.assertj.core.groups.Tuple.tuple(2030, 78.76), org.assertj.core.groups.Tuple.tuple(2035, 83.9));
        assertThat(DATA.targets(Scope.CITY, TargetIndicator.TREATMENT_DEGREE_PCT)).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo(100));
        double stock = DATA.baselines().stream().mapToDouble(b -> b.baselineErosionKm2()).sum();
        assertThat(stock).isCloseTo(8_352, within(0.01));
    }

    @Test
    void planTasksAndIndicatorsAreAllThere() {
        // the annex's 38 key tasks, then the responsibilities the plan's body adds
        assertThat(DATA.tasks()).filteredOn(t -> t.origin() == TaskOrigin.ANNEX).hasSize(38)
                .extracting(PlanTask::number).containsExactlyElementsOf(IntStream.rangeClosed(1, 38).boxed().toList());
        assertThat(DATA.tasks()).filteredOn(t -> t.origin() == TaskOrigin.BODY).allSatisfy(t -> {
            assertThat(t.number()).isGreaterThan(38);
            assertThat(t.basis()).isNotEmpty();
        });
        assertThat(DATA.tasks().get(0).leadUnits()).containsExactly("市水务局");
        assertThat(DATA.indicators()).extracting(i -> i.id() + "=" + i.target())
                .contains("slope_farmland_km2=72.3", "check_dams=17.0", "high_quality_watersheds=5.0");
    }

    @Test
    void everyCountyHasParametersWithinPublishedRanges() {
        for (County county : DATA.counties()) {
            assertThat(DATA.parameters(county.code()).effectivenessK()).isBetween(0.3, 0.5);
            // a ceiling is below 100 % and above where the county stands
            assertThat(DATA.parameters(county.code()).maxRatePct()).isBetween(90.0, 95.0)
                    .isGreaterThan(DATA.record(county.code(), 2024).orElseThrow().swcRatePct());
            // a county's capacity is at least what it has treated in any year on record
            assertThat(DATA.parameters(county.code()).capacityKm2PerYear()).isGreaterThanOrEqualTo(
                    DATA.treatmentOf(county.code()).stream().mapToDouble(t -> t.newTreatedKm2()).max().orElseThrow());
        }
    }

    private static double[] rates(String code) {
        return DATA.recordsOf(new CountyCode(code)).stream().mapToDouble(AnnualRecord::swcRatePct).toArray();
    }
}

package org.swcplan.model.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;

class RegionForecasterTest {
    /** Three counties with 7 years of noisy, falling erosion; one county close to full erosion. */
    static Dataset region(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<County> counties = new ArrayList<>();
        List<AnnualRecord> records = new ArrayList<>();
        String[] codes = {"140802", "140821", "140827"};
        double[] start = {300, 150, 990};
        for (int c = 0; c < codes.length; c++) {
            CountyCode code = new CountyCode(codes[c]);
            counties.add(Fixtures.county(code, "县" + c));
            double erosion = start[c];
            for (int year = 2018; year <= 2024; year++) {
                erosion = Math.min(999, erosion * (1 - random.nextDouble(-0.02, 0.06)));
                records.add(Fixtures.record(code, year, 1000, erosion));
            }
        }
        return new Dataset(counties, records, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Stream<Object[]> methodsAndSeeds() {
        return ForecastMethods.ids().stream().flatMap(id -> Stream.of(1L, 2L, 3L).map(seed -> new Object[] {id, seed}));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("methodsAndSeeds")
    void forecastsAreOrderedQuantilesWithinZeroToHundred(String method, long seed) {
        RegionOutlook outlook = RegionForecaster.forecast(region(seed), ForecastMethods.byId(method),
                new RegionForecaster.Settings(2035, 400, seed));
        assertThat(outlook.units()).hasSize(4);
        for (UnitForecast unit : outlook.units()) {
            assertThat(unit.points()).hasSize(11);
            assertThat(unit.points().get(0).year()).isEqualTo(2025);
            // ForecastPoint's constructor rejects disorder and values outside 0–100
            assertThat(unit.points()).allSatisfy(p -> assertThat(p.hi95Pct()).isLessThanOrEqualTo(100));
        }
    }

    @Test
    void cityPathsAreTheSumOfCountyPaths() {
        RegionOutlook outlook = RegionForecaster.forecast(region(9), ForecastMethods.auto(),
                new RegionForecaster.Settings(2030, 300, 9));
        double[] city = outlook.ratePaths(Scope.CITY, 2028);
        double[][] counties = outlook.counties().stream().map(u -> outlook.ratePaths(u.unit(), 2028)).toArray(double[][]::new);
        for (int p = 0; p < city.length; p++) {
            // equal land areas: the city rate is the mean of the county rates on every path
            assertThat(city[p]).isCloseTo((counties[0][p] + counties[1][p] + counties[2][p]) / 3, within(1e-9));
        }
    }

    @Test
    void sameSeedSameForecastOtherSeedOtherPaths() {
        RegionForecaster.Settings settings = new RegionForecaster.Settings(2030, 300, 5);
        RegionOutlook a = RegionForecaster.forecast(region(1), ForecastMethods.auto(), settings);
        RegionOutlook b = RegionForecaster.forecast(region(1), ForecastMethods.auto(), settings);
        RegionOutlook c = RegionForecaster.forecast(region(1), ForecastMethods.auto(), new RegionForecaster.Settings(2030, 300, 6));
        assertThat(a.units()).isEqualTo(b.units());
        assertThat(a.city().at(2030)).isNotEqualTo(c.city().at(2030));
    }

    @Test
    void probabilityOfReachingATargetComesFromThePaths() {
        RegionOutlook outlook = RegionForecaster.forecast(region(2), ForecastMethods.auto(),
                new RegionForecaster.Settings(2030, 1000, 2));
        UnitForecast city = outlook.city();
        assertThat(outlook.probabilityAtLeast(Scope.CITY, 2030, city.at(2030).medianPct())).isCloseTo(0.5, within(0.01));
        assertThat(outlook.probabilityAtLeast(Scope.CITY, 2030, city.at(2030).lo80Pct())).isCloseTo(0.9, within(0.01));
        assertThat(outlook.probabilityAtLeast(Scope.CITY, 2030, 0)).isEqualTo(1);
    }

    @Test
    void horizonMustLieAfterTheLastObservation() {
        assertThatThrownBy(() -> RegionForecaster.forecast(region(1), ForecastMethods.auto(),
                new RegionForecaster.Settings(2024, 100, 1))).hasMessageContaining("after the last observed year 2024");
    }

    @Test
    void aCountyReachingZeroErosionDoesNotBlowUpTheCityInterval() {
        List<County> counties = new ArrayList<>();
        List<AnnualRecord> records = new ArrayList<>();
        double[][] erosion = {{10, 8, 5, 3, 1, 0}, {300, 296, 290, 287, 281, 276}, {200, 199, 195, 193, 190, 186}};
        String[] codes = {"140802", "140821", "140827"};
        for (int c = 0; c < 3; c++) {
            CountyCode code = new CountyCode(codes[c]);
            counties.add(Fixtures.county(code, "县" + c));
            for (int t = 0; t < 6; t++) {
                records.add(Fixtures.record(code, 2019 + t, 1000, erosion[c][t]));
            }
        }
        Dataset dataset = new Dataset(counties, records, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        RegionOutlook outlook = RegionForecaster.forecast(dataset, ForecastMethods.auto(),
                new RegionForecaster.Settings(2026, 1000, 1));
        ForecastPoint city = outlook.city().at(2026);
        assertThat(city.hi95Pct() - city.lo95Pct()).isLessThan(10);
    }

    @Test
    void aSingleObservedYearIsRefused() {
        Dataset one = new Dataset(List.of(Fixtures.county(Fixtures.A, "甲")), List.of(Fixtures.record(Fixtures.A, 2024, 100, 20)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> RegionForecaster.forecast(one, ForecastMethods.auto(),
                new RegionForecaster.Settings(2030, 100, 1))).hasMessageContaining("at least 2 years");
    }
}

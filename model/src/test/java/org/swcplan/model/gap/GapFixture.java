package org.swcplan.model.gap;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.Dataset;
import org.swcplan.model.Fixtures;
import org.swcplan.model.forecast.ForecastMethods;
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

/** Three counties whose rates move in straight lines, with targets for 2025 and 2030 and a 治理度 target. */
final class GapFixture {
    static final CountyCode A = Fixtures.A;
    static final CountyCode B = new CountyCode("140821");
    static final CountyCode C = Fixtures.B;
    static final List<CountyCode> CODES = List.of(A, B, C);
    static final double[] LAND = {1000, 2000, 1500};

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

    private GapFixture() {
    }

    /**
     * Treatment 2021–2024: A 20, 25, 30, 35; B 40 a year; C 5 a year. Baselines (stock, treated by 2020):
     * A 400, 100; B 1,200, 500; C 600, 590. Targets: the city 65 % in 2025 and 70 % in 2030, A 75 % and
     * B 61 % in 2030; 治理度 50 % by 2024 (passed) and 100 % by 2030.
     */
    static Dataset threeCounties() {
        List<County> counties = new ArrayList<>();
        List<AnnualRecord> records = new ArrayList<>();
        List<TreatmentRecord> treatment = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            counties.add(Fixtures.county(CODES.get(c), "县" + c));
            for (int t = 0; t < 7; t++) {
                records.add(Fixtures.record(CODES.get(c), 2018 + t, LAND[c], EROSION[c][t]));
            }
        }
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
        return new Dataset(counties, records, treatment, baselines, targets, List.of(), List.of(),
                List.of(new CountyParameters(A, 0.5, 40, 30)));
    }

    /** Business as usual of {@code dataset} to 2030: 500 sample paths, seed 1, k from params.csv. */
    static Projection projection(Dataset dataset) {
        return Projection.of(dataset, ForecastMethods.auto(), new RegionForecaster.Settings(2030, 500, 1),
                KSource.PARAMS);
    }

    /** The row of {@code unit} at {@code milestone}. */
    static GapRow row(List<GapRow> rows, Scope unit, int milestone) {
        return rows.stream().filter(r -> r.unit().equals(unit) && r.milestone() == milestone).findFirst().orElseThrow();
    }

    /** The dataset with one more year monitored and treated in every county (A, B, C in that order). */
    static Dataset withYear(Dataset dataset, int year, double[] erosionKm2, double[] treatedKm2) {
        List<AnnualRecord> records = new ArrayList<>(dataset.monitoring());
        List<TreatmentRecord> treatment = new ArrayList<>(dataset.treatment());
        for (int c = 0; c < 3; c++) {
            records.add(Fixtures.record(CODES.get(c), year, LAND[c], erosionKm2[c]));
            treatment.add(Fixtures.treatment(CODES.get(c), year, treatedKm2[c]));
        }
        return new Dataset(dataset.counties(), records, treatment, dataset.baselines(), dataset.targets(),
                dataset.indicators(), dataset.tasks(), dataset.parameters());
    }
}

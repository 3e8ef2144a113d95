package org.swcplan.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.DataStatus;
import org.swcplan.model.monitoring.ErosionByClass;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.plan.IndicatorUnit;
import org.swcplan.model.plan.PlanIndicator;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.plan.TaskStatus;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.CountyType;
import org.swcplan.model.region.Scope;
import org.swcplan.model.region.Tile;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;

/** A small three-county region, 2019–2024, with targets, baselines, parameters, an indicator and tasks. */
public final class ReportFixtures {
    public static final CountyCode A = new CountyCode("140802");
    public static final CountyCode B = new CountyCode("140827");
    public static final CountyCode C = new CountyCode("140829");

    private ReportFixtures() {
    }

    public static Dataset region() {
        List<County> counties = List.of(
                new County(A, "盐湖区", "Yanhu District", CountyType.DISTRICT, new Tile(0, 0), 1000),
                new County(B, "垣曲县", "Yuanqu County", CountyType.COUNTY, new Tile(0, 1), 1000),
                new County(C, "平陆县", "Pinglu County", CountyType.COUNTY, new Tile(1, 1), 1000));
        List<AnnualRecord> records = new ArrayList<>();
        List<TreatmentRecord> treatment = new ArrayList<>();
        double[][] erosion = {{150, 146, 143, 140, 136, 133}, {620, 615, 612, 606, 603, 598}, {430, 425, 412, 405, 401, 395}};
        for (int c = 0; c < 3; c++) {
            for (int t = 0; t < 6; t++) {
                double e = erosion[c][t];
                records.add(new AnnualRecord(counties.get(c).code(), 2019 + t, c == 0 ? 1200 : 1600,
                        new ErosionByClass(e * 0.6, e * 0.25, e * 0.1, e * 0.04, e * 0.01), 0, OptionalDouble.empty(),
                        DataStatus.ESTIMATED, "illustrative"));
                treatment.add(new TreatmentRecord(counties.get(c).code(), 2019 + t, Map.of(Measure.CLOSURE, 8.0 + c + t),
                        0, 300, OptionalDouble.empty(), "illustrative"));
            }
        }
        List<Target> targets = List.of(new Target(Scope.CITY, 2025, TargetIndicator.SWC_RATE_PCT, 65, "plan"),
                new Target(Scope.CITY, 2030, TargetIndicator.SWC_RATE_PCT, 68, "plan"),
                new Target(Scope.CITY, 2030, TargetIndicator.TREATMENT_DEGREE_PCT, 100, "plan"),
                new Target(A, 2030, TargetIndicator.SWC_RATE_PCT, 90, "county"));
        List<Baseline> baselines = List.of(new Baseline(A, 300, 2018, 200, ""), new Baseline(B, 900, 2018, 500, ""),
                new Baseline(C, 700, 2018, 450, ""));
        List<CountyParameters> parameters = List.of(new CountyParameters(A, 0.4, 40, 30),
                new CountyParameters(B, 0.35, 60, 40), new CountyParameters(C, 0.45, 55, 40));
        List<PlanIndicator> indicators = List.of(new PlanIndicator("check_dams", "淤地坝", "Check dams", IndicatorUnit.COUNT,
                17, 2025, 0, 9, 2024, "plan"));
        List<PlanTask> tasks = List.of(
                new PlanTask(1, "预防", "划定重点预防区", List.of("市水务局"), List.of("各县（市、区）人民政府"), TaskStatus.IN_PROGRESS, "plan"),
                new PlanTask(2, "监管", "依法征收水土保持补偿费", List.of("市税务局"), List.of("市水务局"), TaskStatus.DONE, "plan"));
        return new Dataset(counties, records, treatment, baselines, targets, indicators, tasks, parameters);
    }

    /**
     * The region with 2025 monitored and treated as well: 盐湖区 130 km² of 1,200 (89.17 %), 垣曲县 590 of
     * 1,600 (63.13 %, short of the city's 65 % that every county takes for 2025), 平陆县 391 of 1,600
     * (75.56 %); the city 1,111 of 4,400 km² (74.75 %).
     */
    public static Dataset regionThrough2025() {
        Dataset region = region();
        List<AnnualRecord> records = new ArrayList<>(region.monitoring());
        List<TreatmentRecord> treatment = new ArrayList<>(region.treatment());
        double[] erosion = {130, 590, 391};
        for (int c = 0; c < 3; c++) {
            County county = region.counties().get(c);
            double e = erosion[c];
            records.add(new AnnualRecord(county.code(), 2025, c == 0 ? 1200 : 1600,
                    new ErosionByClass(e * 0.6, e * 0.25, e * 0.1, e * 0.04, e * 0.01), 0, OptionalDouble.empty(),
                    DataStatus.ESTIMATED, "illustrative"));
            treatment.add(new TreatmentRecord(county.code(), 2025, Map.of(Measure.CLOSURE, 14.0 + c), 0, 300,
                    OptionalDouble.empty(), "illustrative"));
        }
        return new Dataset(region.counties(), records, treatment, region.baselines(), region.targets(),
                region.indicators(), region.tasks(), region.parameters());
    }
}

package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.swcplan.datasets.canonical.BaselineFile;
import org.swcplan.datasets.canonical.IndicatorsFile;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.canonical.MonitoringFile;
import org.swcplan.datasets.canonical.ParamsFile;
import org.swcplan.datasets.canonical.ScenarioPlanFile;
import org.swcplan.datasets.canonical.TargetsFile;
import org.swcplan.datasets.canonical.TreatmentFile;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.plan.PlanIndicator;
import org.swcplan.model.plan.Target;
import org.swcplan.model.scenario.PlannedTreatment;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;

/** Every kind of file that can be validated, imported, exported as data, or templated. */
public final class Kinds {
    public static final DataKind<AnnualRecord> MONITORING = new Monitoring();
    public static final DataKind<TreatmentRecord> TREATMENT = new Treatment();
    public static final DataKind<Baseline> BASELINE = new Baselines();
    public static final DataKind<Target> TARGETS = new Targets();
    public static final DataKind<ParamsFile.Entry> PARAMS = new Params();
    public static final DataKind<PlanIndicator> INDICATORS = new Indicators();
    public static final DataKind<PlannedTreatment> PLAN = new Plan();

    private Kinds() {
    }

    public static List<DataKind<?>> all() {
        return List.of(MONITORING, TREATMENT, BASELINE, TARGETS, PARAMS, INDICATORS, PLAN);
    }

    /**
     * @throws IllegalArgumentException naming the known kinds
     */
    public static DataKind<?> byName(String name) {
        return all().stream().filter(k -> k.name().equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind \"" + name + "\"; known: "
                        + all().stream().map(DataKind::name).collect(Collectors.joining(", "))));
    }

    private static final class Monitoring implements DataKind<AnnualRecord> {
        @Override
        public String name() {
            return "monitoring";
        }

        @Override
        public String fileName() {
            return MonitoringFile.NAME;
        }

        @Override
        public Schema schema() {
            return MonitoringFile.SCHEMA;
        }

        @Override
        public Parsed<AnnualRecord> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                                         DataErrors errors) {
            return MonitoringFile.read(file, bytes, encoding, counties, errors);
        }

        @Override
        public Function<AnnualRecord, Object> key() {
            return r -> r.county() + " " + r.year();
        }

        @Override
        public List<AnnualRecord> of(Dataset dataset) {
            return dataset.monitoring();
        }

        @Override
        public List<String> columns() {
            return List.of("code", "year", "land_area_km2", "erosion_light_km2", "erosion_moderate_km2",
                    "erosion_intense_km2", "erosion_very_intense_km2", "erosion_severe_km2", "erosion_wind_km2",
                    "swc_rate_reported_pct", "status", "source");
        }

        @Override
        public List<String> cells(AnnualRecord r) {
            var e = r.erosionByClass();
            return List.of(r.county().id(), Integer.toString(r.year()), Numbers.exact(r.landAreaKm2()),
                    Numbers.exact(e.lightKm2()), Numbers.exact(e.moderateKm2()), Numbers.exact(e.intenseKm2()),
                    Numbers.exact(e.veryIntenseKm2()), Numbers.exact(e.severeKm2()), Numbers.exact(r.windErosionKm2()),
                    Numbers.exact(r.reportedRatePct()), r.status().label(), r.source());
        }

        @Override
        public List<String> example() {
            return List.of("140802", "2025", "1203.53", "88.10", "29.00", "12.10", "6.60", "2.20", "0", "88.48",
                    "reported", "county monitoring station");
        }
    }

    private static final class Treatment implements DataKind<TreatmentRecord> {
        @Override
        public String name() {
            return "treatment";
        }

        @Override
        public String fileName() {
            return TreatmentFile.NAME;
        }

        @Override
        public Schema schema() {
            return TreatmentFile.SCHEMA;
        }

        @Override
        public Parsed<TreatmentRecord> read(String file, byte[] bytes, Optional<Charset> encoding,
                                            KnownCounties counties, DataErrors errors) {
            return TreatmentFile.read(file, bytes, encoding, counties, errors);
        }

        @Override
        public Function<TreatmentRecord, Object> key() {
            return r -> r.county() + " " + r.year();
        }

        @Override
        public List<TreatmentRecord> of(Dataset dataset) {
            return dataset.treatment();
        }

        @Override
        public List<String> columns() {
            List<String> columns = new ArrayList<>(List.of("code", "year"));
            for (Measure m : Measure.values()) {
                columns.add(TreatmentFile.column(m));
            }
            columns.addAll(List.of("check_dams_new", "investment_wan", TreatmentFile.CUMULATIVE, "source"));
            return columns;
        }

        @Override
        public List<String> cells(TreatmentRecord r) {
            List<String> cells = new ArrayList<>(List.of(r.county().id(), Integer.toString(r.year())));
            for (Measure m : Measure.values()) {
                cells.add(Numbers.exact(r.newTreatedKm2ByMeasure().get(m)));
            }
            cells.addAll(List.of(Integer.toString(r.checkDamsNew()), Numbers.exact(r.investmentWan()),
                    Numbers.exact(r.reportedCumulativeKm2()), r.source()));
            return cells;
        }

        @Override
        public List<String> example() {
            return List.of("140827", "2025", "3.50", "8.00", "4.20", "0.80", "12.00", "2.40", "0", "1", "1920.50", "",
                    "county water bureau ledger");
        }
    }

    private static final class Baselines implements DataKind<Baseline> {
        @Override
        public String name() {
            return "baseline";
        }

        @Override
        public String fileName() {
            return BaselineFile.NAME;
        }

        @Override
        public Schema schema() {
            return BaselineFile.SCHEMA;
        }

        @Override
        public Parsed<Baseline> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                                     DataErrors errors) {
            return BaselineFile.read(file, bytes, encoding, counties, errors);
        }

        @Override
        public Function<Baseline, Object> key() {
            return Baseline::county;
        }

        @Override
        public List<Baseline> of(Dataset dataset) {
            return dataset.baselines();
        }

        @Override
        public List<String> columns() {
            return List.of("code", "baseline_erosion_km2", "base_year", "treated_cum_km2", "source");
        }

        @Override
        public List<String> cells(Baseline b) {
            return List.of(b.county().id(), Numbers.exact(b.baselineErosionKm2()), Integer.toString(b.baseYear()),
                    Numbers.exact(b.treatedCumKm2()), b.source());
        }

        @Override
        public List<String> example() {
            return List.of("140828", "964", "2017", "640.50", "夏县水利局");
        }
    }

    private static final class Targets implements DataKind<Target> {
        @Override
        public String name() {
            return "targets";
        }

        @Override
        public String fileName() {
            return TargetsFile.NAME;
        }

        @Override
        public Schema schema() {
            return TargetsFile.SCHEMA;
        }

        @Override
        public Parsed<Target> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                                   DataErrors errors) {
            return TargetsFile.read(file, bytes, encoding, counties, errors);
        }

        @Override
        public Function<Target, Object> key() {
            return t -> t.scope().id() + " " + t.year() + " " + t.indicator().key();
        }

        @Override
        public List<Target> of(Dataset dataset) {
            return dataset.targets();
        }

        @Override
        public List<String> columns() {
            return List.of("scope", "year", "indicator", "value", "source");
        }

        @Override
        public List<String> cells(Target t) {
            return List.of(t.scope().id(), Integer.toString(t.year()), t.indicator().key(), Numbers.exact(t.value()),
                    t.source());
        }

        @Override
        public List<String> example() {
            return List.of("140828", "2025", "swc_rate_pct", "70.60", "夏政办函〔2024〕37号");
        }
    }

    private static final class Params implements DataKind<ParamsFile.Entry> {
        @Override
        public String name() {
            return "params";
        }

        @Override
        public String fileName() {
            return ParamsFile.NAME;
        }

        @Override
        public Schema schema() {
            return ParamsFile.SCHEMA;
        }

        @Override
        public Parsed<ParamsFile.Entry> read(String file, byte[] bytes, Optional<Charset> encoding,
                                             KnownCounties counties, DataErrors errors) {
            return ParamsFile.read(file, bytes, encoding, counties, errors);
        }

        @Override
        public Function<ParamsFile.Entry, Object> key() {
            return e -> e.county() + " " + e.name().key();
        }

        @Override
        public List<ParamsFile.Entry> of(Dataset dataset) {
            List<ParamsFile.Entry> entries = new ArrayList<>();
            for (CountyParameters p : dataset.parameters()) {
                entries.add(new ParamsFile.Entry(p.county(), CountyParameters.Name.EFFECTIVENESS_K, p.effectivenessK()));
                entries.add(new ParamsFile.Entry(p.county(), CountyParameters.Name.UNIT_COST_WAN_PER_KM2,
                        p.unitCostWanPerKm2()));
                entries.add(new ParamsFile.Entry(p.county(), CountyParameters.Name.CAPACITY_KM2_PER_YEAR,
                        p.capacityKm2PerYear()));
            }
            return entries;
        }

        @Override
        public List<String> columns() {
            return List.of("code", "name", "value", "source");
        }

        @Override
        public List<String> cells(ParamsFile.Entry e) {
            return List.of(e.county().id(), e.name().key(), Numbers.exact(e.value()), "");
        }

        @Override
        public List<String> example() {
            return List.of("140827", "effectiveness_k", "0.35", "calibrated from 2018-2024");
        }
    }

    private static final class Indicators implements DataKind<PlanIndicator> {
        @Override
        public String name() {
            return "indicators";
        }

        @Override
        public String fileName() {
            return IndicatorsFile.NAME;
        }

        @Override
        public Schema schema() {
            return IndicatorsFile.SCHEMA;
        }

        @Override
        public Parsed<PlanIndicator> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                                          DataErrors errors) {
            return IndicatorsFile.read(file, bytes, encoding, errors);
        }

        @Override
        public Function<PlanIndicator, Object> key() {
            return PlanIndicator::id;
        }

        @Override
        public List<PlanIndicator> of(Dataset dataset) {
            return dataset.indicators();
        }

        @Override
        public List<String> columns() {
            return List.of("id", "name_zh", "name_en", "unit", "target", "deadline", "baseline_2023", "progress",
                    "progress_year", "source");
        }

        @Override
        public List<String> cells(PlanIndicator i) {
            return List.of(i.id(), i.nameZh(), i.nameEn(), i.unit().key(), Numbers.exact(i.target()),
                    Integer.toString(i.deadline()), Numbers.exact(i.baseline()), Numbers.exact(i.progress()),
                    Integer.toString(i.progressYear()), i.source());
        }

        @Override
        public List<String> example() {
            return List.of("check_dams", "高标准淤地坝", "High-standard check dams", "count", "17", "2025", "0", "11",
                    "2025", "运政办发〔2024〕3号");
        }
    }

    private static final class Plan implements DataKind<PlannedTreatment> {
        @Override
        public String name() {
            return "plan";
        }

        @Override
        public String fileName() {
            return "plan.csv";
        }

        @Override
        public Schema schema() {
            return ScenarioPlanFile.SCHEMA;
        }

        @Override
        public Parsed<PlannedTreatment> read(String file, byte[] bytes, Optional<Charset> encoding,
                                             KnownCounties counties, DataErrors errors) {
            return ScenarioPlanFile.parse(file, bytes, encoding, counties, errors);
        }

        @Override
        public Function<PlannedTreatment, Object> key() {
            return p -> p.county() + " " + p.year() + " " + p.measure().key();
        }

        @Override
        public List<PlannedTreatment> of(Dataset dataset) {
            return List.of();
        }

        @Override
        public List<String> columns() {
            return List.of("code", "year", "measure", "km2");
        }

        @Override
        public List<String> cells(PlannedTreatment p) {
            return List.of(p.county().id(), Integer.toString(p.year()), p.measure().key(), Numbers.exact(p.km2()));
        }

        @Override
        public List<String> example() {
            return List.of("140827", "2026", "terrace", "12.5");
        }
    }
}

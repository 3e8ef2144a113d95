package org.swcplan.datasets.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.swcplan.datasets.canonical.BaselineFile;
import org.swcplan.datasets.canonical.CityFile;
import org.swcplan.datasets.canonical.IndicatorItemsFile;
import org.swcplan.datasets.canonical.IndicatorsFile;
import org.swcplan.datasets.canonical.MonitoringFile;
import org.swcplan.datasets.canonical.ParamsFile;
import org.swcplan.datasets.canonical.ReferencesFile;
import org.swcplan.datasets.canonical.ScenarioPlanFile;
import org.swcplan.datasets.canonical.SupervisionFile;
import org.swcplan.datasets.canonical.TargetsFile;
import org.swcplan.datasets.canonical.TaskProgressFile;
import org.swcplan.datasets.canonical.SubunitsFile;
import org.swcplan.datasets.canonical.TasksFile;
import org.swcplan.datasets.canonical.TreatmentFile;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.UnknownName;
import org.swcplan.model.plan.IndicatorItem;
import org.swcplan.model.plan.LedgerFigure;
import org.swcplan.model.plan.PlanIndicator;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskProgress;
import org.swcplan.model.region.City;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Subunit;
import org.swcplan.model.region.ReferenceFigure;
import org.swcplan.model.plan.Target;
import org.swcplan.model.scenario.PlannedTreatment;
import org.swcplan.model.supervision.SupervisionFigures;
import org.swcplan.model.supervision.SupervisionRecord;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * Every kind of file that can be validated, imported, exported as data, or templated, each in one
 * place: its canonical file and reader, the key of a row, its columns, how a record is written
 * under them, and a plausible example row for templates.
 */
public final class Kinds {
    /** monitoring.csv: land and erosion by intensity class per county and year. */
    public static final DataKind<AnnualRecord> MONITORING = new KindDefinition<>("monitoring", MonitoringFile.NAME,
            MonitoringFile.SCHEMA, MonitoringFile::read, r -> r.county() + " " + r.year(),
            List.of("code", "year", "land_area_km2", "erosion_light_km2", "erosion_moderate_km2", "erosion_intense_km2",
                    "erosion_very_intense_km2", "erosion_severe_km2", "erosion_wind_km2", "swc_rate_reported_pct",
                    "status", "source"),
            r -> List.of(r.county().id(), Integer.toString(r.year()), Numbers.exact(r.landAreaKm2()),
                    Numbers.exact(r.erosionByClass().lightKm2()), Numbers.exact(r.erosionByClass().moderateKm2()),
                    Numbers.exact(r.erosionByClass().intenseKm2()), Numbers.exact(r.erosionByClass().veryIntenseKm2()),
                    Numbers.exact(r.erosionByClass().severeKm2()), Numbers.exact(r.windErosionKm2()),
                    Numbers.exact(r.reportedRatePct()), r.status().key(), r.source()),
            List.of("140802", "2025", "1203.53", "88.10", "29.00", "12.10", "6.60", "2.20", "0", "88.48", "reported",
                    "county monitoring station"));

    /** treatment.csv: new treatment by measure per county and year, then upgrading of earlier treatment. */
    public static final DataKind<TreatmentRecord> TREATMENT = new KindDefinition<>("treatment", TreatmentFile.NAME,
            TreatmentFile.SCHEMA, TreatmentFile::read, TreatmentFile::key, treatmentColumns(),
            Kinds::treatmentCells, List.of("140827", "2025", "3.50", "8.00", "4.20", "0.80", "12.00", "2.40", "0", "1",
                    "1920.50", "", "2.10", "0", "0", "0", "0", "0", "0", "1", "0", "", "county water bureau ledger"));

    /** baseline.csv: historical erosion stock and cumulative treatment per county. */
    public static final DataKind<Baseline> BASELINE = new KindDefinition<>("baseline", BaselineFile.NAME,
            BaselineFile.SCHEMA, BaselineFile::read, Baseline::county,
            List.of("code", "baseline_erosion_km2", "base_year", "treated_cum_km2", "source"),
            b -> List.of(b.county().id(), Numbers.exact(b.baselineErosionKm2()), Integer.toString(b.baseYear()),
                    Numbers.exact(b.treatedCumKm2()), b.source()),
            List.of("140828", "964", "2017", "640.50", "夏县水利局"));

    /** targets.csv: the plan's targets, for the city or a county, per year and indicator. */
    public static final DataKind<Target> TARGETS = new KindDefinition<>("targets", TargetsFile.NAME,
            TargetsFile.SCHEMA, TargetsFile::read, t -> t.scope().id() + " " + t.year() + " " + t.indicator().key(),
            List.of("scope", "year", "indicator", "value", "source"),
            t -> List.of(t.scope().id(), Integer.toString(t.year()), t.indicator().key(), Numbers.exact(t.value()),
                    t.source()),
            List.of("140828", "2025", "swc_rate_pct", "70.60", "夏政办函〔2024〕37号"));

    /** params.csv: each county's effectiveness k, unit cost, capacity and rate ceiling. */
    public static final DataKind<ParamsFile.Entry> PARAMS = new KindDefinition<>("params", ParamsFile.NAME,
            ParamsFile.SCHEMA, ParamsFile::read, e -> e.county() + " " + e.name().key(),
            List.of("code", "name", "value", "source"),
            e -> List.of(e.county().id(), e.name().key(), Numbers.exact(e.value()), e.source()),
            List.of("140827", "effectiveness_k", "0.35", "calibrated from 2018-2024"));

    /** indicators.csv: the plan's other quantitative commitments, their counting periods and progress. */
    public static final DataKind<PlanIndicator> INDICATORS = new KindDefinition<>("indicators", IndicatorsFile.NAME,
            IndicatorsFile.SCHEMA, (file, bytes, encoding, counties, errors) -> IndicatorsFile.read(file, bytes,
                    encoding, errors), PlanIndicator::id,
            List.of("id", "name_zh", "name_en", "unit", "unit_zh", "target", "deadline", "baseline_2023", "progress",
                    "progress_year", "source", "count_from", "ledger"),
            i -> List.of(i.id(), i.nameZh(), i.nameEn(), i.unit().key(), i.unitZh(), Numbers.exact(i.target()),
                    Integer.toString(i.deadline()), Numbers.exact(i.baseline()), Numbers.exact(i.progress()),
                    Integer.toString(i.progressYear()), i.source(), Integer.toString(i.countFrom()),
                    i.ledger().map(LedgerFigure::key).orElse("")),
            List.of("check_dams", "高标准淤地坝", "High-standard check dams", "count", "座", "17", "2025", "0", "11",
                    "2025", "运政办发〔2024〕3号", "2021", "check_dams_new"));

    /** indicator_items.csv: the named items of the plan's indicators, their status, completion and evidence. */
    public static final DataKind<IndicatorItem> ITEMS = new KindDefinition<>("indicator_items", IndicatorItemsFile.NAME,
            IndicatorItemsFile.SCHEMA, (file, bytes, encoding, counties, errors) -> IndicatorItemsFile.read(file,
                    bytes, encoding, counties, errors), IndicatorItem::id,
            List.of("item", "indicator", "county", "name_zh", "name_en", "status", "completed", "evidence", "source"),
            i -> List.of(i.id(), i.indicator(), i.county().map(CountyCode::id).orElse(""), i.nameZh(), i.nameEn(),
                    i.status().key(), i.completed().orElse(""), i.evidence(), i.source()),
            List.of("ws_wangjiahe", "high_quality_watersheds", "140828", "夏县王家河小流域", "Wangjiahe watershed, Xia County",
                    "done", "2024-11-20", "竣工验收鉴定书", "county water bureau"));

    /**
     * tasks.csv: the plan's key tasks with their lead and cooperating units, in Chinese and, in the
     * optional columns after them, in English (unit names separated by 、 and by "; ").
     */
    public static final DataKind<PlanTask> TASKS = new KindDefinition<>("tasks", TasksFile.NAME, TasksFile.SCHEMA,
            TasksFile::read, PlanTask::number,
            List.of("no", "section_zh", "task_zh", "lead_units", "cooperating_units", "status", "source", "section_en",
                    "task_en", "lead_units_en", "cooperating_units_en", "origin", "basis", "counties"),
            t -> List.of(Integer.toString(t.number()), t.section().zh(), t.text().zh(),
                    PlanTask.joinUnits(t.leadUnits(), false), PlanTask.joinUnits(t.cooperatingUnits(), false),
                    t.status().key(), t.source(), t.section().en(), t.text().en(),
                    PlanTask.joinUnits(t.leadUnitsEn(), true), PlanTask.joinUnits(t.cooperatingUnitsEn(), true),
                    t.origin().key(), t.basis(),
                    t.counties().stream().map(CountyCode::id).collect(Collectors.joining(PlanTask.UNIT_SEPARATOR))),
            List.of("10", "依法严格生产建设活动水土保持监管", "依法征收水土保持补偿费", "市税务局", "市水务局", "in_progress",
                    "运政办发〔2024〕3号 附件",
                    "Strictly supervise soil and water conservation in production and construction activities in "
                            + "accordance with the law",
                    "Levy soil and water conservation compensation fees in accordance with the law",
                    "Municipal Taxation Bureau", "Municipal Water Affairs Bureau", "annex", "", ""));

    /** task_progress.csv: how far a task had come by a year or a date, in percent, with the evidence. */
    public static final DataKind<TaskProgress> TASK_PROGRESS = new KindDefinition<>("task_progress",
            TaskProgressFile.NAME, TaskProgressFile.SCHEMA,
            (file, bytes, encoding, counties, errors) -> TaskProgressFile.read(file, bytes, encoding, errors),
            p -> p.task() + " " + p.asOf(), List.of("no", "date", "percent", "evidence", "source"),
            p -> List.of(Integer.toString(p.task()), p.asOf(), Numbers.exact(p.percent()), p.evidence(), p.source()),
            List.of("22", "2025-06-30", "60", "市水务局淤地坝建设台账", "市水务局"));

    /** subunits.csv: reporting sub-units within counties, the county each rolls up into, and its responsible body. */
    public static final DataKind<Subunit> SUBUNITS = new KindDefinition<>("subunits", SubunitsFile.NAME,
            SubunitsFile.SCHEMA, SubunitsFile::read, Subunit::id,
            List.of("id", "name_zh", "name_en", "parent", "responsible_unit", "source"),
            u -> List.of(u.id(), u.nameZh(), u.nameEn(), u.parent().id(), u.unitZh(), u.source()),
            List.of("yuncheng_dev_zone", "运城开发区", "Yuncheng Development Zone", "140802", "运城开发区管委会",
                    "运政办发〔2024〕3号"));

    /** A treatment plan for swc scenario: code, year, measure, km². */
    public static final DataKind<PlannedTreatment> PLAN = new KindDefinition<>("plan", "plan.csv",
            ScenarioPlanFile.SCHEMA, ScenarioPlanFile::parse, p -> p.county() + " " + p.year() + " " + p.measure().key(),
            List.of("code", "year", "measure", "km2"),
            p -> List.of(p.county().id(), Integer.toString(p.year()), p.measure().key(), Numbers.exact(p.km2())),
            List.of("140827", "2026", "terrace", "12.5"));

    /** city.csv: the city's division code and names, and the plan's document number and title. */
    public static final DataKind<City> CITY = new KindDefinition<>("city", CityFile.NAME, CityFile.SCHEMA,
            CityFile::read, c -> "city", List.of("code", "name_zh", "name_en", "document_no", "plan_title", "source"),
            c -> List.of(c.code(), c.nameZh(), c.nameEn(), c.documentNo(), c.planTitle(), ""),
            List.of("140800", "运城市", "Yuncheng City", "运政办发〔2024〕3号", "运城市加强新时代水土保持工作行动计划",
                    "行动计划正文"));

    /** references.csv: published figures of the country and the province, with their sources. */
    public static final DataKind<ReferenceFigure> REFERENCES = new KindDefinition<>("references", ReferencesFile.NAME,
            ReferencesFile.SCHEMA, ReferencesFile::read, ReferencesFile::key,
            List.of("scope", "name_zh", "name_en", "year", "indicator", "value", "source"),
            r -> List.of(r.scope().key(), r.nameZh(), r.nameEn(), Integer.toString(r.year()), r.indicator().key(),
                    Numbers.exact(r.value()), r.source()),
            List.of("province", "山西省", "Shanxi Province", "2024", "swc_rate_pct", "65.5", "山西省人民政府"));

    /** supervision.csv: the supervision ledger of production and construction projects per county and year. */
    public static final DataKind<SupervisionRecord> SUPERVISION = new KindDefinition<>("supervision",
            SupervisionFile.NAME, SupervisionFile.SCHEMA, SupervisionFile::read, SupervisionFile::key,
            List.of("code", "year", "plans_approved", "patches_found", "patches_handled", SupervisionFile.FEE,
                    "acceptance_filings", "cases_opened", "cases_closed", SupervisionFile.AREA, SupervisionFile.SUBUNIT,
                    "source"),
            Kinds::supervisionCells,
            List.of("140882", "2025", "46", "38", "35", "612.40", "29", "6", "5", "21.30", "", "县水利局监督管理台账"));

    private Kinds() {
    }

    public static List<DataKind<?>> all() {
        return List.of(MONITORING, TREATMENT, BASELINE, TARGETS, PARAMS, INDICATORS, ITEMS, TASKS, TASK_PROGRESS, PLAN,
                CITY, REFERENCES, SUPERVISION, SUBUNITS);
    }

    /**
     * @throws IllegalArgumentException naming the known kinds
     */
    public static DataKind<?> byName(String name) {
        return all().stream().filter(k -> k.name().equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> {
                    List<String> known = all().stream().map(DataKind::name).toList();
                    return new UnknownName("unknown kind \"" + name + "\"; known: " + String.join(", ", known),
                            UnknownName.Thing.KIND, name, List.of(), known);
                });
    }

    private static List<String> treatmentColumns() {
        List<String> columns = new ArrayList<>(List.of("code", "year"));
        for (Measure m : Measure.values()) {
            columns.add(TreatmentFile.column(m));
        }
        columns.addAll(List.of("check_dams_new", "investment_wan", TreatmentFile.CUMULATIVE));
        columns.addAll(TreatmentFile.upgradingColumns());
        columns.addAll(List.of(TreatmentFile.SUBUNIT, "source"));
        return columns;
    }

    private static List<String> supervisionCells(SupervisionRecord r) {
        SupervisionFigures f = r.figures();
        return List.of(r.county().id(), Integer.toString(r.year()), Integer.toString(f.plansApproved()),
                Integer.toString(f.patchesFound()), Integer.toString(f.patchesHandled()),
                Numbers.exact(f.compensationFeeWan()), Integer.toString(f.acceptanceFilings()),
                Integer.toString(f.casesOpened()), Integer.toString(f.casesClosed()),
                Numbers.exact(f.disturbedAreaKm2()), r.subunit(), r.source());
    }

    private static List<String> treatmentCells(TreatmentRecord r) {
        List<String> cells = new ArrayList<>(List.of(r.county().id(), Integer.toString(r.year())));
        for (Measure m : Measure.values()) {
            cells.add(Numbers.exact(r.newTreatedKm2ByMeasure().get(m)));
        }
        cells.addAll(List.of(Integer.toString(r.checkDamsNew()), Numbers.exact(r.investmentWan()),
                Numbers.exact(r.reportedCumulativeKm2())));
        for (Measure m : Measure.values()) {
            cells.add(Numbers.exact(r.upgrading().upgradedKm2(m)));
        }
        cells.addAll(List.of(Integer.toString(r.upgrading().checkDamsReinforced()),
                Integer.toString(r.upgrading().checkDamsUpgraded()), r.subunit(), r.source()));
        return cells;
    }
}

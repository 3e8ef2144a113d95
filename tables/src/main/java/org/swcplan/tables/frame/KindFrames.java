package org.swcplan.tables.frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.swcplan.datasets.canonical.CountiesFile;
import org.swcplan.datasets.canonical.ParamsFile;
import org.swcplan.datasets.canonical.TasksFile;
import org.swcplan.datasets.exchange.ColumnTypes;
import org.swcplan.datasets.exchange.DataKind;
import org.swcplan.datasets.exchange.Kinds;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.treatment.TreatmentRecord;
import org.swcplan.tables.TableKind;
import tech.tablesaw.api.Table;

/**
 * The files of a dataset, and records of an exchanged kind read from a file, as data frames: the
 * kind's canonical columns and cells ({@link Kinds}), typed, with the county's Chinese name beside
 * its code. Monitoring adds the erosion area and the 水土保持率, treatment the year's new treatment
 * over all measures, each as the model computes them. A target's scope is its unit's {@code code}
 * and {@code unit_type}, as in every output.
 */
public final class KindFrames {
    private KindFrames() {
    }

    /**
     * @throws IllegalArgumentException for a kind that is a result (status, forecast, gap)
     */
    public static Table of(TableKind kind, Dataset dataset) {
        return switch (kind) {
            case COUNTIES -> counties(dataset);
            case MONITORING -> of(Kinds.MONITORING, dataset.monitoring(), dataset);
            case TREATMENT -> of(Kinds.TREATMENT, dataset.treatment(), dataset);
            case BASELINE -> of(Kinds.BASELINE, dataset.baselines(), dataset);
            case TARGETS -> of(Kinds.TARGETS, dataset.targets(), dataset);
            case PARAMS -> of(Kinds.PARAMS, parametersInEffect(dataset), dataset);
            case INDICATORS -> of(Kinds.INDICATORS, dataset.indicators(), dataset);
            case TASKS -> tasks(dataset);
            case SUPERVISION -> of(Kinds.SUPERVISION, dataset.supervision(), dataset);
            case STATUS, FORECAST, GAP -> throw new IllegalArgumentException(kind.key() + " is a result, not a file");
        };
    }

    /** Records of a kind (read from a file, or the dataset's own) as a frame; the dataset names the counties. */
    @SuppressWarnings("unchecked") // the kind says what its records are
    public static <T> Table of(DataKind<T> kind, List<T> records, Dataset dataset) {
        List<String> keys = kind.columns().stream().map(k -> k.equals("scope") ? "code" : k).toList();
        List<List<String>> rows = records.stream().map(kind::cells).toList();
        FrameBuilder frame = columns(keys, rows, dataset);
        if (kind == Kinds.MONITORING) {
            List<AnnualRecord> monitoring = (List<AnnualRecord>) records;
            frame.insertAfter("erosion_wind_km2", "swc_rate_pct", monitoring, AnnualRecord::swcRatePct)
                    .insertAfter("erosion_wind_km2", "erosion_km2", monitoring, AnnualRecord::erosionKm2);
        } else if (kind == Kinds.TREATMENT) {
            frame.insertAfter("treated_other_km2", "treated_km2", (List<TreatmentRecord>) records,
                    TreatmentRecord::newTreatedKm2);
        } else if (kind == Kinds.TARGETS) {
            frame.add("unit_type", FrameBuilder.Type.TEXT, rows.stream()
                    .map(r -> Scope.City.ID.equals(r.get(0)) ? "city" : "county").toList());
        }
        return frame.build(kind.name());
    }

    private static Table counties(Dataset dataset) {
        Map<String, Function<County, String>> cells = new LinkedHashMap<>();
        cells.put("code", c -> c.code().id());
        cells.put("name_zh", County::nameZh);
        cells.put("name_en", County::nameEn);
        cells.put("type", c -> c.type().key());
        cells.put("tile_row", c -> Integer.toString(c.tile().row()));
        cells.put("tile_col", c -> Integer.toString(c.tile().col()));
        cells.put("tolerable_loss_t_km2_a", c -> Double.toString(c.tolerableLossTPerKm2A()));
        return records(CountiesFile.SCHEMA.columns(), cells, dataset.counties(), dataset).build(TableKind.COUNTIES.key());
    }

    private static Table tasks(Dataset dataset) {
        Map<String, Function<PlanTask, String>> cells = new LinkedHashMap<>();
        cells.put("no", t -> Integer.toString(t.number()));
        cells.put("section_zh", PlanTask::sectionZh);
        cells.put("task_zh", PlanTask::taskZh);
        cells.put("lead_units", t -> String.join(PlanTask.UNIT_SEPARATOR, t.leadUnits()));
        cells.put("cooperating_units", t -> String.join(PlanTask.UNIT_SEPARATOR, t.cooperatingUnits()));
        cells.put("status", t -> t.status().key());
        cells.put("source", PlanTask::source);
        cells.put("section_en", t -> t.section().en());
        cells.put("task_en", t -> t.text().en());
        cells.put("lead_units_en", t -> String.join(PlanTask.UNIT_SEPARATOR_EN, t.leadUnitsEn()));
        cells.put("cooperating_units_en", t -> String.join(PlanTask.UNIT_SEPARATOR_EN, t.cooperatingUnitsEn()));
        cells.put("origin", t -> t.origin().key());
        cells.put("basis", PlanTask::basis);
        cells.put("counties", t -> t.counties().stream().map(CountyCode::id)
                .collect(Collectors.joining(PlanTask.UNIT_SEPARATOR)));
        return records(TasksFile.SCHEMA.columns(), cells, dataset.tasks(), dataset).build(TableKind.TASKS.key());
    }

    /** Each county's parameters in effect: those params.csv gives, else the documented defaults. */
    private static List<ParamsFile.Entry> parametersInEffect(Dataset dataset) {
        List<ParamsFile.Entry> entries = new ArrayList<>();
        for (County county : dataset.counties()) {
            CountyParameters p = dataset.parameters(county.code());
            for (CountyParameters.Name name : CountyParameters.Name.values()) {
                double value = switch (name) {
                    case EFFECTIVENESS_K -> p.effectivenessK();
                    case EFFECTIVENESS_K_SD -> p.effectivenessKSd();
                    case UNIT_COST_WAN_PER_KM2 -> p.unitCostWanPerKm2();
                    case CAPACITY_KM2_PER_YEAR -> p.capacityKm2PerYear();
                    case MAX_RATE_PCT -> p.maxRatePct();
                };
                entries.add(new ParamsFile.Entry(county.code(), name, value, ""));
            }
        }
        return entries;
    }

    private static <T> FrameBuilder records(List<String> keys, Map<String, Function<T, String>> cells, List<T> records,
                                            Dataset dataset) {
        List<List<String>> rows = records.stream().map(r -> keys.stream().map(k -> cells.get(k).apply(r)).toList())
                .toList();
        return columns(keys, rows, dataset);
    }

    /** The columns of rows of cells, each typed by its key, the unit's name beside its code. */
    static FrameBuilder columns(List<String> keys, List<List<String>> rows, Dataset dataset) {
        FrameBuilder frame = new FrameBuilder(dataset.cityCode()).addAll(keys, keys.stream()
                .map(k -> ColumnTypes.numeric(k) ? FrameBuilder.Type.NUMBER : FrameBuilder.Type.TEXT).toList(), rows);
        return Names.besideCode(frame, keys, rows, dataset);
    }
}

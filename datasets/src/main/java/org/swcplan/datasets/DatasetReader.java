package org.swcplan.datasets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.swcplan.datasets.canonical.BaselineFile;
import org.swcplan.datasets.canonical.BoundariesFile;
import org.swcplan.datasets.canonical.CityFile;
import org.swcplan.datasets.canonical.CountiesFile;
import org.swcplan.datasets.canonical.IndicatorItemsFile;
import org.swcplan.datasets.canonical.IndicatorsFile;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.canonical.MonitoringFile;
import org.swcplan.datasets.canonical.ParamsFile;
import org.swcplan.datasets.canonical.ReferencesFile;
import org.swcplan.datasets.canonical.SupervisionFile;
import org.swcplan.datasets.canonical.TargetsFile;
import org.swcplan.datasets.canonical.TaskProgressFile;
import org.swcplan.datasets.canonical.SubunitsFile;
import org.swcplan.datasets.canonical.TasksFile;
import org.swcplan.datasets.canonical.TreatmentFile;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.City;
import org.swcplan.model.region.ReferenceFigure;
import org.swcplan.model.region.Subunit;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.outlook.MonitoredPanel;
import org.swcplan.model.plan.IndicatorItem;
import org.swcplan.model.plan.PlanIndicator;
import org.swcplan.model.plan.PlanTask;
import org.swcplan.model.plan.TaskProgress;
import org.swcplan.model.plan.Target;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyBoundary;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.supervision.SupervisionRecord;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * Reads and validates all files of a dataset. Every problem of every file is collected; any
 * problem fails the whole read, so a dataset is never half-loaded.
 */
public final class DatasetReader {
    private DatasetReader() {
    }

    /**
     * A valid dataset, the warnings its files gave (suspicious, not wrong), the number of rows
     * read from each file present, in reading order, and how to run the cross-checks between files
     * (an indicator's reported progress against its ledger).
     */
    public record Loaded(Dataset dataset, List<DataError> warnings, Map<String, Integer> rowsByFile,
                         Supplier<List<DataError>> crossCheckRun) {
        public Loaded {
            warnings = List.copyOf(warnings);
            rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
        }

        /**
         * The cross-checks that disagree, run on request: only validation lists them (every other
         * output shows both figures in its own words), so no other command pays for them.
         */
        public List<DataError> crossChecks() {
            return List.copyOf(crossCheckRun.get());
        }
    }

    /**
     * @throws org.swcplan.datasets.csv.InvalidDataException listing every problem found
     */
    public static Loaded read(DataSource source) {
        return read(source, true);
    }

    /**
     * @param outlines whether to read the county outlines (boundaries.geojson): only maps and
     *                 validation need them, and parsing them is a noticeable part of a quick
     *                 command's start-up; without, the dataset has none
     */
    public static Loaded read(DataSource source, boolean outlines) {
        Reading reading = new Reading(source);
        Parsed<County> counties = reading.file(CountiesFile.NAME, true, CountiesFile::read);
        if (counties.records().isEmpty() && reading.errors.isEmpty()) {
            reading.errors.add(counties.file(), 0, 0, "", "lists no counties; the dataset needs at least one");
        }
        KnownCounties known = counties.records().isEmpty() || !reading.errors.isEmpty()
                ? KnownCounties.unchecked() : KnownCounties.of(counties.values());
        Parsed<AnnualRecord> monitoring = reading.file(MonitoringFile.NAME, true,
                (file, bytes, errors) -> MonitoringFile.read(file, bytes, known, errors));
        Parsed<Subunit> subunits = reading.file(SubunitsFile.NAME, false,
                (file, bytes, errors) -> SubunitsFile.read(file, bytes, Optional.empty(), known, errors));
        KnownCounties withSubunits = known.withSubunits(subunits.values());
        Parsed<TreatmentRecord> treatment = reading.file(TreatmentFile.NAME, false,
                (file, bytes, errors) -> TreatmentFile.read(file, bytes, withSubunits, errors));
        Parsed<Baseline> baselines = reading.file(BaselineFile.NAME, false,
                (file, bytes, errors) -> BaselineFile.read(file, bytes, known, errors));
        Parsed<Target> targets = reading.file(TargetsFile.NAME, false,
                (file, bytes, errors) -> TargetsFile.read(file, bytes, known, errors));
        Parsed<PlanIndicator> indicators = reading.file(IndicatorsFile.NAME, false,
                (file, bytes, errors) -> IndicatorsFile.read(file, bytes, Optional.empty(), errors));
        Parsed<IndicatorItem> items = reading.file(IndicatorItemsFile.NAME, false,
                (file, bytes, errors) -> IndicatorItemsFile.read(file, bytes, Optional.empty(), known, errors));
        Parsed<PlanTask> tasks = reading.file(TasksFile.NAME, false,
                (file, bytes, errors) -> TasksFile.read(file, bytes, known, errors));
        Parsed<ParamsFile.Entry> parameters = reading.file(ParamsFile.NAME, false,
                (file, bytes, errors) -> ParamsFile.read(file, bytes, known, errors));
        Parsed<City> city = reading.file(CityFile.NAME, false,
                (file, bytes, errors) -> CityFile.read(file, bytes, Optional.empty(), known, errors));
        Parsed<ReferenceFigure> references = reading.file(ReferencesFile.NAME, false,
                (file, bytes, errors) -> ReferencesFile.read(file, bytes, Optional.empty(), known, errors));
        List<CountyBoundary> boundaries = outlines ? reading.file(BoundariesFile.NAME, false,
                (file, bytes, errors) -> BoundariesFile.read(file, bytes, known, errors)).values()
                : reading.unparsed(BoundariesFile.NAME);
        Parsed<SupervisionRecord> supervision = reading.file(SupervisionFile.NAME, false,
                (file, bytes, errors) -> SupervisionFile.read(file, bytes, withSubunits, errors));
        Parsed<TaskProgress> progress = reading.file(TaskProgressFile.NAME, false,
                (file, bytes, errors) -> TaskProgressFile.read(file, bytes, Optional.empty(), errors));
        // checked against tasks.csv where it is present and sound (an import may write the two one at a time)
        if (reading.errors.isEmpty() && reading.rowsByFile.containsKey(TasksFile.NAME)) {
            TaskProgressFile.checkTasks(progress, tasks.values().stream().map(PlanTask::number)
                    .collect(java.util.stream.Collectors.toSet()), reading.errors);
        }
        LandAreaChecks.check(monitoring, treatment, baselines, reading.errors);
        reading.errors.throwIfAny();
        List<DataError> warnings = new ArrayList<>();
        List<IndicatorItem> knownItems = IndicatorItemsFile.ofKnownIndicators(items,
                indicators.values().stream().map(PlanIndicator::id).collect(Collectors.toSet()), warnings);
        Dataset dataset = new Dataset(counties.values(), monitoring.values(), treatment.values(), baselines.values(),
                targets.values(), indicators.values(), tasks.values(), ParamsFile.parameters(parameters),
                city.values().stream().findFirst(), references.values(), boundaries, knownItems, supervision.values(),
                progress.values(), subunits.values());
        warnings.addAll(reportedRateWarnings(monitoring));
        warnings.addAll(coverageWarnings(dataset, monitoring.file()));
        warnings.addAll(SupervisionFile.warnings(supervision));
        warnings.addAll(TaskProgressFile.warnings(progress));
        return new Loaded(dataset, warnings, reading.rowsByFile, () -> {
            List<DataError> crossChecks = new ArrayList<>(IndicatorChecks.disagreements(dataset, indicators));
            crossChecks.addAll(IndicatorChecks.earlyItems(dataset, items));
            return crossChecks;
        });
    }

    /** Reads one kind of file from bytes, collecting its problems. */
    @FunctionalInterface
    private interface FileReader<T> {
        Parsed<T> read(String displayName, byte[] bytes, DataErrors errors);
    }

    /** The state of one read: problems so far and rows per file. */
    private static final class Reading {
        private final DataSource source;
        private final DataErrors errors = new DataErrors();
        private final Map<String, Integer> rowsByFile = new LinkedHashMap<>();

        Reading(DataSource source) {
            this.source = source;
        }

        /**
         * An optional file read but not parsed: one that exists but cannot be read is still the
         * error it is for every other file; no records.
         */
        <T> List<T> unparsed(String name) {
            source.read(name);
            return List.of();
        }

        <T> Parsed<T> file(String name, boolean required, FileReader<T> reader) {
            String display = source.displayName(name);
            Optional<byte[]> bytes = source.read(name);
            if (bytes.isEmpty()) {
                if (required) {
                    errors.add(display, 0, 0, "", "required file not found in " + source.describe(), "fileMissing",
                            source.describe());
                }
                return new Parsed<>(display, List.of(), List.of(), List.of(), List.of());
            }
            Parsed<T> parsed = reader.read(display, bytes.get(), errors);
            rowsByFile.put(name, parsed.records().size());
            return parsed;
        }
    }

    /**
     * Counties without any monitoring, years missing between a county's monitored years, and a
     * latest year that only some counties have.
     */
    private static List<DataError> coverageWarnings(Dataset dataset, String file) {
        List<DataError> warnings = new ArrayList<>();
        for (County county : dataset.counties()) {
            if (dataset.recordsOf(county.code()).isEmpty()) {
                warnings.add(new DataError(file, 0, 0, "", county.code() + " " + county.nameZh() + " has no monitoring rows"));
            }
        }
        warnings.addAll(interiorGapWarnings(dataset, file));
        int latest = dataset.monitoring().stream().mapToInt(AnnualRecord::year).max().orElse(0);
        if (latest > 0 && !dataset.isComplete(latest)) {
            List<String> missing = dataset.counties().stream().filter(c -> dataset.record(c.code(), latest).isEmpty()
                    && !dataset.recordsOf(c.code()).isEmpty()).map(County::nameZh).toList();
            if (!missing.isEmpty()) {
                warnings.add(new DataError(file, 0, 0, "", latest + " is missing for " + String.join("、", missing)
                        + "; analyses use the latest year every county has"));
            }
        }
        return warnings;
    }

    /** One warning per run of years a county misses between two of its monitored years. */
    private static List<DataError> interiorGapWarnings(Dataset dataset, String file) {
        Optional<MonitoredPanel> panel;
        try {
            panel = Optional.of(MonitoredPanel.of(dataset));
        } catch (IllegalArgumentException e) {
            panel = Optional.empty();
        }
        List<DataError> warnings = new ArrayList<>();
        for (County county : dataset.counties()) {
            List<AnnualRecord> records = dataset.recordsOf(county.code());
            for (int i = 1; i < records.size(); i++) {
                int before = records.get(i - 1).year();
                int after = records.get(i).year();
                if (after - before < 2) {
                    continue;
                }
                String years = after - before == 2 ? Integer.toString(before + 1) : (before + 1) + "–" + (after - 1);
                boolean interpolated = panel.isPresent() && before >= panel.get().firstYear()
                        && after <= panel.get().lastYear();
                warnings.add(new DataError(file, 0, 0, "", county.nameZh() + " has no monitoring for " + years
                        + " (between " + before + " and " + after + ")"
                        + (interpolated ? "; forecasts interpolate " + (after - before == 2 ? "it" : "them") : "")));
            }
        }
        return warnings;
    }

    private static List<DataError> reportedRateWarnings(Parsed<AnnualRecord> monitoring) {
        List<DataError> warnings = new ArrayList<>();
        for (Lined<AnnualRecord> lined : monitoring.records()) {
            AnnualRecord r = lined.value();
            if (r.reportedRatePct().isPresent()
                    && Math.abs(r.reportedRatePct().getAsDouble() - r.swcRatePct()) > MonitoringFile.REPORTED_RATE_TOLERANCE_PP) {
                warnings.add(new DataError(monitoring.file(), lined.line(), monitoring.columnNumber("swc_rate_reported_pct"),
                        "swc_rate_reported_pct", String.format(Locale.ROOT,
                        "reported rate %.2f %% differs from the rate computed from the areas, %.2f %%",
                        r.reportedRatePct().getAsDouble(), r.swcRatePct())));
            }
        }
        return warnings;
    }
}

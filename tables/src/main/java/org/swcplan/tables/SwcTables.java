package org.swcplan.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DataSource;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.DirectorySource;
import org.swcplan.model.Dataset;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.tables.frame.KindFrames;
import org.swcplan.tables.frame.ResultFrames;
import tech.tablesaw.api.Table;

/**
 * A dataset as Tablesaw data frames, for people who script in Java (JShell, notebooks): every file
 * of the dataset and the results of status, forecast and gap, each a new {@link Table} with typed
 * columns (the unit's {@code code} and years as int, areas, rates and money as double, the rest as
 * text) under the keys of the files and of every CSV the tool writes.
 *
 * <pre>{@code
 * SwcTables swc = SwcTables.bundled();            // or SwcTables.load(Path.of("mydata"))
 * Table monitoring = swc.monitoring();
 * Table gap = swc.gap();
 * }</pre>
 *
 * Loading validates the data as {@code swc validate} does. Forecast and gap are computed once, on
 * first use, with the defaults of {@code swc gap} (method auto, every milestone, the default seed).
 */
public final class SwcTables {
    private final Dataset dataset;
    private GapAnalysis.Study study;

    private SwcTables(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The dataset bundled with the tool (运城市; illustrative county figures). */
    public static SwcTables bundled() {
        return read(new BundledDataset());
    }

    /**
     * A data folder as {@code swc init} writes it.
     *
     * @throws IllegalArgumentException when the folder does not exist
     * @throws org.swcplan.datasets.csv.InvalidDataException listing every problem of its files
     */
    public static SwcTables load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + ": no such folder");
        }
        return read(new DirectorySource(folder));
    }

    /** A dataset already read. */
    public static SwcTables of(Dataset dataset) {
        return new SwcTables(dataset);
    }

    private static SwcTables read(DataSource source) {
        return new SwcTables(DatasetReader.read(source).dataset());
    }

    /** The kinds {@link #table(String)} knows. */
    public static List<String> kinds() {
        return TableKind.keys();
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * @param kind one of {@link #kinds()}
     * @throws IllegalArgumentException for an unknown kind
     */
    public Table table(String kind) {
        return table(TableKind.of(kind));
    }

    public Table table(TableKind kind) {
        return switch (kind) {
            case STATUS -> ResultFrames.status(dataset);
            case FORECAST -> ResultFrames.forecast(study(), dataset);
            case GAP -> ResultFrames.gap(study(), dataset);
            default -> KindFrames.of(kind, dataset);
        };
    }

    public Table counties() {
        return table(TableKind.COUNTIES);
    }

    /** Monitoring per county and year, with the erosion area and the 水土保持率 the model computes. */
    public Table monitoring() {
        return table(TableKind.MONITORING);
    }

    /** New treatment per county and year by measure, with their sum {@code treated_km2}. */
    public Table treatment() {
        return table(TableKind.TREATMENT);
    }

    public Table baseline() {
        return table(TableKind.BASELINE);
    }

    public Table targets() {
        return table(TableKind.TARGETS);
    }

    public Table params() {
        return table(TableKind.PARAMS);
    }

    public Table indicators() {
        return table(TableKind.INDICATORS);
    }

    public Table tasks() {
        return table(TableKind.TASKS);
    }

    /** Status of every county and the city in every completely monitored year. */
    public Table status() {
        return table(TableKind.STATUS);
    }

    /** Observed and forecast rates (median, 80 % and 95 % intervals) of every county and the city. */
    public Table forecast() {
        return table(TableKind.FORECAST);
    }

    /** Every county and the city against every milestone. */
    public Table gap() {
        return table(TableKind.GAP);
    }

    private synchronized GapAnalysis.Study study() {
        if (study == null) {
            study = ResultFrames.study(dataset);
        }
        return study;
    }
}

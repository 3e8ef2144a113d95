package org.swcplan.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.swcplan.datasets.canonical.BaselineFile;
import org.swcplan.datasets.canonical.BoundariesFile;
import org.swcplan.datasets.canonical.CityFile;
import org.swcplan.datasets.canonical.CountiesFile;
import org.swcplan.datasets.canonical.IndicatorItemsFile;
import org.swcplan.datasets.canonical.IndicatorsFile;
import org.swcplan.datasets.canonical.MonitoringFile;
import org.swcplan.datasets.canonical.ParamsFile;
import org.swcplan.datasets.canonical.ReferencesFile;
import org.swcplan.datasets.canonical.SupervisionFile;
import org.swcplan.datasets.canonical.TargetsFile;
import org.swcplan.datasets.canonical.TaskProgressFile;
import org.swcplan.datasets.canonical.SubunitsFile;
import org.swcplan.datasets.canonical.TasksFile;
import org.swcplan.datasets.canonical.TreatmentFile;

/**
 * The dataset shipped in the jar: 运城市's 13 counties with the plan's real targets, indicators
 * and tasks, published national and provincial figures to compare with, illustrative county
 * histories and supervision ledger, and simplified county outlines (see datasets/SOURCES.md).
 */
public final class BundledDataset implements DataSource {
    /** Every file of a dataset, in the order they are read. */
    public static final List<String> FILES = List.of(CountiesFile.NAME, MonitoringFile.NAME, SubunitsFile.NAME,
            TreatmentFile.NAME,
            BaselineFile.NAME, TargetsFile.NAME, IndicatorsFile.NAME, IndicatorItemsFile.NAME, TasksFile.NAME,
            ParamsFile.NAME, CityFile.NAME, ReferencesFile.NAME, BoundariesFile.NAME, SupervisionFile.NAME,
            TaskProgressFile.NAME);
    private static final String FOLDER = "/org/swcplan/datasets/bundled/";

    @Override
    public String describe() {
        return "bundled dataset (illustrative county data)";
    }

    @Override
    public String describeZh() {
        return "内置数据集（县级数据为示意数据）";
    }

    @Override
    public Optional<byte[]> read(String fileName) {
        try (InputStream in = BundledDataset.class.getResourceAsStream(FOLDER + fileName)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String displayName(String fileName) {
        return fileName;
    }
}

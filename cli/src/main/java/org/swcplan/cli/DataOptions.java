package org.swcplan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DataSource;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.DirectorySource;
import org.swcplan.reports.DataNote;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --data DIR}: where the dataset comes from (default: {@code SWC_DATA}, else the bundled one). */
public final class DataOptions {
    /** The environment variable that names a default data folder. */
    public static final String ENV = "SWC_DATA";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:" + ENV + "}",
            description = "Folder with the dataset's CSV files (default: $" + ENV + ", else the bundled dataset).")
    Path directory;

    /** The folder given with --data or $SWC_DATA, or null for the bundled dataset. */
    public Path given() {
        return directory;
    }

    public DataSource source() {
        if (directory == null) {
            return new BundledDataset();
        }
        if (!Files.isDirectory(directory)) {
            throw UsageMessages.error(spec, Files.exists(directory) ? "notAFolderGiven" : "noSuchFolder", "--data",
                    directory);
        }
        return new DirectorySource(directory);
    }

    /** Reads and validates the dataset but its county outlines; warnings go to stderr unless quiet. */
    public DatasetReader.Loaded load(GlobalOptions global) {
        return load(global, false);
    }

    /** Reads and validates the whole dataset, county outlines included (for maps and validation). */
    public DatasetReader.Loaded loadWithOutlines(GlobalOptions global) {
        return load(global, true);
    }

    private DatasetReader.Loaded load(GlobalOptions global, boolean outlines) {
        DatasetReader.Loaded loaded = DatasetReader.read(source(), outlines);
        if (!global.quiet()) {
            PrintWriter err = spec.commandLine().getErr();
            loaded.warnings().forEach(w -> err.println("warning: " + w.format()));
            err.flush();
        }
        return loaded;
    }

    public DataNote note(DatasetReader.Loaded loaded) {
        DataSource source = source();
        return new DataNote(source.describe(), source.describeZh(), loaded.dataset().isIllustrative(),
                loaded.dataset().cityCode().orElse(null));
    }
}

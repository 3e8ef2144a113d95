package org.swcplan.cli.command;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageMessages;
import org.swcplan.datasets.DatasetFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code swc init DIR}: writes the bundled dataset into a folder for a planner to edit. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write the bundled dataset (its CSV files, the county outlines boundaries.geojson and "
                + "SOURCES.md) into DIR, "
                + "to replace its illustrative figures with real ones.")
public final class InitCommand extends Subcommand {
    @Parameters(paramLabel = "DIR", description = "Folder to write (created if missing).")
    Path directory;

    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (directory.toString().isBlank()) {
            // an empty name resolves to the current folder, which is never what was meant
            throw UsageMessages.error(spec, "emptyDir");
        }
        List<Path> written;
        try {
            written = DatasetFolder.writeBundled(directory, force);
        } catch (FileAlreadyExistsException e) {
            throw UsageMessages.error(spec, "datasetFilesExist", e.getFile(),
                    String.valueOf(DatasetFolder.existingFiles(directory).size()));
        }
        tell(UsageMessages.note(spec, "initWrote", String.valueOf(written.size()), directory));
        return ExitCode.OK.code();
    }
}

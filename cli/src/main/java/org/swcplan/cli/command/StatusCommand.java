package org.swcplan.cli.command;

import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageError;
import org.swcplan.cli.UsageMessages;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.standing.Standing;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.status.StatusResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code swc status}: land, erosion by class, rate, change and 治理度 of every county and the city. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Where each county and the city stand in a year: land, erosion by intensity class, "
                + "水土保持率, change since the year before, cumulative treatment and 治理度.")
public final class StatusCommand extends ResultCommand {
    @Option(names = "--year", paramLabel = "Y",
            description = "Year to show (default: the latest year with data for every county).")
    Integer year;

    @Override
    public Integer call() throws Exception {
        DatasetReader.Loaded loaded = load();
        Dataset dataset = loaded.dataset();
        int shown = UsageError.from(spec, () -> year != null ? year : dataset.requireLatestCompleteYear());
        if (!dataset.isComplete(shown)) {
            throw UsageMessages.error(spec, "yearIncompleteLatest", String.valueOf(shown),
                    String.valueOf(dataset.latestCompleteYear().orElse(0)));
        }
        Standing standing = StandingAnalysis.of(dataset, shown);
        DataNote note = data.note(loaded);
        emit(StatusResult.of(standing, note));
        return ExitCode.OK.code();
    }
}

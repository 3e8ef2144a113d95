package org.swcplan.cli.command;

import org.swcplan.cli.UsageError;
import org.swcplan.model.gap.VerdictThresholds;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The thresholds on the probability of reaching a target at which a unit's status changes, for
 * every command that decides statuses (gap, chart, report, export).
 */
public final class VerdictOptions {
    @Option(names = "--on-track-p", paramLabel = "P", defaultValue = "0.66",
            description = "P(reach) at or above which a unit is on track (0.5–1; default: ${DEFAULT-VALUE}).")
    double onTrackP;

    @Option(names = "--acceleration-p", paramLabel = "P", defaultValue = "0.33",
            description = "P(reach) at or above which, below the on-track threshold, acceleration is needed; below it, "
                    + "limited progress or deterioration (above 0, at most 0.5; default: ${DEFAULT-VALUE}).")
    double accelerationP;

    @Option(names = "--achieved-p", paramLabel = "P", defaultValue = "0.9",
            description = "P(reach) at or above which a unit already at its target is achieved (at least the on-track "
                    + "threshold; default: ${DEFAULT-VALUE}).")
    double achievedP;

    /** The thresholds given, checked: a usage error (exit 2) names the one out of its range. */
    VerdictThresholds thresholds(CommandSpec spec) {
        return UsageError.from(spec, () -> new VerdictThresholds(achievedP, onTrackP, accelerationP));
    }
}

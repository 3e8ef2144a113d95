package org.swcplan.cli.command;

import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.ForecastMethods;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --method}: the forecasting method of business as usual. */
public final class ForecastMethodOption {
    @Option(names = "--method", paramLabel = "M", defaultValue = ForecastMethods.AUTO,
            description = "Forecasting method of business as usual (default: ${DEFAULT-VALUE}).",
            completionCandidates = MethodIds.class)
    String method;

    ForecastMethod resolve(CommandSpec spec) {
        return MethodIds.resolve(spec, method);
    }
}

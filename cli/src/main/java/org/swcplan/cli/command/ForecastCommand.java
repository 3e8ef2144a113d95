package org.swcplan.cli.command;

import org.swcplan.model.Checks;
import java.util.List;
import java.util.function.Predicate;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.forecast.ForecastOutput;
import org.swcplan.reports.forecast.ForecastRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code swc forecast}: each county's and the city's 水土保持率 with 80 % and 95 % intervals. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast the 水土保持率 of each county and of the city, year by year, with 80 %% and 95 %% "
                + "intervals (the city is the sum of the county paths).")
public final class ForecastCommand extends ResultCommand {
    @Option(names = "--county", paramLabel = "C", defaultValue = UnitOption.ALL,
            description = "A county (code, Chinese or English name), CITY, or all (default).")
    String county;

    @Option(names = "--method", paramLabel = "M", defaultValue = ForecastMethods.AUTO,
            description = "Forecasting method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = MethodIds.class)
    String method;

    @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2035",
            description = "Last year to forecast (default: ${DEFAULT-VALUE}).")
    int toYear;

    @Option(names = "--observed", description = "Also list the observed years (method \"observed\").")
    boolean observed;

    @Option(names = "--paths", paramLabel = "N", defaultValue = "2000",
            description = "Sample paths simulated (default: ${DEFAULT-VALUE}).")
    int paths;

    @Mixin
    SeedOption seedOption;

    @Override
    public Integer call() throws Exception {
        ForecastMethod chosen = MethodIds.resolve(spec, method);
        OptionBounds.require(spec, "--paths", paths, RegionForecaster.Settings.MIN_PATHS,
                RegionForecaster.Settings.MAX_PATHS);
        OptionBounds.require(spec, "--to", toYear, Checks.Years.MIN, Checks.Years.MAX);
        DatasetReader.Loaded loaded = load();
        Predicate<Scope> units = UnitOption.select(spec, "--county", county, loaded.dataset());
        RegionOutlook outlook = UsageError.from(spec, () -> RegionForecaster.forecast(loaded.dataset(), chosen,
                new RegionForecaster.Settings(toYear, paths, seedOption.seed())));
        List<ForecastRow> rows = ForecastRow.of(outlook, loaded.dataset(), units, observed);
        emit(ForecastOutput.result(outlook, rows, data.note(loaded)));
        return ExitCode.OK.code();
    }
}

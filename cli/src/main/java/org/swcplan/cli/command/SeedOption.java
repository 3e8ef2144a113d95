package org.swcplan.cli.command;

import org.swcplan.model.outlook.RegionForecaster;
import picocli.CommandLine.Option;

/** {@code --seed}: the one random seed of every command that simulates; the same data and seed give the same bytes. */
public final class SeedOption {
    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + RegionForecaster.Settings.DEFAULT_SEED,
            description = "Random seed; the same data and seed give the same bytes (default: ${DEFAULT-VALUE}).")
    long seed = RegionForecaster.Settings.DEFAULT_SEED;

    public long seed() {
        return seed;
    }
}

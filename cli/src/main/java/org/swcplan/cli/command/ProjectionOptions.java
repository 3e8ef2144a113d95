package org.swcplan.cli.command;

import org.swcplan.cli.UsageError;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the one projection model, shared by every command that projects a plan or a
 * need (gap, allocate, scenario): the seed of business as usual and of the k draws, and where k
 * comes from. The forecast method is {@link ForecastMethodOption} where a command lets it be chosen.
 */
public final class ProjectionOptions {
    @Mixin
    SeedOption seed;

    @Option(names = "--k", paramLabel = "SOURCE", defaultValue = "calibrated", converter = KSources.class, completionCandidates = KSources.class,
            description = "Effectiveness k: calibrated (params.csv's k ± sd updated by the county's history; default) "
                    + "or params (params.csv alone; 0.4 ± 0.1 where none is given).")
    KSource kSource;

    long seed() {
        return seed.seed();
    }

    KSource kSource() {
        return kSource;
    }

    /**
     * Business as usual by {@code method} to {@code toYear} with {@code paths} sample paths, its BAU
     * paces and k.
     */
    Projection project(CommandSpec spec, Dataset dataset, ForecastMethod method, int toYear, int paths) {
        return UsageError.from(spec, () -> Projection.of(dataset, method,
                new RegionForecaster.Settings(toYear, paths, seed.seed()), kSource));
    }

    /** {@code params} and {@code calibrated}. */
    static final class KSources extends KeyChoices<KSource> {
        KSources() {
            super(KSource.class, KSource::fromKey);
        }
    }
}

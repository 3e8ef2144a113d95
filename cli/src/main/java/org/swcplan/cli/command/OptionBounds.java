package org.swcplan.cli.command;

import org.swcplan.cli.UsageMessages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The ranges of the numeric options whose size costs memory or time (sample paths, years ahead,
 * threads, horizons): a value outside is a usage error that states the range, checked before any
 * work, so that no option value can exhaust memory.
 */
final class OptionBounds {
    /** Worker threads beyond this only cost memory (each holds a chunk of units). */
    static final int MAX_THREADS = 256;
    /** Held-out values per series; the M-competitions' longest horizon is 48 (hourly M4). */
    static final int MAX_HORIZON = 100;
    /** Values dropped or kept per series; far beyond any yearly or monthly series. */
    static final int MAX_SERIES_SHIFT = 100_000;

    private OptionBounds() {
    }

    /** @throws ParameterException {@code "--paths must be within 10–20000, was 2147483647"} */
    static void require(CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw UsageMessages.error(spec, "bounds", option, String.valueOf(min), String.valueOf(max),
                    String.valueOf(value));
        }
    }
}

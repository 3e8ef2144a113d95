package org.swcplan.cli.command;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Output formats; each command accepts the subset that makes sense for it. */
public enum Format {
    TABLE, CSV, JSON, MD;

    /**
     * @throws ParameterException (a usage error) when this format is not among {@code allowed}
     */
    public Format requireOneOf(CommandSpec spec, Format... allowed) {
        if (!Arrays.asList(allowed).contains(this)) {
            throw new ParameterException(spec.commandLine(), "--format " + name().toLowerCase(Locale.ROOT)
                    + " is not available here; use " + Arrays.stream(allowed).map(f -> f.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
        return this;
    }
}

package org.swcplan.cli.command;

import java.nio.charset.Charset;
import java.util.Optional;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.csv.TextDecoding;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --encoding} for reading a statistician's file: detected unless given. */
public final class ExchangeOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--encoding", paramLabel = "E",
            description = "Encoding of FILE: utf-8 or gbk (default: detected; a BOM or valid UTF-8 means UTF-8, else GB18030).")
    String encoding;

    public Optional<Charset> charset() {
        return UsageError.from(spec, "--encoding: ", () -> encoding == null ? Optional.empty() : Optional.of(TextDecoding.charset(encoding)));
    }
}

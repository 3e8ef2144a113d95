package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.canonical.TargetsFile;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.plan.Target;

/** targets.csv: targets by scope, year and indicator. */
final class TargetsKind implements DataKind<Target> {
    @Override
    public String name() {
        return "targets";
    }

    @Override
    public String fileName() {
        return TargetsFile.NAME;
    }

    @Override
    public Schema schema() {
        return TargetsFile.SCHEMA;
    }

    @Override
    public Parsed<Target> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                               DataErrors errors) {
        return TargetsFile.read(file, bytes, encoding, counties, errors);
    }

    @Override
    public Function<Target, Object> key() {
        return t -> t.scope().id() + " " + t.year() + " " + t.indicator().key();
    }


    @Override
    public List<String> columns() {
        return List.of("scope", "year", "indicator", "value", "source");
    }

    @Override
    public List<String> cells(Target t) {
        return List.of(t.scope().id(), Integer.toString(t.year()), t.indicator().key(), Numbers.exact(t.value()),
                t.source());
    }

    @Override
    public List<String> example() {
        return List.of("140828", "2025", "swc_rate_pct", "70.60", "夏政办函〔2024〕37号");
    }
}

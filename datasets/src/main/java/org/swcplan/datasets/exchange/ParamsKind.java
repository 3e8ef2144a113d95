package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.canonical.ParamsFile;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Schema;

/** params.csv: per-county parameters, one value per row. */
final class ParamsKind implements DataKind<ParamsFile.Entry> {
    @Override
    public String name() {
        return "params";
    }

    @Override
    public String fileName() {
        return ParamsFile.NAME;
    }

    @Override
    public Schema schema() {
        return ParamsFile.SCHEMA;
    }

    @Override
    public Parsed<ParamsFile.Entry> read(String file, byte[] bytes, Optional<Charset> encoding,
                                         KnownCounties counties, DataErrors errors) {
        return ParamsFile.read(file, bytes, encoding, counties, errors);
    }

    @Override
    public Function<ParamsFile.Entry, Object> key() {
        return e -> e.county() + " " + e.name().key();
    }


    @Override
    public List<String> columns() {
        return List.of("code", "name", "value", "source");
    }

    @Override
    public List<String> cells(ParamsFile.Entry e) {
        return List.of(e.county().id(), e.name().key(), Numbers.exact(e.value()), e.source());
    }

    @Override
    public List<String> example() {
        return List.of("140827", "effectiveness_k", "0.35", "calibrated from 2018-2024");
    }
}

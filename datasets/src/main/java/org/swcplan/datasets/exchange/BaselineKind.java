package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swcplan.datasets.canonical.BaselineFile;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.treatment.Baseline;

/** baseline.csv: historical erosion stock and cumulative treatment per county. */
final class BaselineKind implements DataKind<Baseline> {
    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public String fileName() {
        return BaselineFile.NAME;
    }

    @Override
    public Schema schema() {
        return BaselineFile.SCHEMA;
    }

    @Override
    public Parsed<Baseline> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties counties,
                                 DataErrors errors) {
        return BaselineFile.read(file, bytes, encoding, counties, errors);
    }

    @Override
    public Function<Baseline, Object> key() {
        return Baseline::county;
    }


    @Override
    public List<String> columns() {
        return List.of("code", "baseline_erosion_km2", "base_year", "treated_cum_km2", "source");
    }

    @Override
    public List<String> cells(Baseline b) {
        return List.of(b.county().id(), Numbers.exact(b.baselineErosionKm2()), Integer.toString(b.baseYear()),
                Numbers.exact(b.treatedCumKm2()), b.source());
    }

    @Override
    public List<String> example() {
        return List.of("140828", "964", "2017", "640.50", "夏县水利局");
    }
}

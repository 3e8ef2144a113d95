package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.Checks;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.treatment.Baseline;

/** {@code baseline.csv}: each county's historical erosion stock and cumulative treatment at a base year. */
public final class BaselineFile {
    public static final String NAME = "baseline.csv";
    public static final Schema SCHEMA = Schema.of(
            List.of("code", "baseline_erosion_km2", "base_year", "treated_cum_km2"), List.of("source"));

    private BaselineFile() {
    }

    public static Parsed<Baseline> read(String file, byte[] bytes, KnownCounties known, DataErrors errors) {
        return read(file, bytes, Optional.empty(), known, errors);
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<Baseline> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties known, DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, f -> baseline(f, known), errors)
                .rejectDuplicates(Baseline::county, "code", errors);
    }

    private static Optional<Baseline> baseline(Fields f, KnownCounties known) {
        CountyCode code = known.read(f, "code");
        double stock = f.nonNegative("baseline_erosion_km2");
        int baseYear = f.year("base_year", Checks.Years.MIN, Checks.Years.MAX);
        double treated = f.nonNegative("treated_cum_km2");
        if (!f.hasErrors() && stock == 0) {
            f.error("baseline_erosion_km2", "the erosion stock must be greater than 0");
        }
        return f.hasErrors() ? Optional.empty()
                : Optional.of(new Baseline(code, stock, baseYear, treated, f.text("source")));
    }
}

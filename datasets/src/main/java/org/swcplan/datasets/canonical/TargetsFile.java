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
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.region.Scope;

/** {@code targets.csv}: targets by scope ({@code CITY} or a county code), year and indicator. */
public final class TargetsFile {
    public static final String NAME = "targets.csv";
    public static final Schema SCHEMA = Schema.of(List.of("scope", "year", "indicator", "value"), List.of("source"));

    private TargetsFile() {
    }

    public static Parsed<Target> read(String file, byte[] bytes, KnownCounties known, DataErrors errors) {
        return read(file, bytes, Optional.empty(), known, errors);
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<Target> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties known, DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, f -> target(f, known), errors)
                .rejectDuplicates(t -> t.scope().id() + " " + t.year() + " " + t.indicator().key(), "scope", errors);
    }

    private static Optional<Target> target(Fields f, KnownCounties known) {
        Scope scope = Scope.City.ID.equals(f.text("scope")) ? Scope.CITY : known.read(f, "scope");
        int year = f.year("year", Checks.Years.MIN, Checks.Years.MAX);
        TargetIndicator indicator = f.choice("indicator", TargetIndicator::fromKey);
        double value = f.requiredDouble("value");
        if (!f.hasErrors()) {
            double max = indicator == TargetIndicator.SWC_RATE_PCT ? 100 : 1000;
            if (value < 0 || value > max) {
                f.error("value", "must be within 0–" + (int) max + " %, found " + f.text("value"));
            }
        }
        return f.hasErrors() ? Optional.empty()
                : Optional.of(new Target(scope, year, indicator, value, f.text("source")));
    }
}

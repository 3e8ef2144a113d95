package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.Keyed;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.params.CountyParameters.Name;
import org.swcplan.model.region.CountyCode;

/**
 * {@code params.csv}: per-county parameters in long form (code, name, value); a parameter a
 * county does not list takes its documented default.
 */
public final class ParamsFile {
    public static final String NAME = "params.csv";
    public static final Schema SCHEMA = Schema.of(List.of("code", "name", "value"), List.of("source"));

    private ParamsFile() {
    }

    /** One parameter value as written in the file. */
    public record Entry(CountyCode county, Name name, double value, String source) {
        public Entry {
            source = source == null ? "" : source;
        }
    }

    public static Parsed<Entry> read(String file, byte[] bytes, KnownCounties known, DataErrors errors) {
        return read(file, bytes, Optional.empty(), known, errors);
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<Entry> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties known, DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, f -> entry(f, known), errors)
                .rejectDuplicates(e -> e.county() + " " + e.name().key(), "code", errors);
    }

    /** One record per county named in the file, with defaults for the parameters it does not list. */
    public static List<CountyParameters> parameters(Parsed<Entry> entries) {
        Map<CountyCode, Map<Name, Double>> byCounty = new TreeMap<>();
        for (Lined<Entry> lined : entries.records()) {
            Entry e = lined.value();
            byCounty.computeIfAbsent(e.county(), c -> new EnumMap<>(Name.class)).put(e.name(), e.value());
        }
        return byCounty.entrySet().stream().map(e -> parameters(e.getKey(), e.getValue())).toList();
    }

    private static CountyParameters parameters(CountyCode county, Map<Name, Double> values) {
        CountyParameters defaults = CountyParameters.defaults(county);
        return new CountyParameters(county,
                values.getOrDefault(Name.EFFECTIVENESS_K, defaults.effectivenessK()),
                values.getOrDefault(Name.EFFECTIVENESS_K_SD, defaults.effectivenessKSd()),
                values.getOrDefault(Name.UNIT_COST_WAN_PER_KM2, defaults.unitCostWanPerKm2()),
                values.getOrDefault(Name.CAPACITY_KM2_PER_YEAR, defaults.capacityKm2PerYear()),
                values.getOrDefault(Name.MAX_RATE_PCT, defaults.maxRatePct()));
    }

    private static Optional<Entry> entry(Fields f, KnownCounties known) {
        CountyCode code = known.read(f, "code");
        Name name = f.choice("name", ParamsFile::name);
        double value = f.nonNegative("value");
        if (!f.hasErrors() && name == Name.EFFECTIVENESS_K && (value < 0.01 || value > 1)) {
            f.error("value", "effectiveness k must be within 0.01–1 (km² of erosion removed per km² treated), found "
                    + f.text("value"));
        }
        if (!f.hasErrors() && name == Name.EFFECTIVENESS_K_SD && value > 1) {
            f.error("value", "the spread of k must be within 0–1, found " + f.text("value"));
        }
        if (!f.hasErrors() && name == Name.MAX_RATE_PCT && (value <= 0 || value > 100)) {
            f.error("value", "the rate ceiling must be a percentage above 0 and at most 100, found " + f.text("value"));
        }
        return f.hasErrors() ? Optional.empty() : Optional.of(new Entry(code, name, value, f.text("source")));
    }

    private static Name name(String text) {
        return Keyed.find(Name.class, text).orElseThrow(() -> new IllegalArgumentException("unknown parameter \""
                + text + "\"; expected one of " + String.join(", ", Keyed.keys(Name.class))));
    }
}

package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.Checks;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.DataStatus;
import org.swcplan.model.monitoring.ErosionByClass;
import org.swcplan.model.region.CountyCode;

/** {@code monitoring.csv}: one row per county and year of dynamic monitoring. */
public final class MonitoringFile {
    public static final String NAME = "monitoring.csv";
    public static final List<String> CLASS_COLUMNS = List.of("erosion_light_km2", "erosion_moderate_km2",
            "erosion_intense_km2", "erosion_very_intense_km2", "erosion_severe_km2");
    public static final Schema SCHEMA = Schema.of(
            List.of("code", "year", "land_area_km2", "erosion_light_km2", "erosion_moderate_km2",
                    "erosion_intense_km2", "erosion_very_intense_km2", "erosion_severe_km2"),
            List.of("erosion_wind_km2", "swc_rate_reported_pct", "status", "source", "erosion_km2"));
    /** A total erosion column, where given, must match the classes and wind to this many km². */
    public static final double TOTAL_TOLERANCE_KM2 = 0.011;
    /** A reported rate further than this from the computed one is worth a warning, percentage points. */
    public static final double REPORTED_RATE_TOLERANCE_PP = 0.05;

    private MonitoringFile() {
    }

    public static Parsed<AnnualRecord> read(String file, byte[] bytes, KnownCounties known, DataErrors errors) {
        return read(file, bytes, Optional.empty(), known, errors);
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<AnnualRecord> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties known, DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, f -> record(f, known), errors)
                .rejectDuplicates(r -> r.county() + " " + r.year(), "code", errors);
    }

    private static Optional<AnnualRecord> record(Fields f, KnownCounties known) {
        CountyCode code = known.read(f, "code");
        int year = f.year("year", Checks.Years.MIN, Checks.Years.MAX);
        double land = f.nonNegative("land_area_km2");
        double[] classes = CLASS_COLUMNS.stream().mapToDouble(f::nonNegative).toArray();
        double wind = f.nonNegativeOrZero("erosion_wind_km2");
        OptionalDouble reported = f.optionalDouble("swc_rate_reported_pct");
        if (reported.isPresent() && (reported.getAsDouble() < 0 || reported.getAsDouble() > 100)) {
            f.error("swc_rate_reported_pct", "a rate must be within 0–100 %, found " + f.text("swc_rate_reported_pct"));
        }
        String statusText = f.text("status");
        DataStatus status = statusText.isEmpty() ? DataStatus.REPORTED : f.choice("status", DataStatus::fromKey);
        if (f.hasErrors()) {
            return Optional.empty();
        }
        if (land == 0) {
            f.error("land_area_km2", "land area must be greater than 0");
            return Optional.empty();
        }
        ErosionByClass erosion = new ErosionByClass(classes[0], classes[1], classes[2], classes[3], classes[4]);
        double total = erosion.totalKm2() + wind;
        OptionalDouble given = f.optionalDouble("erosion_km2");
        if (given.isPresent() && Math.abs(given.getAsDouble() - total) > TOTAL_TOLERANCE_KM2) {
            f.error("erosion_km2", String.format(Locale.ROOT,
                    "total erosion %.2f km² differs from the sum of the classes and wind, %.2f km²",
                    given.getAsDouble(), total));
            return Optional.empty();
        }
        if (total > land) {
            f.error("land_area_km2", String.format(Locale.ROOT,
                    "erosion area %.2f km² is larger than the land area %.2f km²", total, land));
            return Optional.empty();
        }
        return Optional.of(new AnnualRecord(code, year, land, erosion, wind, reported, status, f.text("source")));
    }
}

package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.Checks;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;
import org.swcplan.model.treatment.Upgrading;
import org.swcplan.model.region.CountyCode;

/**
 * {@code treatment.csv}: new treatment by measure, one row per county and year, and, in optional
 * columns after the cumulative area, the upgrading of earlier treatment by measure and the check dams reinforced or
 * upgraded (absent columns are zero). A row whose optional {@code subunit} names a reporting sub-unit
 * (subunits.csv) gives that sub-unit's own figures, which roll up into its county, whose own row
 * then leaves them out; such a row carries no cumulative area (the county's own row gives the
 * county's whole).
 */
public final class TreatmentFile {
    public static final String NAME = "treatment.csv";
    public static final String CUMULATIVE = "treated_cum_km2";
    public static final String DAMS_REINFORCED = "check_dams_reinforced";
    public static final String DAMS_UPGRADED = "check_dams_upgraded";
    public static final String SUBUNIT = "subunit";
    public static final Schema SCHEMA = Schema.of(List.of("code", "year"), optionalColumns());

    private TreatmentFile() {
    }

    /** {@code treated_<measure>_km2}. */
    public static String column(Measure measure) {
        return "treated_" + measure.key() + "_km2";
    }

    public static Parsed<TreatmentRecord> read(String file, byte[] bytes, KnownCounties known, DataErrors errors) {
        return read(file, bytes, Optional.empty(), known, errors);
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<TreatmentRecord> read(String file, byte[] bytes, Optional<Charset> encoding, KnownCounties known, DataErrors errors) {
        Parsed<TreatmentRecord> records = CsvRecords.read(file, bytes, encoding, SCHEMA, f -> record(f, known), errors);
        records.rejectDuplicates(TreatmentFile::key, "code", errors);
        rejectDecreasingCumulative(records, errors);
        return records;
    }

    /** What makes two rows the same: county, year and sub-unit (blank for the county's own row). */
    public static String key(TreatmentRecord r) {
        return r.county() + " " + r.year() + (r.ofSubunit() ? " " + r.subunit() : "");
    }

    private static Optional<TreatmentRecord> record(Fields f, KnownCounties known) {
        CountyCode code = known.read(f, "code");
        int year = f.year("year", Checks.Years.MIN, Checks.Years.MAX);
        Map<Measure, Double> treated = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            treated.put(m, f.nonNegativeOrZero(column(m)));
        }
        int dams = count(f, "check_dams_new");
        Map<Measure, Double> upgraded = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            upgraded.put(m, f.nonNegativeOrZero(Upgrading.column(m)));
        }
        int reinforced = count(f, DAMS_REINFORCED);
        int damsUpgraded = count(f, DAMS_UPGRADED);
        double investment = f.nonNegativeOrZero("investment_wan");
        OptionalDouble cumulative = f.optionalDouble(CUMULATIVE);
        if (cumulative.isPresent() && cumulative.getAsDouble() < 0) {
            f.error(CUMULATIVE, "must not be negative, found " + f.text(CUMULATIVE));
        }
        String subunit = known.readSubunit(f, SUBUNIT, code);
        if (!subunit.isEmpty() && cumulative.isPresent()) {
            f.error(CUMULATIVE, "a sub-unit's row gives no cumulative area; the county's own row gives the county's");
        }
        if (f.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new TreatmentRecord(code, year, treated, dams, investment, cumulative, f.text("source"),
                new Upgrading(upgraded, reinforced, damsUpgraded), subunit));
    }

    private static int count(Fields f, String column) {
        int n = f.optionalInt(column).orElse(0);
        if (n < 0) {
            f.error(column, "must not be negative, found " + n);
        }
        return n;
    }

    /** Cumulative treated area, where a file reports it, must not fall from one year to the next. */
    private static void rejectDecreasingCumulative(Parsed<TreatmentRecord> parsed, DataErrors errors) {
        List<Lined<TreatmentRecord>> withCumulative = new ArrayList<>(parsed.records().stream()
                .filter(r -> r.value().reportedCumulativeKm2().isPresent()).toList());
        withCumulative.sort(Comparator.comparing((Lined<TreatmentRecord> r) -> r.value().county())
                .thenComparingInt(r -> r.value().year()));
        for (int i = 1; i < withCumulative.size(); i++) {
            TreatmentRecord before = withCumulative.get(i - 1).value();
            TreatmentRecord after = withCumulative.get(i).value();
            double was = before.reportedCumulativeKm2().getAsDouble();
            double now = after.reportedCumulativeKm2().getAsDouble();
            if (before.county().equals(after.county()) && now < was) {
                parsed.error(withCumulative.get(i), CUMULATIVE, String.format(Locale.ROOT,
                        "cumulative treated area falls from %.2f km² (%d) to %.2f km² (%d); it cannot decrease",
                        was, before.year(), now, after.year()), errors);
            }
        }
    }

    private static List<String> optionalColumns() {
        List<String> columns = new ArrayList<>();
        for (Measure m : Measure.values()) {
            columns.add(column(m));
        }
        columns.addAll(List.of("check_dams_new", "investment_wan", CUMULATIVE));
        columns.addAll(upgradingColumns());
        columns.addAll(List.of(SUBUNIT, "source"));
        return columns;
    }

    /** The optional upgrading columns, before {@code source}: upgrading by measure, then dams reinforced and upgraded. */
    public static List<String> upgradingColumns() {
        List<String> columns = new ArrayList<>();
        for (Measure m : Measure.values()) {
            columns.add(Upgrading.column(m));
        }
        columns.addAll(List.of(DAMS_REINFORCED, DAMS_UPGRADED));
        return columns;
    }
}

package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.Checks;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.supervision.SupervisionFigures;
import org.swcplan.model.supervision.SupervisionRecord;

/**
 * {@code supervision.csv}: the supervision ledger (监督管理台账) of production and construction
 * projects, one row per county and year. Every count and the fee are required; the disturbed area
 * may be left empty where it was not measured.
 */
public final class SupervisionFile {
    public static final String NAME = "supervision.csv";
    public static final String FEE = "compensation_fee_wan";
    public static final String AREA = "disturbed_area_km2";
    /** A row's reporting sub-unit (subunits.csv): the row gives its own figures, rolled into its county. */
    public static final String SUBUNIT = "subunit";
    public static final Schema SCHEMA = Schema.of(List.of("code", "year", "plans_approved", "patches_found",
            "patches_handled", FEE, "acceptance_filings", "cases_opened", "cases_closed"), List.of(AREA, SUBUNIT, "source"));

    private SupervisionFile() {
    }

    public static Parsed<SupervisionRecord> read(String file, byte[] bytes, KnownCounties known, DataErrors errors) {
        return read(file, bytes, Optional.empty(), known, errors);
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<SupervisionRecord> read(String file, byte[] bytes, Optional<Charset> encoding,
                                                 KnownCounties known, DataErrors errors) {
        Parsed<SupervisionRecord> records = CsvRecords.read(file, bytes, encoding, SCHEMA, f -> record(f, known), errors);
        records.rejectDuplicates(SupervisionFile::key, "code", errors);
        return records;
    }

    /** What makes two rows the same: county, year and sub-unit (blank for the county's own row). */
    public static String key(SupervisionRecord r) {
        return r.county() + " " + r.year() + (r.ofSubunit() ? " " + r.subunit() : "");
    }

    private static Optional<SupervisionRecord> record(Fields f, KnownCounties known) {
        CountyCode code = known.read(f, "code");
        int year = f.year("year", Checks.Years.MIN, Checks.Years.MAX);
        int plans = count(f, "plans_approved");
        int found = count(f, "patches_found");
        int handled = count(f, "patches_handled");
        double fee = f.nonNegative(FEE);
        int filings = count(f, "acceptance_filings");
        int opened = count(f, "cases_opened");
        int closed = count(f, "cases_closed");
        OptionalDouble area = f.optionalDouble(AREA);
        if (area.isPresent() && area.getAsDouble() < 0) {
            f.error(AREA, "must not be negative, found " + f.text(AREA));
        }
        String subunit = known.readSubunit(f, SUBUNIT, code);
        if (f.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SupervisionRecord(code, year,
                new SupervisionFigures(plans, found, handled, fee, filings, opened, closed, area), f.text("source"),
                subunit));
    }

    private static int count(Fields f, String column) {
        int value = f.requiredInt(column);
        if (value < 0) {
            f.error(column, "must not be negative, found " + f.text(column));
        }
        return value;
    }

    /**
     * What is suspicious but not wrong: a row that handles more patches than it found (possible
     * when patches of earlier years are dealt with), and a county that, over all its years in the
     * file, closes more cases than it opened (possible only for cases opened before the first year).
     * A single year closing more cases than it opened is ordinary and not warned of.
     */
    public static List<DataError> warnings(Parsed<SupervisionRecord> parsed) {
        List<DataError> warnings = new ArrayList<>();
        Map<CountyCode, int[]> cases = new LinkedHashMap<>();
        Map<CountyCode, Long> lastLine = new LinkedHashMap<>();
        for (Lined<SupervisionRecord> lined : parsed.records()) {
            SupervisionRecord r = lined.value();
            SupervisionFigures f = r.figures();
            if (f.handledExceedsFound()) {
                warnings.add(new DataError(parsed.file(), lined.line(), parsed.columnNumber("patches_handled"),
                        "patches_handled", f.patchesHandled() + " patches handled but only " + f.patchesFound()
                        + " found in " + r.year() + "; right if patches of earlier years were dealt with"));
            }
            int[] sum = cases.computeIfAbsent(r.county(), c -> new int[2]);
            sum[0] += f.casesOpened();
            sum[1] += f.casesClosed();
            lastLine.merge(r.county(), lined.line(), Math::max);
        }
        cases.forEach((county, sum) -> {
            if (sum[1] > sum[0]) {
                warnings.add(new DataError(parsed.file(), lastLine.get(county), parsed.columnNumber("cases_closed"),
                        "cases_closed", county + " closes " + sum[1] + " cases but opens only " + sum[0]
                        + " over the years of the file; right only for cases opened before them"));
            }
        });
        warnings.sort(java.util.Comparator.comparingLong(DataError::line));
        return warnings;
    }
}

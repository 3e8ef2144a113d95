package org.swcplan.datasets.canonical;

import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.swcplan.datasets.csv.CsvRecords;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Fields;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.Checks;
import org.swcplan.model.region.ReferenceFigure;
import org.swcplan.model.region.ReferenceIndicator;
import org.swcplan.model.region.ReferenceScope;

/**
 * {@code references.csv} (optional): published figures of the country and the province to compare
 * the city with, one row per scope ({@code national} or {@code province}), indicator and year, each
 * with the publication it is from.
 */
public final class ReferencesFile {
    public static final String NAME = "references.csv";
    public static final Schema SCHEMA = Schema.of(
            List.of("scope", "name_zh", "name_en", "year", "indicator", "value", "source"), List.of());

    private ReferencesFile() {
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static Parsed<ReferenceFigure> read(String file, byte[] bytes, Optional<Charset> encoding,
                                               KnownCounties counties, DataErrors errors) {
        Parsed<ReferenceFigure> figures = CsvRecords.read(file, bytes, encoding, SCHEMA, ReferencesFile::figure, errors);
        figures.rejectDuplicates(ReferencesFile::key, "scope", errors);
        rejectSecondRegion(figures, errors);
        return figures;
    }

    /** What makes two rows the same figure: scope, indicator and year. */
    public static String key(ReferenceFigure figure) {
        return figure.scope().key() + " " + figure.indicator().key() + " " + figure.year();
    }

    private static Optional<ReferenceFigure> figure(Fields f) {
        ReferenceScope scope = f.choice("scope", ReferenceScope::fromKey);
        String nameZh = f.requiredText("name_zh");
        String nameEn = f.requiredText("name_en");
        int year = f.year("year", Checks.Years.MIN, Checks.Years.MAX);
        ReferenceIndicator indicator = f.choice("indicator", ReferenceIndicator::fromKey);
        double value = f.requiredDouble("value");
        if (value < 0 || value > 100) {
            f.error("value", "must be within 0–100 %, found " + f.text("value"));
        }
        String source = f.requiredText("source");
        return f.hasErrors() ? Optional.empty()
                : Optional.of(new ReferenceFigure(scope, nameZh, nameEn, year, indicator, value, source));
    }

    /** The rows of a scope name one region: the report compares the city with one province. */
    private static void rejectSecondRegion(Parsed<ReferenceFigure> figures, DataErrors errors) {
        Map<ReferenceScope, Lined<ReferenceFigure>> first = new EnumMap<>(ReferenceScope.class);
        for (Lined<ReferenceFigure> row : figures.records()) {
            Lined<ReferenceFigure> earlier = first.putIfAbsent(row.value().scope(), row);
            if (earlier != null && !earlier.value().nameZh().equals(row.value().nameZh())) {
                figures.error(row, "name_zh", "every " + row.value().scope().key() + " row names the same region: "
                        + earlier.value().nameZh() + " on line " + earlier.line() + ", " + row.value().nameZh()
                        + " here", errors);
            }
        }
    }
}

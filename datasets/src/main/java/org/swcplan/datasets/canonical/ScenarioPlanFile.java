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
import org.swcplan.model.Keyed;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.scenario.PlannedTreatment;
import org.swcplan.model.treatment.Measure;

/** A scenario plan: planned new treatment by county, year and measure, {@code code,year,measure,km2}. */
public final class ScenarioPlanFile {
    public static final Schema SCHEMA = Schema.of(List.of("code", "year", "measure", "km2"), List.of("source"));

    private ScenarioPlanFile() {
    }

    /**
     * @throws org.swcplan.datasets.csv.InvalidDataException listing every problem
     */
    public static List<PlannedTreatment> read(String file, byte[] bytes, KnownCounties known) {
        DataErrors errors = new DataErrors();
        Parsed<PlannedTreatment> plan = parse(file, bytes, Optional.empty(), known, errors);
        errors.throwIfAny();
        return plan.values();
    }

    /** Reads the plan, collecting problems in {@code errors}. */
    public static Parsed<PlannedTreatment> parse(String file, byte[] bytes, Optional<Charset> encoding,
                                                 KnownCounties known, DataErrors errors) {
        return CsvRecords.read(file, bytes, encoding, SCHEMA, f -> row(f, known), errors)
                .rejectDuplicates(p -> p.county() + " " + p.year() + " " + p.measure().key(), "code", errors);
    }

    private static Optional<PlannedTreatment> row(Fields f, KnownCounties known) {
        CountyCode code = known.read(f, "code");
        int year = f.year("year", Checks.Years.MIN, Checks.Years.MAX);
        Measure measure = f.choice("measure", text -> Keyed.parse(Measure.class, "measure", text));
        double km2 = f.nonNegative("km2");
        return f.hasErrors() ? Optional.empty() : Optional.of(new PlannedTreatment(code, year, measure, km2));
    }
}

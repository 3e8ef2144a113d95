package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.canonical.ScenarioPlanFile;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.csv.Schema;
import org.swcplan.model.scenario.PlannedTreatment;

/** A scenario plan: planned treatment by county, year and measure. */
final class PlanKind implements DataKind<PlannedTreatment> {
    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String fileName() {
        return "plan.csv";
    }

    @Override
    public Schema schema() {
        return ScenarioPlanFile.SCHEMA;
    }

    @Override
    public Parsed<PlannedTreatment> read(String file, byte[] bytes, Optional<Charset> encoding,
                                         KnownCounties counties, DataErrors errors) {
        return ScenarioPlanFile.parse(file, bytes, encoding, counties, errors);
    }

    @Override
    public Function<PlannedTreatment, Object> key() {
        return p -> p.county() + " " + p.year() + " " + p.measure().key();
    }


    @Override
    public List<String> columns() {
        return List.of("code", "year", "measure", "km2");
    }

    @Override
    public List<String> cells(PlannedTreatment p) {
        return List.of(p.county().id(), Integer.toString(p.year()), p.measure().key(), Numbers.exact(p.km2()));
    }

    @Override
    public List<String> example() {
        return List.of("140827", "2026", "terrace", "12.5");
    }
}

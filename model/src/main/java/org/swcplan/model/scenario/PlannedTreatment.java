package org.swcplan.model.scenario;

import java.util.Objects;
import org.swcplan.model.Checks;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.treatment.Measure;

/** New treatment planned in a county and year, km². */
public record PlannedTreatment(CountyCode county, int year, Measure measure, double km2) {
    public PlannedTreatment {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(measure, "measure");
        Checks.year("year", year);
        Checks.nonNegative("km2", km2);
    }
}

package org.swcplan.model.treatment;

import java.util.Objects;
import org.swcplan.model.Checks;
import org.swcplan.model.region.CountyCode;

/**
 * A county's historical erosion stock, against which initial treatment (初步治理) is counted, and
 * its cumulative treated area at the end of a base year.
 */
public record Baseline(CountyCode county, double baselineErosionKm2, int baseYear, double treatedCumKm2,
                       String source) {
    public Baseline {
        Objects.requireNonNull(county, "county");
        Checks.nonNegative("baseline_erosion_km2", baselineErosionKm2);
        Checks.year("base_year", baseYear);
        Checks.nonNegative("treated_cum_km2", treatedCumKm2);
        source = source == null ? "" : source;
    }
}

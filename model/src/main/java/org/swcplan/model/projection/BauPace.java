package org.swcplan.model.projection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.treatment.Measure;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * A county's business-as-usual treatment: the new treatment a year it carries on with, the mean of
 * its last {@link #YEARS} years up to the last observed one (years without a treatment record
 * left out; none at all: 0). This pace is what the statistical forecast already carries, so a
 * plan's effect is measured against it.
 *
 * @param fromYear first year averaged
 * @param toYear   last year averaged
 * @param years    how many of those years had a treatment record
 */
public record BauPace(CountyCode county, double km2PerYear, Map<Measure, Double> km2PerYearByMeasure, int fromYear,
                      int toYear, int years) {
    /** The pace is the mean of this many latest years. */
    public static final int YEARS = 3;

    public BauPace {
        Objects.requireNonNull(county, "county");
        km2PerYearByMeasure = Collections.unmodifiableMap(new EnumMap<>(km2PerYearByMeasure));
    }

    public static BauPace of(Dataset dataset, CountyCode county, int lastYear) {
        int from = lastYear - YEARS + 1;
        List<TreatmentRecord> recent = dataset.treatmentOf(county).stream()
                .filter(t -> t.year() >= from && t.year() <= lastYear).toList();
        Map<Measure, Double> byMeasure = new EnumMap<>(Measure.class);
        double total = 0;
        for (Measure measure : Measure.values()) {
            double pace = recent.isEmpty() ? 0
                    : recent.stream().mapToDouble(t -> t.newTreatedKm2ByMeasure().get(measure)).sum() / recent.size();
            byMeasure.put(measure, pace);
            total += pace;
        }
        return new BauPace(county, total, byMeasure, from, lastYear, recent.size());
    }
}

package org.swcplan.datasets;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.swcplan.datasets.canonical.TreatmentFile;
import org.swcplan.datasets.csv.CsvRecords.Lined;
import org.swcplan.datasets.csv.CsvRecords.Parsed;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentRecord;
import org.swcplan.model.treatment.Measure;

/**
 * Areas in other files that cannot fit in the county: a year's new treatment or a cumulative
 * treated area larger than the county's land area in {@code monitoring.csv} (its largest, as land
 * bases are revised). Each is a located error in the file that holds the area. The baseline
 * erosion stock is not bounded by the land area: the bundled dataset's stock exceeds it for 垣曲县
 * and 平陆县, so only the 1e12 bound of every area applies to it.
 */
final class LandAreaChecks {
    private LandAreaChecks() {
    }

    static void check(Parsed<AnnualRecord> monitoring, Parsed<TreatmentRecord> treatment, Parsed<Baseline> baselines,
                      DataErrors errors) {
        Map<CountyCode, Double> land = new HashMap<>();
        for (Lined<AnnualRecord> r : monitoring.records()) {
            land.merge(r.value().county(), r.value().landAreaKm2(), Math::max);
        }
        String landFile = monitoring.file();
        for (Lined<TreatmentRecord> r : treatment.records()) {
            Double county = land.get(r.value().county());
            if (county == null) {
                continue;
            }
            if (r.value().newTreatedKm2() > county) {
                treatment.error(r, TreatmentFile.column(firstMeasure(r.value())), String.format(Locale.ROOT,
                        "new treatment of %d, %.2f km², is larger than the land area %.2f km² (%s)", r.value().year(),
                        r.value().newTreatedKm2(), county, landFile), errors);
            }
            if (r.value().reportedCumulativeKm2().isPresent() && r.value().reportedCumulativeKm2().getAsDouble() > county) {
                treatment.error(r, TreatmentFile.CUMULATIVE, String.format(Locale.ROOT,
                        "cumulative treated area %.2f km² is larger than the land area %.2f km² (%s)",
                        r.value().reportedCumulativeKm2().getAsDouble(), county, landFile), errors);
            }
        }
        for (Lined<Baseline> r : baselines.records()) {
            Double county = land.get(r.value().county());
            if (county == null) {
                continue;
            }
            if (r.value().treatedCumKm2() > county) {
                baselines.error(r, "treated_cum_km2", String.format(Locale.ROOT,
                        "cumulative treated area %.2f km² is larger than the land area %.2f km² (%s)",
                        r.value().treatedCumKm2(), county, landFile), errors);
            }
        }
    }

    /** The measure column with the largest area, where a reader looks first. */
    private static Measure firstMeasure(TreatmentRecord record) {
        return record.newTreatedKm2ByMeasure().entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(Measure.values()[0]);
    }
}

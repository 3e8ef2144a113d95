package org.swcplan.model.treatment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.swcplan.model.Checks;
import org.swcplan.model.region.CountyCode;

/**
 * New treatment (新增治理) in one county and year, and, apart from it, the upgrading of earlier
 * treatment, which does not count as new.
 *
 * @param newTreatedKm2ByMeasure  newly treated area by measure, km²; measures not listed are zero
 * @param checkDamsNew            check dams (淤地坝) newly built
 * @param investmentWan           investment, 万元
 * @param reportedCumulativeKm2   the ledger's cumulative treated area at the end of the year, where given
 * @param upgrading               terraces upgraded, measures re-treated, dams reinforced or upgraded
 */
public record TreatmentRecord(CountyCode county, int year, Map<Measure, Double> newTreatedKm2ByMeasure,
                              int checkDamsNew, double investmentWan, OptionalDouble reportedCumulativeKm2,
                              String source, Upgrading upgrading) {
    /** A year with new treatment only. */
    public TreatmentRecord(CountyCode county, int year, Map<Measure, Double> newTreatedKm2ByMeasure,
                           int checkDamsNew, double investmentWan, OptionalDouble reportedCumulativeKm2, String source) {
        this(county, year, newTreatedKm2ByMeasure, checkDamsNew, investmentWan, reportedCumulativeKm2, source,
                Upgrading.NONE);
    }

    public TreatmentRecord {
        Objects.requireNonNull(upgrading, "upgrading");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(reportedCumulativeKm2, "reportedCumulativeKm2");
        Checks.year("year", year);
        EnumMap<Measure, Double> copy = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            copy.put(m, Checks.nonNegative("treated_" + m.key() + "_km2", newTreatedKm2ByMeasure.getOrDefault(m, 0.0)));
        }
        newTreatedKm2ByMeasure = Collections.unmodifiableMap(copy);
        if (checkDamsNew < 0) {
            throw new IllegalArgumentException("check_dams_new must be >= 0, was " + checkDamsNew);
        }
        Checks.nonNegative("investment_wan", investmentWan);
        reportedCumulativeKm2.ifPresent(v -> Checks.nonNegative("treated_cum_km2", v));
        source = source == null ? "" : source;
    }

    /** All new treatment of the year, km². */
    public double newTreatedKm2() {
        return newTreatedKm2ByMeasure.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}

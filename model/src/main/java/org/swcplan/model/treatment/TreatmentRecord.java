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
 * @param subunit                 the reporting sub-unit (subunits.csv) whose own figures the row gives,
 *                                apart from the county's; empty for the county's own row
 */
public record TreatmentRecord(CountyCode county, int year, Map<Measure, Double> newTreatedKm2ByMeasure,
                              int checkDamsNew, double investmentWan, OptionalDouble reportedCumulativeKm2,
                              String source, Upgrading upgrading, String subunit) {
    /** The county's own row of a year. */
    public TreatmentRecord(CountyCode county, int year, Map<Measure, Double> newTreatedKm2ByMeasure,
                           int checkDamsNew, double investmentWan, OptionalDouble reportedCumulativeKm2, String source,
                           Upgrading upgrading) {
        this(county, year, newTreatedKm2ByMeasure, checkDamsNew, investmentWan, reportedCumulativeKm2, source,
                upgrading, "");
    }

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
        subunit = subunit == null ? "" : subunit.strip();
        if (!subunit.isEmpty() && reportedCumulativeKm2.isPresent()) {
            throw new IllegalArgumentException("a sub-unit's row cannot give the county's cumulative treated area");
        }
    }

    /** Whether the row gives a reporting sub-unit's figures rather than the county's own. */
    public boolean ofSubunit() {
        return !subunit.isEmpty();
    }

    /**
     * This county-year with {@code other}'s figures of the same county and year added (a sub-unit's
     * row rolled into the county's): new treatment, dams, investment and upgrading add up; the
     * cumulative area and the source are this row's.
     */
    public TreatmentRecord plus(TreatmentRecord other) {
        if (!other.county.equals(county) || other.year != year) {
            throw new IllegalArgumentException("rows of different counties or years do not add up");
        }
        Map<Measure, Double> treated = new EnumMap<>(Measure.class);
        Map<Measure, Double> upgraded = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            treated.put(m, newTreatedKm2ByMeasure.get(m) + other.newTreatedKm2ByMeasure.get(m));
            upgraded.put(m, upgrading.upgradedKm2(m) + other.upgrading.upgradedKm2(m));
        }
        return new TreatmentRecord(county, year, treated, checkDamsNew + other.checkDamsNew,
                investmentWan + other.investmentWan, reportedCumulativeKm2, source,
                new Upgrading(upgraded, upgrading.checkDamsReinforced() + other.upgrading.checkDamsReinforced(),
                        upgrading.checkDamsUpgraded() + other.upgrading.checkDamsUpgraded()), "");
    }

    /** All new treatment of the year, km². */
    public double newTreatedKm2() {
        return newTreatedKm2ByMeasure.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}

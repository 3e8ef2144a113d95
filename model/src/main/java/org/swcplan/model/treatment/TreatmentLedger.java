package org.swcplan.model.treatment;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Cumulative initially-treated area (累计初步治理面积) of a county at the end of a year. It starts
 * from the baseline's figure at its base year and adds each year's new treatment; a cumulative
 * figure reported in a treatment record replaces the running total from that year on.
 */
public final class TreatmentLedger {
    private TreatmentLedger() {
    }

    /**
     * @param treatment the county's treatment records, any order
     * @return the cumulative treated area at the end of {@code year}, km²; empty before the base year
     */
    public static OptionalDouble cumulativeKm2(Baseline baseline, List<TreatmentRecord> treatment, int year) {
        if (year < baseline.baseYear()) {
            return OptionalDouble.empty();
        }
        double total = baseline.treatedCumKm2();
        List<TreatmentRecord> inOrder = treatment.stream()
                .filter(r -> r.year() > baseline.baseYear() && r.year() <= year)
                .sorted(Comparator.comparingInt(TreatmentRecord::year)).toList();
        for (TreatmentRecord r : inOrder) {
            total = r.reportedCumulativeKm2().orElse(total + r.newTreatedKm2());
        }
        return OptionalDouble.of(total);
    }
}

package org.swcplan.model.treatment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.swcplan.model.Checks;

/**
 * Work on what was treated before, in one county and year: old terraces upgraded (老旧梯田提升改造)
 * and other measures re-treated, by measure, and check dams reinforced (病险淤地坝除险加固) or
 * upgraded (老旧淤地坝提升改造). None of it is new treatment: it never adds to the cumulative
 * treated area or to 治理度.
 *
 * @param upgradedKm2ByMeasure area upgraded or re-treated by measure, km²; measures not listed are zero
 */
public record Upgrading(Map<Measure, Double> upgradedKm2ByMeasure, int checkDamsReinforced, int checkDamsUpgraded) {
    /** No upgrading: what a ledger without the upgrading columns records. */
    public static final Upgrading NONE = new Upgrading(Map.of(), 0, 0);

    public Upgrading {
        EnumMap<Measure, Double> copy = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            copy.put(m, Checks.nonNegative(column(m), upgradedKm2ByMeasure.getOrDefault(m, 0.0)));
        }
        upgradedKm2ByMeasure = Collections.unmodifiableMap(copy);
        if (checkDamsReinforced < 0 || checkDamsUpgraded < 0) {
            throw new IllegalArgumentException("check dams reinforced and upgraded must be >= 0");
        }
    }

    /** The ledger's column of a measure's upgrading: {@code upgraded_<measure>_km2}. */
    public static String column(Measure measure) {
        return "upgraded_" + measure.key() + "_km2";
    }

    public double upgradedKm2(Measure measure) {
        return upgradedKm2ByMeasure.get(measure);
    }

    /** All area upgraded or re-treated in the year, km². */
    public double upgradedKm2() {
        return upgradedKm2ByMeasure.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}

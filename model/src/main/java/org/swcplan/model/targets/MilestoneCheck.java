package org.swcplan.model.targets;

import java.util.List;
import org.swcplan.model.Keyed;
import org.swcplan.model.region.CountyCode;

/**
 * How the county targets of one milestone add up for the city (area-weighted: Σ land × target /
 * Σ land, never a mean of rates).
 *
 * @param cityTargetPct       the city's target in {@code targets.csv}
 * @param cityPct             the city rate the county targets give
 * @param erosionRemovedPct   the share of its last observed erosion every derived county removes
 *                            by the milestone (before floors and the ceiling), percent; NaN when
 *                            no county is derived
 * @param given               counties whose target comes from {@code targets.csv}
 * @param derived             counties whose target is derived
 * @param atCeiling           derived counties held at their rate ceiling
 * @param givenAboveCeiling   counties whose {@code targets.csv} target lies above their rate ceiling (kept)
 * @param givenBelowFloor     counties whose {@code targets.csv} target lies below their last observed
 *                            rate or previous target, held there (the target is already met)
 */
public record MilestoneCheck(int year, double cityTargetPct, double cityPct, double erosionRemovedPct, int given,
                             int derived, List<CountyCode> atCeiling, List<CountyCode> givenAboveCeiling,
                             List<CountyCode> givenBelowFloor) {
    /** The city rate counts as meeting its target within this many points (the figures are shown to 2 decimals). */
    public static final double TOLERANCE_PP = 0.005;

    public MilestoneCheck {
        atCeiling = List.copyOf(atCeiling);
        givenAboveCeiling = List.copyOf(givenAboveCeiling);
        givenBelowFloor = List.copyOf(givenBelowFloor);
    }

    /** How the county targets' city rate compares with the city's target. */
    public enum Verdict implements Keyed {
        /** Exactly (within {@link #TOLERANCE_PP}). */
        MET,
        /** The county targets add up to more than the city target. */
        OVER_FULFILLED,
        /** They add up to less: the targets given and the counties' ceilings do not let the city reach it. */
        SHORT
    }

    public Verdict verdict() {
        double difference = cityPct - cityTargetPct;
        return Math.abs(difference) <= TOLERANCE_PP ? Verdict.MET
                : difference > 0 ? Verdict.OVER_FULFILLED : Verdict.SHORT;
    }

    /** The city rate less its target, points. */
    public double differencePp() {
        return cityPct - cityTargetPct;
    }
}

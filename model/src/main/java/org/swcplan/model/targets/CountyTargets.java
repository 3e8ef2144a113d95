package org.swcplan.model.targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swcplan.model.region.CountyCode;

/**
 * County targets for one milestone that add up, by area, to the city's target.
 *
 * <p>The rule for a county without a target of its own: every such county removes the same share
 * f of its last observed erosion area (erosion_i × (1 − f), so the rate is
 * 100 − (100 − last_i) × (1 − f)), but never ends below its floor (its last observed rate and its
 * previous milestone target: a target never asks for backsliding) nor above its rate ceiling
 * ({@code max_rate_pct} in params.csv, the 水土保持率阈值 beyond which its land keeps eroding however it
 * is treated; a floor above the ceiling wins). f is solved by bisection so that
 * Σ land × target / Σ land equals the city target, with the counties that have their own target
 * held at it. Where those and the floors alone already exceed the city target, the derived
 * counties stay at their floors (the city is over-fulfilled); where every derived county at the
 * ceiling still falls short, they stay at the ceiling (the city is short). Both are reported. A
 * county's own target below its floor (already reached, or lower than its previous target) is held
 * at the floor, so no path asks for backsliding; that too is reported.
 *
 * <p>Why this rule: it is the proportional split the allocation design names (reduction in
 * proportion to each county's erosion), it can be recomputed by hand from the last monitoring
 * year, and it puts the larger gains where the erosion is (the mountain counties), so a basin
 * county near 90 % is not pushed towards its ceiling. It deliberately does not lean on the forecast:
 * a responsibility target should not move with a forecast method or seed.
 */
final class CountyTargets {
    private static final int ITERATIONS = 100;

    private CountyTargets() {
    }

    /**
     * A county as the rule sees it.
     *
     * @param floorPct   the least its target may be: its last rate, or its previous milestone target
     * @param ceilingPct the most a derived target may be (unless the floor is higher)
     */
    record Input(CountyCode code, double landKm2, double lastRatePct, double floorPct, double ceilingPct) {
    }

    /** The targets of one milestone and how they add up. */
    record Split(Map<CountyCode, MilestoneTarget> targets, MilestoneCheck check) {
    }

    /**
     * @param given the counties' own targets for this milestone (from targets.csv); may be empty
     */
    static Split split(List<Input> counties, Map<CountyCode, Double> given, int year, double cityTargetPct) {
        double land = counties.stream().mapToDouble(Input::landKm2).sum();
        List<Input> derived = counties.stream().filter(c -> !given.containsKey(c.code())).toList();
        double fixed = counties.stream().filter(c -> given.containsKey(c.code()))
                .mapToDouble(c -> c.landKm2() * Math.max(c.floorPct(), given.get(c.code()))).sum();
        double share = Double.NaN;
        if (!derived.isEmpty()) {
            if (city(derived, fixed, land, 0) >= cityTargetPct) {
                share = 0;
            } else if (city(derived, fixed, land, 1) <= cityTargetPct) {
                share = 1;
            } else {
                double lo = 0;
                double hi = 1;
                for (int i = 0; i < ITERATIONS; i++) {
                    double mid = (lo + hi) / 2;
                    if (city(derived, fixed, land, mid) < cityTargetPct) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                share = (lo + hi) / 2;
            }
        }
        Map<CountyCode, MilestoneTarget> targets = new LinkedHashMap<>();
        List<CountyCode> atCeiling = new ArrayList<>();
        List<CountyCode> givenAboveCeiling = new ArrayList<>();
        List<CountyCode> givenBelowFloor = new ArrayList<>();
        double weighted = 0;
        for (Input c : counties) {
            MilestoneTarget target;
            if (given.containsKey(c.code())) {
                double own = given.get(c.code());
                target = new MilestoneTarget(c.code(), year, Math.max(c.floorPct(), own), TargetSource.TARGETS_CSV);
                if (own > c.ceilingPct()) {
                    givenAboveCeiling.add(c.code());
                }
                if (own < c.floorPct()) {
                    givenBelowFloor.add(c.code());
                }
            } else {
                target = new MilestoneTarget(c.code(), year, target(c, share), TargetSource.DERIVED);
                if (target.ratePct() >= c.ceilingPct() && proportional(c, share) > c.ceilingPct()) {
                    atCeiling.add(c.code());
                }
            }
            targets.put(c.code(), target);
            weighted += c.landKm2() * target.ratePct();
        }
        MilestoneCheck check = new MilestoneCheck(year, cityTargetPct, weighted / land, share * 100, counties.size()
                - derived.size(), derived.size(), atCeiling, givenAboveCeiling, givenBelowFloor);
        return new Split(targets, check);
    }

    /** The city rate when the derived counties remove share f of their erosion. */
    private static double city(List<Input> derived, double fixed, double land, double share) {
        double weighted = fixed;
        for (Input c : derived) {
            weighted += c.landKm2() * target(c, share);
        }
        return weighted / land;
    }

    static double target(Input c, double share) {
        return Math.max(c.floorPct(), Math.min(c.ceilingPct(), proportional(c, share)));
    }

    private static double proportional(Input c, double share) {
        return 100 - (100 - c.lastRatePct()) * (1 - share);
    }
}

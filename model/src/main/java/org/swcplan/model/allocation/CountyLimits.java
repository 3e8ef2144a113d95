package org.swcplan.model.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * How much extra treatment (km² beyond BAU over the years to the milestone) a county may get: at
 * least {@link #lo}, at most {@link #hi}. The upper limits are its capacity (each year, BAU
 * included) and its rate ceiling (the median rate at most max_rate_pct); the floors are the
 * 治理度 floor (enough each year up to the deadline to treat its remaining stock, where BAU falls
 * short) and, on request, its own target (the median rate at least the target). A floor above an
 * upper limit is a conflict: the limit wins and the allocation is not feasible.
 *
 * @param capacityKm2 years × (capacity − BAU pace)
 * @param ceilingKm2  the most extra treatment that keeps the median rate at or below the ceiling
 * @param floorKm2    the years to the deadline × (治理度 pace − BAU pace), ≥ 0, within the room capacity
 *                    leaves in those years
 * @param targetKm2   the least extra treatment that brings the median rate to the county's target
 *                    (0 unless county targets are honoured)
 * @param floorBeyondCapacity whether the 治理度 pace asks more a year than the county's capacity
 */
record CountyLimits(double capacityKm2, double ceilingKm2, double floorKm2, double targetKm2,
                    boolean floorBeyondCapacity) {
    /** Relative tolerance for "at a limit". */
    private static final double TOLERANCE = 1e-6;

    static CountyLimits of(CountyInput in, int years, int yearsToDeadline, boolean honourTarget) {
        double capacity = years * in.roomKm2PerYear();
        double ceiling = in.mostTreatmentBelowRate(in.parameters().maxRatePct());
        double floorExtra = Double.isNaN(in.floorKm2PerYear()) ? 0 : Math.max(0, in.floorKm2PerYear() - in.bauKm2PerYear());
        boolean beyond = floorExtra > in.roomKm2PerYear() + tolerance(in.roomKm2PerYear());
        double floor = yearsToDeadline * Math.min(floorExtra, in.roomKm2PerYear());
        double target = honourTarget && !Double.isNaN(in.countyTargetPct())
                ? in.leastTreatmentToRate(in.countyTargetPct()) : 0;
        return new CountyLimits(capacity, ceiling, floor, target, beyond);
    }

    double hi() {
        return Math.min(capacityKm2, ceilingKm2);
    }

    /** The floor, within the upper limit. */
    double lo() {
        return Math.min(hi(), Math.max(floorKm2, targetKm2));
    }

    Binding upperBinding() {
        return capacityKm2 <= ceilingKm2 ? Binding.CAPACITY : Binding.CEILING;
    }

    /** The floor the upper limit leaves no room for, or null. */
    Binding conflict() {
        if (floorBeyondCapacity || floorKm2 > hi() + tolerance(hi())) {
            return Binding.TREATMENT_FLOOR;
        }
        return targetKm2 > hi() + tolerance(hi()) ? Binding.COUNTY_TARGET : null;
    }

    /** The limit a conflicting floor runs into. */
    Binding conflictLimit() {
        return floorBeyondCapacity ? Binding.CAPACITY : upperBinding();
    }

    /** The limits that hold {@code extraKm2} where it is. */
    List<Binding> binding(double extraKm2) {
        List<Binding> binding = new ArrayList<>();
        if (extraKm2 >= capacityKm2 - tolerance(capacityKm2) && capacityKm2 <= ceilingKm2 + tolerance(ceilingKm2)) {
            binding.add(Binding.CAPACITY);
        }
        if (extraKm2 >= ceilingKm2 - tolerance(ceilingKm2) && ceilingKm2 <= capacityKm2 + tolerance(capacityKm2)) {
            binding.add(Binding.CEILING);
        }
        if (floorKm2 > 0 && Math.abs(extraKm2 - floorKm2) <= tolerance(floorKm2)) {
            binding.add(Binding.TREATMENT_FLOOR);
        }
        if (targetKm2 > 0 && Math.abs(extraKm2 - targetKm2) <= tolerance(targetKm2)) {
            binding.add(Binding.COUNTY_TARGET);
        }
        return binding;
    }

    private static double tolerance(double km2) {
        return TOLERANCE * Math.max(1, Math.abs(km2));
    }
}

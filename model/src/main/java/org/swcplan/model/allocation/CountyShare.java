package org.swcplan.model.allocation;

import java.util.List;
import org.swcplan.model.region.CountyCode;

/**
 * One county's part of the programme: business as usual (its BAU pace, which the forecast already
 * carries) plus the extra treatment the allocation gives it, every year from the one after the
 * last observation to the milestone. Where the milestone lies beyond the 治理度 deadline the extra
 * treatment has two paces, to the deadline and after it.
 *
 * @param bauRatePct             the BAU forecast median in the milestone year
 * @param plannedRatePct         the median in the milestone year with the programme (as {@code swc
 *                               scenario} projects it)
 * @param maxRatePct             the county's ceiling (params.csv max_rate_pct)
 * @param countyTargetPct        the county's own target for the milestone, NaN where targets.csv has none
 * @param bauKm2PerYear          the BAU pace, km²/a
 * @param extraKm2               the treatment beyond BAU over all the years, km²
 * @param years                  the years of treatment: last observed + 1 to the milestone
 * @param yearsToDeadline        those of them up to the 治理度 deadline (all of them when it is later
 *                               or there is none)
 * @param extraToDeadlineKm2PerYear  extra treatment each year up to the deadline, km²/a
 * @param extraAfterDeadlineKm2PerYear extra treatment each year after it, km²/a (0 when none)
 * @param capacityKm2PerYear     the county's whole annual capacity (BAU included)
 * @param floorKm2PerYear        the treatment a year the 治理度 floor asks up to the deadline (remaining
 *                               stock / years left), km²/a; NaN where there is no 治理度 target
 * @param meanK                  k's mean; the extra removes about meanK × extraKm2 of erosion
 * @param kP10                   k's 10th percentile
 * @param kP90                   k's 90th percentile
 * @param binding                the limits that hold this share where it is
 */
public record CountyShare(CountyCode county, String nameZh, double lastRatePct, double bauRatePct,
                          double plannedRatePct, double maxRatePct, double countyTargetPct, double landKm2,
                          double bauKm2PerYear, double extraKm2, int years, int yearsToDeadline,
                          double extraToDeadlineKm2PerYear, double extraAfterDeadlineKm2PerYear,
                          double capacityKm2PerYear, double floorKm2PerYear, double unitCostWanPerKm2,
                          double meanK, double kP10, double kP90, List<Binding> binding) {
    public CountyShare {
        binding = List.copyOf(binding);
    }

    /** The extra treatment a year, averaged over all the years, km²/a. */
    public double extraKm2PerYear() {
        return extraKm2 / years;
    }

    /** BAU plus extra, averaged over the years, km²/a. */
    public double totalKm2PerYear() {
        return bauKm2PerYear + extraKm2PerYear();
    }

    /** Erosion the programme removes beyond BAU by the milestone (median), km². */
    public double erosionReductionKm2() {
        return landKm2 * (plannedRatePct - bauRatePct) / 100;
    }

    public double extraCostWan() {
        return extraKm2 * unitCostWanPerKm2;
    }

    public double bauCostWan() {
        return bauKm2PerYear * years * unitCostWanPerKm2;
    }

    public double extraCostWanPerYear() {
        return extraKm2PerYear() * unitCostWanPerKm2;
    }

    public double bauCostWanPerYear() {
        return bauKm2PerYear * unitCostWanPerKm2;
    }

    public double totalCostWanPerYear() {
        return bauCostWanPerYear() + extraCostWanPerYear();
    }

    /** The extra treatment a year were k at its 90th percentile (the same erosion removed), km²/a. */
    public double extraAtHighKKm2PerYear() {
        return extraKm2PerYear() * meanK / kP90;
    }

    /** The extra treatment a year were k at its 10th percentile, km²/a. */
    public double extraAtLowKKm2PerYear() {
        return extraKm2PerYear() * meanK / kP10;
    }

    /** Treatment a year up to the 治理度 deadline, BAU included, km²/a. */
    public double totalToDeadlineKm2PerYear() {
        return bauKm2PerYear + extraToDeadlineKm2PerYear;
    }

    /** Whether the county treats what the 治理度 floor asks (true where there is no floor). */
    public boolean meetsTreatmentFloor() {
        return Double.isNaN(floorKm2PerYear) || totalToDeadlineKm2PerYear() >= floorKm2PerYear - 1e-6;
    }

    public boolean atCapacity() {
        return binding.contains(Binding.CAPACITY);
    }

    public boolean atCeiling() {
        return binding.contains(Binding.CEILING);
    }
}

package org.swcplan.model.allocation;

import java.util.List;

/**
 * A city target for a milestone, split into county targets and the treatment programme that meets
 * it, or, where the capacities cannot, the best that can be reached.
 *
 * @param allowedErosionKm2    the erosion the city may keep in the milestone year
 * @param cityLastRatePct      the city's rate in the last observed year
 * @param cityBauRatePct       the city's BAU forecast median in the milestone year
 * @param cityErosionKm2       the city's BAU median erosion in the milestone year
 * @param requiredReductionKm2 that erosion minus the allowed erosion (≥ 0)
 * @param feasible             whether the counties' shares add up to the required reduction
 *                             within their capacities (always true for the methods that ignore capacity)
 * @param reachableRatePct     the city rate the shares give
 * @param shortfallKm2         required reduction not covered, km² (0 when feasible)
 */
public record Allocation(AllocationMethod method, int milestone, double cityTargetPct, int lastYear,
                         double cityLastRatePct, double cityBauRatePct, double cityErosionKm2, double allowedErosionKm2,
                         double requiredReductionKm2, boolean feasible, double reachableRatePct,
                         double shortfallKm2, List<CountyShare> counties) {
    public Allocation {
        counties = List.copyOf(counties);
    }

    public double totalCostWan() {
        return counties.stream().mapToDouble(CountyShare::costWan).sum();
    }

    public double totalTreatmentKm2PerYear() {
        return counties.stream().mapToDouble(CountyShare::treatmentKm2PerYear).sum();
    }

    public double totalBauTreatmentKm2PerYear() {
        return counties.stream().mapToDouble(CountyShare::bauTreatmentKm2PerYear).sum();
    }

    public double totalTreatmentAtHighKKm2PerYear() {
        return counties.stream().mapToDouble(CountyShare::treatmentAtHighKKm2PerYear).sum();
    }

    public double totalTreatmentAtLowKKm2PerYear() {
        return counties.stream().mapToDouble(CountyShare::treatmentAtLowKKm2PerYear).sum();
    }

    public double totalCostAtLowKWan() {
        return counties.stream().mapToDouble(CountyShare::costAtLowKWan).sum();
    }

    public double totalReductionKm2() {
        return counties.stream().mapToDouble(CountyShare::erosionReductionKm2).sum();
    }

    /** Counties whose capacity binds the programme. */
    public List<CountyShare> binding() {
        return counties.stream().filter(CountyShare::atCapacity).toList();
    }
}

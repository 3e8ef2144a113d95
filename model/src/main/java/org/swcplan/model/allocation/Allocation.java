package org.swcplan.model.allocation;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.swcplan.model.region.CountyCode;

/**
 * A city target for a milestone met by a programme of treatment: every county's business as usual
 * plus the extra treatment allocated to it, projected on the sample paths of the one projection
 * model; or, where the limits do not allow it, the best that can be reached and what stands in the way.
 *
 * @param lastYear             the last observed year
 * @param deadline             the 治理度 deadline (the year the historical stock is to be treated by); 0 where
 *                             the dataset has no such target
 * @param cityLastRatePct      the city's rate in the last observed year
 * @param cityBauRatePct       the city's BAU forecast median in the milestone year
 * @param cityBauProbability   the probability that business as usual reaches the target
 * @param cityBauErosionKm2    the city's BAU median erosion in the milestone year
 * @param allowedErosionKm2    the erosion the target allows
 * @param feasible             whether the programme reaches the target at the requested confidence with
 *                             every floor met and every limit kept
 * @param probability          the probability that the city reaches the target with the programme
 * @param plannedRatePct       the city's median rate with the programme
 * @param rateAtConfidencePct  the rate the city reaches with the requested confidence (the 1 − confidence
 *                             quantile of its rate); with an infeasible request, the best reachable
 * @param floorsAlone          whether the counties' floors alone (治理度, county targets) reach the target at
 *                             the requested confidence, so that nothing is left to allocate
 * @param conflicts            floors that cannot be met within a county's upper limits
 */
public record Allocation(AllocationRequest request, int lastYear, int deadline, double cityLastRatePct,
                         double cityBauRatePct, double cityBauProbability, double cityBauErosionKm2,
                         double allowedErosionKm2, boolean feasible, double probability, double plannedRatePct,
                         double rateAtConfidencePct, boolean floorsAlone, List<Conflict> conflicts,
                         List<CountyShare> counties) {
    public Allocation {
        Objects.requireNonNull(request, "request");
        conflicts = List.copyOf(conflicts);
        counties = List.copyOf(counties);
    }

    /**
     * A county floor its upper limit does not leave room for.
     *
     * @param floor TREATMENT_FLOOR or COUNTY_TARGET
     * @param limit CAPACITY or CEILING
     */
    public record Conflict(CountyCode county, String nameZh, Binding floor, Binding limit) {
    }

    public AllocationMethod method() {
        return request.method();
    }

    public int milestone() {
        return request.milestone();
    }

    public double cityTargetPct() {
        return request.cityTargetPct();
    }

    public double confidence() {
        return request.confidence();
    }

    /** BAU median erosion less the erosion the target allows (≥ 0), km². */
    public double requiredReductionKm2() {
        return Math.max(0, cityBauErosionKm2 - allowedErosionKm2);
    }

    /** Erosion still to go at the requested confidence, km² (0 when feasible). */
    public double shortfallKm2() {
        double land = counties.stream().mapToDouble(CountyShare::landKm2).sum();
        return feasible ? 0 : Math.max(0, land * (cityTargetPct() - rateAtConfidencePct) / 100);
    }

    /** Whether the extra treatment has a second pace after the 治理度 deadline. */
    public boolean pastDeadline() {
        return deadline > lastYear && milestone() > deadline;
    }

    public double total(ToDoubleFunction<CountyShare> figure) {
        return counties.stream().mapToDouble(figure).sum();
    }

    public double totalExtraKm2PerYear() {
        return total(CountyShare::extraKm2PerYear);
    }

    public double totalBauKm2PerYear() {
        return total(CountyShare::bauKm2PerYear);
    }

    public double totalExtraCostWanPerYear() {
        return total(CountyShare::extraCostWanPerYear);
    }

    public double totalBauCostWanPerYear() {
        return total(CountyShare::bauCostWanPerYear);
    }

    public double totalExtraCostWan() {
        return total(CountyShare::extraCostWan);
    }

    public double totalBauCostWan() {
        return total(CountyShare::bauCostWan);
    }

    /** Counties whose BAU pace and extra fill their annual capacity. */
    public List<CountyShare> atCapacity() {
        return counties.stream().filter(CountyShare::atCapacity).toList();
    }

    /** Counties whose median rate is at their ceiling (max_rate_pct). */
    public List<CountyShare> atCeiling() {
        return counties.stream().filter(CountyShare::atCeiling).toList();
    }

    /** Counties held exactly at their 治理度 floor. */
    public List<CountyShare> atTreatmentFloor() {
        return counties.stream().filter(s -> s.binding().contains(Binding.TREATMENT_FLOOR)).toList();
    }

    /** Counties that do not treat their remaining stock by the deadline. */
    public List<CountyShare> shortOfTreatmentFloor() {
        return counties.stream().filter(s -> !s.meetsTreatmentFloor()).toList();
    }

    /** Counties an upper limit (capacity or ceiling) holds back. */
    public List<CountyShare> binding() {
        return counties.stream().filter(s -> s.atCapacity() || s.atCeiling()).toList();
    }
}

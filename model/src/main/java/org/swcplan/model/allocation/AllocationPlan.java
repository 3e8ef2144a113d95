package org.swcplan.model.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.scenario.PlannedTreatment;
import org.swcplan.model.treatment.Measure;

/**
 * An allocation as a plan {@code swc scenario} reads: each county's whole programme (BAU pace plus
 * its extra treatment) in every year to the milestone, split over measures as its BAU pace is
 * (all "other" where it has none). Each county-year is rounded up to 0.01 km², so projecting the
 * plan reaches the target with at least the allocation's probability.
 */
public final class AllocationPlan {
    private AllocationPlan() {
    }

    /** @param projection the projection the allocation was made with (its BAU paces by measure) */
    public static List<PlannedTreatment> of(Allocation allocation, Projection projection) {
        List<PlannedTreatment> plan = new ArrayList<>();
        for (CountyShare share : allocation.counties()) {
            Map<Measure, Double> mix = projection.pace(share.county()).km2PerYearByMeasure();
            for (int h = 1; h <= share.years(); h++) {
                double extra = h <= share.yearsToDeadline() ? share.extraToDeadlineKm2PerYear()
                        : share.extraAfterDeadlineKm2PerYear();
                long cents = (long) Math.ceil((share.bauKm2PerYear() + extra) * 100 - 1e-6);
                long[] split = split(cents, mix);
                for (Measure measure : Measure.values()) {
                    if (split[measure.ordinal()] > 0) {
                        plan.add(new PlannedTreatment(share.county(), allocation.lastYear() + h, measure,
                                split[measure.ordinal()] / 100.0));
                    }
                }
            }
        }
        return plan;
    }

    /** {@code cents} over the measures in proportion to {@code mix}, by largest remainder. */
    static long[] split(long cents, Map<Measure, Double> mix) {
        Measure[] measures = Measure.values();
        long[] split = new long[measures.length];
        double total = mix.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(total > 0)) {
            split[Measure.OTHER.ordinal()] = cents;
            return split;
        }
        double[] exact = new double[measures.length];
        long given = 0;
        for (Measure m : measures) {
            exact[m.ordinal()] = cents * mix.getOrDefault(m, 0.0) / total;
            split[m.ordinal()] = (long) Math.floor(exact[m.ordinal()]);
            given += split[m.ordinal()];
        }
        long left = cents - given;
        List<Integer> byRemainder = IntStream.range(0, measures.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> split[i] - exact[i]).thenComparing(i -> i)).toList();
        for (int j = 0; j < left; j++) {
            split[byRemainder.get(j % measures.length)]++;
        }
        return split;
    }
}

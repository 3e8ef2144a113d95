package org.swcplan.model.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.interval.Quantiles;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.TreatmentGapRow;
import org.swcplan.model.monitoring.SwcRate;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.projection.Effectiveness;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.standing.StandingAnalysis;

/**
 * Allocates treatment beyond business as usual so that the city reaches its target for a
 * milestone, through the one projection model ({@link Projection}).
 *
 * <p>Business as usual is the forecast, which already carries each county's BAU pace; the
 * programme adds extra treatment x_i (km² over the years to the milestone) to county i, which
 * removes k · x_i of its erosion on each sample path (k drawn per path). Each county's x_i lies
 * between its floors and its upper limits ({@link CountyLimits}: capacity, rate ceiling, 治理度
 * floor, on request its own target). A method is a family of programmes along one effort
 * parameter ({@link Programmes}); the allocation is the least effort at which the city's rate
 * reaches the target on at least the requested share of the paths (bisection: every county's
 * share grows with the effort, so the share of paths does too). Where even every county at its
 * upper limit falls short, that programme is the best reachable and the request is not feasible.
 */
public final class Allocator {
    /** Bisection steps on the effort: 2⁻⁶⁰ of its range. */
    private static final int STEPS = 60;

    private Allocator() {
    }

    /** At the median, without county targets as floors. */
    public static Allocation allocate(Dataset dataset, Projection projection, int milestone, double cityTargetPct,
                                      AllocationMethod method) {
        return allocate(dataset, projection, new AllocationRequest(milestone, cityTargetPct, method));
    }

    /**
     * @param projection the projection reaching at least the milestone
     * @throws IllegalArgumentException when the milestone lies outside the projection, or county
     *                                  targets are to be honoured and targets.csv has none for it
     */
    public static Allocation allocate(Dataset dataset, Projection projection, AllocationRequest request) {
        RegionOutlook bau = projection.bau();
        int last = bau.lastObservedYear();
        int milestone = request.milestone();
        if (milestone <= last || milestone > bau.lastForecastYear()) {
            throw new IllegalArgumentException("the milestone must lie within the projection " + (last + 1) + "–"
                    + bau.lastForecastYear());
        }
        Map<CountyCode, TreatmentGapRow> floors = new TreeMap<>();
        int deadline = 0;
        for (TreatmentGapRow row : GapAnalysis.treatment(dataset)) {
            // the earliest 治理度 deadline ahead sets the floor
            if (row.unit() instanceof CountyCode code && (deadline == 0 || row.milestone() == deadline)) {
                deadline = row.milestone();
                floors.put(code, row);
            }
        }
        List<CountyInput> inputs = new ArrayList<>();
        for (County county : dataset.counties()) {
            CountyCode code = county.code();
            Effectiveness k = projection.effectiveness(code);
            TreatmentGapRow floor = floors.get(code);
            inputs.add(new CountyInput(county, dataset.record(code, last).orElseThrow().swcRatePct(), bau.landKm2(code),
                    bau.erosionPaths(code, milestone), projection.kPaths(code), k.meanK(), k.quantile(0.10),
                    k.quantile(0.90), k.quantile(1 - request.confidence()), projection.pace(code).km2PerYear(),
                    dataset.parameters(code), floor == null ? Double.NaN : floor.requiredKm2PerYear(),
                    countyTarget(dataset, code, milestone).orElse(Double.NaN)));
        }
        if (request.honourCountyTargets() && inputs.stream().allMatch(in -> Double.isNaN(in.countyTargetPct()))) {
            throw new IllegalArgumentException("targets.csv has no county 水土保持率 target for " + milestone
                    + " to honour");
        }
        return allocate(inputs, last, deadline, StandingAnalysis.of(dataset, last).city().swcRatePct(), request);
    }

    private static OptionalDouble countyTarget(Dataset dataset, CountyCode code, int year) {
        return dataset.targets(code, TargetIndicator.SWC_RATE_PCT).stream().filter(t -> t.year() == year)
                .mapToDouble(Target::value).findFirst();
    }

    /**
     * @param deadline the 治理度 deadline, 0 for none
     */
    static Allocation allocate(List<CountyInput> inputs, int last, int deadline, double cityLastRatePct,
                               AllocationRequest request) {
        int milestone = request.milestone();
        int years = milestone - last;
        int toDeadline = deadline > last ? Math.min(milestone, deadline) - last : years;
        int n = inputs.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] gap = new double[n];
        List<CountyLimits> limits = new ArrayList<>();
        List<Allocation.Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CountyInput in = inputs.get(i);
            CountyLimits limit = CountyLimits.of(in, years, toDeadline, request.honourCountyTargets());
            limits.add(limit);
            lo[i] = limit.lo();
            hi[i] = limit.hi();
            // without a target of its own a county is measured against the city's
            gap[i] = in.leastTreatmentToRate(Double.isNaN(in.countyTargetPct()) ? request.cityTargetPct()
                    : in.countyTargetPct());
            Binding conflict = limit.conflict();
            if (conflict != null) {
                conflicts.add(new Allocation.Conflict(in.county().code(), in.county().nameZh(), conflict,
                        conflict == Binding.TREATMENT_FLOOR ? limit.conflictLimit() : limit.upperBinding()));
            }
        }
        CityPaths city = new CityPaths(inputs, years, toDeadline, request.cityTargetPct());
        Programmes.Family family = Programmes.of(request.method(), inputs, lo, hi, gap);
        double q = request.confidence();
        double[] extra = family.at(family.top());
        boolean reached = city.probability(extra) >= q;
        boolean floorsAlone = false;
        if (reached) {
            double[] floorsOnly = family.at(0);
            floorsAlone = city.probability(floorsOnly) >= q;
            if (floorsAlone) {
                extra = floorsOnly;
            } else {
                double below = 0;
                double above = family.top();
                for (int step = 0; step < STEPS; step++) {
                    double mid = (below + above) / 2;
                    double[] programme = family.at(mid);
                    if (city.probability(programme) >= q) {
                        above = mid;
                        extra = programme;
                    } else {
                        below = mid;
                    }
                }
            }
        }
        return result(inputs, limits, city, extra, last, deadline, cityLastRatePct, request, reached && conflicts.isEmpty(),
                floorsAlone, conflicts, years, toDeadline);
    }

    /**
     * The limits that hold a county's programme: those of its whole extra, and the 治理度 floor
     * where its pace up to the deadline is exactly the floor's (the extra after the deadline may
     * add more, so the whole extra alone does not show it).
     */
    private static List<Binding> binding(CountyLimits limits, double extra, double paceToDeadline,
                                         double floorKm2PerYear) {
        List<Binding> binding = new ArrayList<>(limits.binding(extra));
        if (!binding.contains(Binding.TREATMENT_FLOOR) && floorKm2PerYear > 0
                && Math.abs(paceToDeadline - floorKm2PerYear) <= 1e-6 * Math.max(1, floorKm2PerYear)) {
            binding.add(Binding.TREATMENT_FLOOR);
        }
        return binding;
    }

    private static Allocation result(List<CountyInput> inputs, List<CountyLimits> limits, CityPaths city,
                                     double[] extra, int last, int deadline, double cityLastRatePct,
                                     AllocationRequest request, boolean feasible, boolean floorsAlone,
                                     List<Allocation.Conflict> conflicts, int years, int toDeadline) {
        List<CountyShare> shares = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CountyInput in = inputs.get(i);
            double[] schedule = city.schedule(in, extra[i]);
            double cumulative = 0;
            for (double x : schedule) {
                cumulative += x;
            }
            double floor = in.floorKm2PerYear();
            shares.add(new CountyShare(in.county().code(), in.county().nameZh(), in.lastRatePct(),
                    in.medianRateAfter(0), in.medianRateAfter(cumulative), in.parameters().maxRatePct(),
                    in.countyTargetPct(), in.landKm2(), in.bauKm2PerYear(), cumulative, years, toDeadline,
                    schedule[0], toDeadline < years ? schedule[years - 1] : 0, in.parameters().capacityKm2PerYear(),
                    floor, in.parameters().unitCostWanPerKm2(), in.meanK(), in.kP10(), in.kP90(),
                    binding(limits.get(i), extra[i], in.bauKm2PerYear() + schedule[0], floor)));
        }
        double land = inputs.stream().mapToDouble(CountyInput::landKm2).sum();
        double[] bau = city.sortedRates(new double[inputs.size()]);
        double[] planned = city.sortedRates(extra);
        double bauMedian = Quantiles.of(bau, 0.5);
        return new Allocation(request, last, deadline, cityLastRatePct, bauMedian,
                CityPaths.probability(bau, request.cityTargetPct()), land * (100 - bauMedian) / 100,
                SwcRate.allowedErosionKm2(land, request.cityTargetPct()), feasible,
                CityPaths.probability(planned, request.cityTargetPct()), Quantiles.of(planned, 0.5),
                CityPaths.rateAt(planned, request.confidence()), floorsAlone, conflicts, shares);
    }
}

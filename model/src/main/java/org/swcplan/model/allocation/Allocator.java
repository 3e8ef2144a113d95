package org.swcplan.model.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.interval.Quantiles;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.projection.Effectiveness;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.SwcRate;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.region.County;

/**
 * Splits the erosion reduction a city target requires among the counties, through the one
 * projection model ({@link Projection}): reductions are counted from the business-as-usual
 * forecast (the median erosion in the milestone year, which already carries every county's
 * current pace of treatment), so the programme is treatment <em>beyond</em> that pace. A county's
 * reduction r needs r / k km² of additional treatment (k its mean effectiveness), spread evenly
 * over the years from the one after the last observation to the milestone, at its unit cost; its
 * room is its annual capacity less its BAU pace. The k band gives the same programme with k at its
 * 90th and 10th percentiles.
 */
public final class Allocator {
    /** Tolerance for sums of km² (the figures are reported to 2 decimals). */
    static final double EPSILON = 1e-6;

    private Allocator() {
    }

    /**
     * The facts of one county the methods work from.
     *
     * @param erosionKm2 the BAU median erosion in the milestone year
     * @param k          mean effectiveness
     * @param bauKm2PerYear the BAU pace of treatment
     */
    record Input(County county, double lastRatePct, double landKm2, double erosionKm2, CountyParameters parameters,
                 int years, double k, double kP10, double kP90, double bauKm2PerYear) {
        Input(County county, double landKm2, double erosionKm2, CountyParameters parameters, int years) {
            this(county, SwcRate.percent(landKm2, erosionKm2), landKm2, erosionKm2, parameters, years,
                    parameters.effectivenessK(), parameters.effectivenessK(), parameters.effectivenessK(), 0);
        }

        /** Annual capacity left beyond the BAU pace, km²/a. */
        double roomKm2PerYear() {
            return Math.max(0, parameters.capacityKm2PerYear() - bauKm2PerYear);
        }

        /** The most this county can reduce: its whole erosion, or what its room treats in time. */
        double maxReductionKm2() {
            return Math.min(erosionKm2, k * roomKm2PerYear() * years);
        }

        /** Cost of one km² of erosion reduction, 万元. */
        double costPerKm2Reduced() {
            return parameters.unitCostWanPerKm2() / k;
        }
    }

    /**
     * @param cityTargetPct the city's 水土保持率 target for the milestone
     * @throws IllegalArgumentException when the milestone is not after the last complete year
     */
    public static Allocation allocate(Dataset dataset, Projection projection, int milestone, double cityTargetPct,
                                      AllocationMethod method) {
        RegionOutlook bau = projection.bau();
        int last = bau.lastObservedYear();
        if (milestone <= last || milestone > bau.lastForecastYear()) {
            throw new IllegalArgumentException("the milestone must lie within the projection " + (last + 1) + "–"
                    + bau.lastForecastYear());
        }
        List<Input> inputs = new ArrayList<>();
        for (County county : dataset.counties()) {
            AnnualRecord record = dataset.record(county.code(), last).orElseThrow();
            Effectiveness k = projection.effectiveness(county.code());
            inputs.add(new Input(county, record.swcRatePct(), bau.landKm2(county.code()),
                    median(bau.erosionPaths(county.code(), milestone)), dataset.parameters(county.code()),
                    milestone - last, k.meanK(), k.quantile(0.10), k.quantile(0.90),
                    projection.pace(county.code()).km2PerYear()));
        }
        double land = inputs.stream().mapToDouble(Input::landKm2).sum();
        double erosion = median(bau.erosionPaths(Scope.CITY, milestone));
        double cityLast = StandingAnalysis.of(dataset, last).city().swcRatePct();
        return allocate(inputs, land, erosion, cityLast, milestone, cityTargetPct, last, method);
    }

    static Allocation allocate(List<Input> inputs, double land, double erosion, double cityLastRatePct, int milestone,
                               double cityTargetPct, int last, AllocationMethod method) {
        double allowed = SwcRate.allowedErosionKm2(land, cityTargetPct);
        double required = Math.max(0, erosion - allowed);
        double[] reductions = switch (method) {
            case UNIFORM -> uniform(inputs, required);
            case PROPORTIONAL -> proportional(inputs, required, inputs.stream().mapToDouble(Input::erosionKm2).sum());
            case LEAST_COST -> leastCost(inputs, required);
        };
        List<CountyShare> shares = new ArrayList<>();
        double achieved = 0;
        for (int i = 0; i < inputs.size(); i++) {
            shares.add(share(inputs.get(i), reductions[i]));
            achieved += reductions[i];
        }
        double shortfall = Math.max(0, required - achieved);
        boolean feasible = shortfall <= EPSILON * Math.max(1, required);
        double reachable = SwcRate.percent(land, Math.max(0, erosion - achieved));
        return new Allocation(method, milestone, cityTargetPct, last, cityLastRatePct, SwcRate.percent(land, erosion),
                erosion, allowed, required, feasible, reachable, feasible ? 0 : shortfall, shares);
    }

    private static CountyShare share(Input in, double reduction) {
        CountyParameters p = in.parameters();
        double treatmentPerYear = reduction / in.k() / in.years();
        double room = in.roomKm2PerYear();
        return new CountyShare(in.county().code(), in.county().nameZh(), in.lastRatePct(),
                SwcRate.percent(in.landKm2(), Math.max(0, in.erosionKm2() - reduction)), reduction, treatmentPerYear,
                treatmentPerYear * in.years() * p.unitCostWanPerKm2(), p.capacityKm2PerYear(),
                reduction > 0 && treatmentPerYear >= room * (1 - 1e-9), treatmentPerYear > room * (1 + 1e-9),
                SwcRate.percent(in.landKm2(), in.erosionKm2()), in.bauKm2PerYear(), reduction / in.kP90() / in.years(),
                reduction / in.kP10() / in.years(), reduction / in.kP10() * p.unitCostWanPerKm2());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Quantiles.of(sorted, 0.5);
    }

    /**
     * The same gain g (points) everywhere: reduction_i = land_i · g / 100, capped at the county's
     * erosion; g found by bisection so that the reductions add up to the requirement.
     */
    static double[] uniform(List<Input> inputs, double required) {
        if (required <= 0) {
            return new double[inputs.size()];
        }
        double lo = 0;
        double hi = 100;
        for (int iteration = 0; iteration < 200; iteration++) {
            double mid = (lo + hi) / 2;
            if (uniformTotal(inputs, mid) < required) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double gain = hi;
        return inputs.stream().mapToDouble(in -> Math.min(in.erosionKm2(), in.landKm2() * gain / 100)).toArray();
    }

    private static double uniformTotal(List<Input> inputs, double gainPp) {
        return inputs.stream().mapToDouble(in -> Math.min(in.erosionKm2(), in.landKm2() * gainPp / 100)).sum();
    }

    static double[] proportional(List<Input> inputs, double required, double erosion) {
        // capped at the county's erosion: required · e / E can round just above e when required = E
        return inputs.stream().mapToDouble(in -> erosion == 0 ? 0
                : Math.min(in.erosionKm2(), required * in.erosionKm2() / erosion)).toArray();
    }

    /**
     * min Σ cost_i · x_i subject to Σ x_i = required and 0 ≤ x_i ≤ max_i (Commons Math simplex).
     * When even every county at its maximum falls short, the maxima are the best reachable answer.
     */
    static double[] leastCost(List<Input> inputs, double required) {
        int n = inputs.size();
        double[] max = inputs.stream().mapToDouble(Input::maxReductionKm2).toArray();
        double reachable = 0;
        for (double m : max) {
            reachable += m;
        }
        if (required <= 0) {
            return new double[n];
        }
        if (reachable < required) {
            return max;
        }
        double[] costs = inputs.stream().mapToDouble(Input::costPerKm2Reduced).toArray();
        List<LinearConstraint> constraints = new ArrayList<>();
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        constraints.add(new LinearConstraint(ones, Relationship.EQ, required));
        for (int i = 0; i < n; i++) {
            double[] unit = new double[n];
            unit[i] = 1;
            constraints.add(new LinearConstraint(unit, Relationship.LEQ, max[i]));
        }
        PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(10_000),
                new LinearObjectiveFunction(costs, 0), new LinearConstraintSet(constraints), GoalType.MINIMIZE,
                new NonNegativeConstraint(true));
        double[] x = optimum.getPoint();
        for (int i = 0; i < n; i++) {
            x[i] = Math.max(0, Math.min(max[i], x[i]));
        }
        return x;
    }
}

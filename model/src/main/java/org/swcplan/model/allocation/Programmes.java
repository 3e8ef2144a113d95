package org.swcplan.model.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Each method as a family of programmes (extra treatment per county, km² over the period) along
 * one effort parameter s from 0 (every county at its floor) to {@link Family#top} (every county at
 * its upper limit), every county's share non-decreasing in s, so the city's probability of reaching
 * its target is too and the least sufficient s can be found by bisection.
 */
final class Programmes {
    private Programmes() {
    }

    /**
     * A family of programmes.
     *
     * @param top        the effort at which every county is at its upper limit
     * @param programmes the programme at an effort s in 0–top
     */
    record Family(double top, DoubleFunction<double[]> programmes) {
        double[] at(double s) {
            return programmes.apply(s);
        }
    }

    static Family of(AllocationMethod method, List<CountyInput> inputs, double[] lo, double[] hi, double[] gapKm2) {
        return switch (method) {
            case LEAST_COST -> leastCost(inputs, lo, hi);
            case PROPORTIONAL -> waterFilling(lo, hi, inputs.stream()
                    .mapToDouble(in -> in.bauMedianErosionKm2() / in.meanK()).toArray());
            case UNIFORM -> waterFilling(lo, hi, inputs.stream().mapToDouble(in -> in.landKm2() / in.meanK()).toArray());
            case EQUITABLE -> equitable(inputs, lo, hi, gapKm2);
        };
    }

    /**
     * Least cost: s is the erosion to remove beyond the floors' at the design k (k at the
     * 1 − confidence quantile), from 0 to what every county at its upper limit removes; the
     * programme is the cheapest that removes it (a linear programme).
     */
    static Family leastCost(List<CountyInput> inputs, double[] lo, double[] hi) {
        double[] designK = inputs.stream().mapToDouble(CountyInput::designK).toArray();
        double[] cost = inputs.stream().mapToDouble(in -> in.parameters().unitCostWanPerKm2()).toArray();
        double top = 0;
        for (int i = 0; i < lo.length; i++) {
            top += designK[i] * (hi[i] - lo[i]);
        }
        double range = top;
        return new Family(range, s -> {
            double[] x = cheapest(cost, designK, hi.length, i -> hi[i] - lo[i], Math.min(s, range));
            for (int i = 0; i < x.length; i++) {
                x[i] += lo[i];
            }
            return x;
        });
    }

    /** The room of county i above its floor, km². */
    interface Room {
        double of(int i);
    }

    /**
     * min Σ cost_i · y_i subject to Σ k_i · y_i = removal and 0 ≤ y_i ≤ room_i (Commons Math
     * simplex); counties without room are left out of the programme.
     */
    static double[] cheapest(double[] cost, double[] k, int n, Room room, double removal) {
        double[] y = new double[n];
        if (removal <= 0) {
            return y;
        }
        List<Integer> open = new ArrayList<>();
        double most = 0;
        for (int i = 0; i < n; i++) {
            if (room.of(i) > 1e-9) {
                open.add(i);
                most += k[i] * room.of(i);
            }
        }
        if (removal >= most) {
            for (int i : open) {
                y[i] = room.of(i);
            }
            return y;
        }
        int m = open.size();
        double[] objective = new double[m];
        double[] removes = new double[m];
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            objective[j] = cost[open.get(j)];
            removes[j] = k[open.get(j)];
            double[] unit = new double[m];
            unit[j] = 1;
            constraints.add(new LinearConstraint(unit, Relationship.LEQ, room.of(open.get(j))));
        }
        constraints.add(new LinearConstraint(removes, Relationship.EQ, removal));
        PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(10_000),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), GoalType.MINIMIZE,
                new NonNegativeConstraint(true));
        double[] point = optimum.getPoint();
        for (int j = 0; j < m; j++) {
            int i = open.get(j);
            y[i] = Math.max(0, Math.min(room.of(i), point[j]));
        }
        return y;
    }

    /**
     * Water-filling: county i gets s · weight_i, kept between its floor and its upper limit; s runs
     * up to where every county with a weight is at its limit.
     */
    static Family waterFilling(double[] lo, double[] hi, double[] weight) {
        double top = 0;
        for (int i = 0; i < weight.length; i++) {
            if (weight[i] > 0) {
                top = Math.max(top, hi[i] / weight[i]);
            }
        }
        double range = top;
        return new Family(range, s -> {
            double[] x = new double[weight.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.max(lo[i], Math.min(hi[i], Math.min(s, range) * weight[i]));
            }
            return x;
        });
    }

    /**
     * Equitable (max–min): for s in 0–1 every county closes the share s of its own gap (the extra
     * treatment that brings its median to its target), within its floor and limit: the
     * water-filling that maximises the smallest share closed. For s in 1–2, with every county at
     * its target (or limit), the rest is removed at least cost, s − 1 being the share of what the
     * remaining room could remove.
     */
    static Family equitable(List<CountyInput> inputs, double[] lo, double[] hi, double[] gapKm2) {
        Family first = waterFilling(lo, hi, gapKm2);
        double[] targets = new double[lo.length];
        for (int i = 0; i < lo.length; i++) {
            targets[i] = Math.max(lo[i], Math.min(hi[i], gapKm2[i]));
        }
        Family rest = leastCost(inputs, targets, hi);
        return new Family(2, s -> s <= 1 ? first.at(s) : rest.at((s - 1) * rest.top()));
    }
}

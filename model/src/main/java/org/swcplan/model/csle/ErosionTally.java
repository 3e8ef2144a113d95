package org.swcplan.model.csle;

import java.util.Arrays;
import org.swcplan.model.monitoring.ErosionByClass;
import org.swcplan.model.monitoring.IntensityClass;

/**
 * Land-unit areas summed by SL 190-2007 intensity class, per county: a mutable accumulator kept
 * inside one stream of units, combined in a fixed order so that sums do not depend on threads.
 * Index 0 is 微度 (below the tolerable loss, not erosion), 1–5 轻度 … 剧烈.
 */
public final class ErosionTally {
    /** Class lower bounds above the light class, t/(km²·a): 中度, 强烈, 极强烈, 剧烈. */
    private static final double[] BOUNDS = {
        IntensityClass.MODERATE.lowerBoundTPerKm2A(0), IntensityClass.INTENSE.lowerBoundTPerKm2A(0),
        IntensityClass.VERY_INTENSE.lowerBoundTPerKm2A(0), IntensityClass.SEVERE.lowerBoundTPerKm2A(0)};

    private final double[][] km2;

    public ErosionTally(int counties) {
        this.km2 = new double[counties][6];
    }

    /**
     * The class index of a soil loss: 0 below the tolerable loss T0, then 1 (轻度, T0 ≤ A &lt; 2,500),
     * 2 (&lt; 5,000), 3 (&lt; 8,000), 4 (&lt; 15,000), 5 (≥ 15,000).
     */
    public static int classOf(double lossTPerKm2A, double tolerableLossTPerKm2A) {
        if (lossTPerKm2A < tolerableLossTPerKm2A) {
            return 0;
        }
        int index = 1;
        for (double bound : BOUNDS) {
            if (lossTPerKm2A >= bound) {
                index++;
            }
        }
        return index;
    }

    public void add(int county, int classIndex, double areaKm2) {
        km2[county][classIndex] += areaKm2;
    }

    /** Adds another tally's areas to this one. */
    public void addAll(ErosionTally other) {
        for (int c = 0; c < km2.length; c++) {
            for (int i = 0; i < 6; i++) {
                km2[c][i] += other.km2[c][i];
            }
        }
    }

    public double landKm2(int county) {
        return Arrays.stream(km2[county]).sum();
    }

    public ErosionByClass erosion(int county) {
        double[] a = km2[county];
        return new ErosionByClass(a[1], a[2], a[3], a[4], a[5]);
    }

    /** Whether any unit was counted for the county. */
    public boolean has(int county) {
        return landKm2(county) > 0;
    }

    public int counties() {
        return km2.length;
    }
}

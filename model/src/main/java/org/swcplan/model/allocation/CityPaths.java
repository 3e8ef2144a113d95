package org.swcplan.model.allocation;

import java.util.Arrays;
import java.util.List;

/**
 * The city's rate in the milestone year on every sample path under a programme, computed as the
 * projection does ({@code Projection.withExtraTreatment}): each county's extra treatment of every
 * year accumulated, times its k on the path, off its BAU erosion, kept within 0 and its land; the
 * city is the sum of its counties.
 */
final class CityPaths {
    private final List<CountyInput> inputs;
    private final int years;
    private final int yearsToDeadline;
    private final double landKm2;
    private final double targetPct;

    CityPaths(List<CountyInput> inputs, int years, int yearsToDeadline, double targetPct) {
        this.inputs = List.copyOf(inputs);
        this.years = years;
        this.yearsToDeadline = yearsToDeadline;
        this.landKm2 = inputs.stream().mapToDouble(CountyInput::landKm2).sum();
        this.targetPct = targetPct;
    }

    /**
     * The extra treatment of each year (index h − 1 for year last + h) of {@code extraKm2} over the
     * period: an even pace, except that the years to the 治理度 deadline are raised to what its
     * floor asks (within the room left by BAU) and the years after it carry the rest.
     */
    double[] schedule(CountyInput in, double extraKm2) {
        double[] perYear = new double[years];
        if (yearsToDeadline >= years) {
            Arrays.fill(perYear, extraKm2 / years);
            return perYear;
        }
        double floorExtra = Double.isNaN(in.floorKm2PerYear()) ? 0 : Math.max(0, in.floorKm2PerYear() - in.bauKm2PerYear());
        double early = Math.min(in.roomKm2PerYear(), Math.min(extraKm2 / yearsToDeadline,
                Math.max(extraKm2 / years, floorExtra)));
        double late = (extraKm2 - yearsToDeadline * early) / (years - yearsToDeadline);
        for (int h = 0; h < years; h++) {
            perYear[h] = h < yearsToDeadline ? early : Math.max(0, late);
        }
        return perYear;
    }

    /** Each county's erosion on every path in the milestone year: erosion[county][path]. */
    double[][] erosion(double[] extraKm2) {
        double[][] erosion = new double[inputs.size()][];
        for (int i = 0; i < inputs.size(); i++) {
            CountyInput in = inputs.get(i);
            double cumulative = 0;
            for (double extra : schedule(in, extraKm2[i])) {
                cumulative += extra;
            }
            double[] paths = new double[in.erosionKm2().length];
            for (int p = 0; p < paths.length; p++) {
                paths[p] = Math.max(0, Math.min(in.landKm2(), in.erosionKm2()[p] - in.k()[p] * cumulative));
            }
            erosion[i] = paths;
        }
        return erosion;
    }

    /** The city's rate on every path, sorted. */
    double[] sortedRates(double[] extraKm2) {
        double[][] erosion = erosion(extraKm2);
        double[] rates = new double[erosion[0].length];
        for (int p = 0; p < rates.length; p++) {
            double sum = 0;
            for (double[] county : erosion) {
                sum += county[p];
            }
            rates[p] = 100 * (landKm2 - sum) / landKm2;
        }
        Arrays.sort(rates);
        return rates;
    }

    /** The share of paths on which the city reaches its target. */
    double probability(double[] extraKm2) {
        return probability(sortedRates(extraKm2), targetPct);
    }

    static double probability(double[] sortedRates, double targetPct) {
        return Arrays.stream(sortedRates).filter(r -> r >= targetPct).count() / (double) sortedRates.length;
    }

    /**
     * The rate reached on at least {@code confidence} of the paths: the ⌈confidence · n⌉-th
     * largest, so that the probability of reaching it is at least the confidence.
     */
    static double rateAt(double[] sortedRates, double confidence) {
        int n = sortedRates.length;
        int count = (int) Math.ceil(confidence * n - 1e-9);
        return sortedRates[Math.max(0, n - Math.max(1, count))];
    }
}

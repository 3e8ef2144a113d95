package org.swcplan.model.outlook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;

/**
 * Forecasts of every county and of the city to a horizon year, and the joint sample paths they
 * come from: path p of the city is the sum of path p of every county, so the city is coherent
 * with its counties by construction, and probabilities of reaching a target come from the paths.
 */
public final class RegionOutlook {
    private final String method;
    private final long seed;
    private final int lastObservedYear;
    private final List<UnitForecast> counties;
    private final UnitForecast city;
    /** Erosion paths, km²: erosion[county][path][h − 1]. */
    private final Map<CountyCode, double[][]> erosionKm2;
    private final Map<CountyCode, Double> landKm2;

    RegionOutlook(String method, long seed, int lastObservedYear, List<UnitForecast> counties, UnitForecast city,
                  Map<CountyCode, double[][]> erosionKm2, Map<CountyCode, Double> landKm2) {
        this.method = method;
        this.seed = seed;
        this.lastObservedYear = lastObservedYear;
        this.counties = List.copyOf(counties);
        this.city = Objects.requireNonNull(city);
        this.erosionKm2 = new TreeMap<>(erosionKm2);
        this.landKm2 = new TreeMap<>(landKm2);
    }

    public String method() {
        return method;
    }

    public long seed() {
        return seed;
    }

    public int lastObservedYear() {
        return lastObservedYear;
    }

    public int lastForecastYear() {
        return city.points().get(city.points().size() - 1).year();
    }

    public List<UnitForecast> counties() {
        return counties;
    }

    public UnitForecast city() {
        return city;
    }

    /** The counties in code order, then the city. */
    public List<UnitForecast> units() {
        List<UnitForecast> all = new ArrayList<>(counties);
        all.add(city);
        return all;
    }

    public UnitForecast unit(Scope scope) {
        return units().stream().filter(u -> u.unit().equals(scope)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no forecast for " + scope));
    }

    /** The simulated rates of a unit in {@code year}, one per path, percent. */
    public double[] ratePaths(Scope scope, int year) {
        int h = year - lastObservedYear;
        if (h < 1 || year > lastForecastYear()) {
            throw new IllegalArgumentException("year " + year + " is outside the forecast (" + (lastObservedYear + 1)
                    + "–" + lastForecastYear() + ")");
        }
        List<CountyCode> members = scope instanceof CountyCode code ? List.of(code) : new ArrayList<>(erosionKm2.keySet());
        int paths = erosionKm2.values().iterator().next().length;
        double land = members.stream().mapToDouble(landKm2::get).sum();
        double[] rates = new double[paths];
        for (int p = 0; p < paths; p++) {
            double erosion = 0;
            for (CountyCode code : members) {
                erosion += erosionKm2.get(code)[p][h - 1];
            }
            rates[p] = 100 * (land - erosion) / land;
        }
        return rates;
    }

    /** The share of paths on which the unit's rate in {@code year} is at least {@code targetPct}. */
    public double probabilityAtLeast(Scope scope, int year, double targetPct) {
        double[] rates = ratePaths(scope, year);
        return Arrays.stream(rates).filter(r -> r >= targetPct).count() / (double) rates.length;
    }
}

package org.swcplan.model.outlook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.swcplan.model.forecast.interval.Quantiles;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;

/**
 * Forecasts of every county and of the city to a horizon year, and the joint sample paths they
 * come from: path p of the city is the sum of path p of every county, so the city is coherent
 * with its counties by construction, and probabilities of reaching a target come from the paths.
 * Every projection of the tool is one of these: the business-as-usual forecast, or that forecast
 * with a plan's effect applied to its paths ({@link #withErosion}).
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

    private RegionOutlook(String method, long seed, int lastObservedYear, List<UnitForecast> counties,
                          UnitForecast city, Map<CountyCode, double[][]> erosionKm2, Map<CountyCode, Double> landKm2) {
        this.method = method;
        this.seed = seed;
        this.lastObservedYear = lastObservedYear;
        this.counties = List.copyOf(counties);
        this.city = Objects.requireNonNull(city);
        this.erosionKm2 = new TreeMap<>(erosionKm2);
        this.landKm2 = new TreeMap<>(landKm2);
    }

    /**
     * The outlook of erosion paths: each unit's median and intervals are the quantiles of its
     * paths' rates.
     *
     * @param units      each county (in order) and last the city, whose points are replaced
     * @param erosionKm2 erosion[county][path][h − 1], km², for the counties of {@code units}
     */
    static RegionOutlook of(String method, long seed, int lastObservedYear, List<UnitForecast> units,
                            Map<CountyCode, double[][]> erosionKm2, Map<CountyCode, Double> landKm2) {
        List<UnitForecast> counties = new ArrayList<>();
        int paths = erosionKm2.values().iterator().next().length;
        int horizon = erosionKm2.values().iterator().next()[0].length;
        for (UnitForecast u : units.subList(0, units.size() - 1)) {
            CountyCode code = (CountyCode) u.unit();
            double land = landKm2.get(code);
            double[][] km2 = erosionKm2.get(code);
            double[][] rates = new double[horizon][paths];
            for (int p = 0; p < paths; p++) {
                for (int h = 0; h < horizon; h++) {
                    rates[h][p] = 100 * (land - km2[p][h]) / land;
                }
            }
            counties.add(withPoints(u, points(lastObservedYear, rates)));
        }
        double totalLand = landKm2.values().stream().mapToDouble(Double::doubleValue).sum();
        double[][] rates = new double[horizon][paths];
        for (int p = 0; p < paths; p++) {
            for (int h = 0; h < horizon; h++) {
                double sum = 0;
                for (double[][] county : erosionKm2.values()) {
                    sum += county[p][h];
                }
                rates[h][p] = 100 * (totalLand - sum) / totalLand;
            }
        }
        UnitForecast city = withPoints(units.get(units.size() - 1), points(lastObservedYear, rates));
        return new RegionOutlook(method, seed, lastObservedYear, counties, city, erosionKm2, landKm2);
    }

    /**
     * This outlook with each county's erosion on each path changed: {@code change.apply(code,
     * paths)} gives the new erosion[path][h − 1] of a county from its current paths (kept within 0
     * and the county's land).
     */
    public RegionOutlook withErosion(BiFunction<CountyCode, double[][], double[][]> change) {
        Map<CountyCode, double[][]> changed = new LinkedHashMap<>();
        for (Map.Entry<CountyCode, double[][]> e : erosionKm2.entrySet()) {
            double land = landKm2.get(e.getKey());
            double[][] paths = change.apply(e.getKey(), copy(e.getValue()));
            for (double[] path : paths) {
                for (int h = 0; h < path.length; h++) {
                    path[h] = Math.max(0, Math.min(land, path[h]));
                }
            }
            changed.put(e.getKey(), paths);
        }
        return of(method, seed, lastObservedYear, units(), changed, landKm2);
    }

    private static UnitForecast withPoints(UnitForecast u, List<ForecastPoint> points) {
        return new UnitForecast(u.unit(), u.nameZh(), u.nameEn(), u.method(), u.lastObservedYear(),
                u.lastObservedRatePct(), points);
    }

    /** Median and intervals per year from rates[h − 1][path]. */
    private static List<ForecastPoint> points(int last, double[][] rates) {
        List<ForecastPoint> points = new ArrayList<>();
        for (int h = 1; h <= rates.length; h++) {
            double[] sorted = rates[h - 1].clone();
            Arrays.sort(sorted);
            points.add(new ForecastPoint(last + h, Quantiles.of(sorted, 0.5), Quantiles.of(sorted, 0.10),
                    Quantiles.of(sorted, 0.90), Quantiles.of(sorted, 0.025), Quantiles.of(sorted, 0.975)));
        }
        return points;
    }

    private static double[][] copy(double[][] values) {
        return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
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

    /** The number of sample paths. */
    public int paths() {
        return erosionKm2.values().iterator().next().length;
    }

    /** The land area a county's rates are measured on, km² (its latest). */
    public double landKm2(CountyCode county) {
        return Objects.requireNonNull(landKm2.get(county), () -> "no county " + county);
    }

    /** The land area of a unit (a county, or the city: all counties), km². */
    public double landKm2(Scope scope) {
        return members(scope).stream().mapToDouble(landKm2::get).sum();
    }

    /** The counties a unit is made of: itself, or every county for the city. */
    public List<CountyCode> members(Scope scope) {
        return scope instanceof CountyCode code ? List.of(code) : new ArrayList<>(erosionKm2.keySet());
    }

    /** The simulated erosion of a unit in {@code year}, one per path, km². */
    public double[] erosionPaths(Scope scope, int year) {
        int h = horizonOf(year);
        double[] erosion = new double[paths()];
        for (CountyCode code : members(scope)) {
            double[][] county = erosionKm2.get(code);
            for (int p = 0; p < erosion.length; p++) {
                erosion[p] += county[p][h - 1];
            }
        }
        return erosion;
    }

    /** The simulated rates of a unit in {@code year}, one per path, percent. */
    public double[] ratePaths(Scope scope, int year) {
        double land = landKm2(scope);
        double[] erosion = erosionPaths(scope, year);
        double[] rates = new double[erosion.length];
        for (int p = 0; p < rates.length; p++) {
            rates[p] = 100 * (land - erosion[p]) / land;
        }
        return rates;
    }

    /** The share of paths on which the unit's rate in {@code year} is at least {@code targetPct}. */
    public double probabilityAtLeast(Scope scope, int year, double targetPct) {
        double[] rates = ratePaths(scope, year);
        return Arrays.stream(rates).filter(r -> r >= targetPct).count() / (double) rates.length;
    }

    private int horizonOf(int year) {
        int h = year - lastObservedYear;
        if (h < 1 || year > lastForecastYear()) {
            throw new IllegalArgumentException("year " + year + " is outside the forecast (" + (lastObservedYear + 1)
                    + "–" + lastForecastYear() + ")");
        }
        return h;
    }
}

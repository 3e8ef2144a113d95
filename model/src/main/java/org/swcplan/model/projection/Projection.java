package org.swcplan.model.projection;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.interval.Quantiles;
import org.swcplan.model.monitoring.SwcRate;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;

/**
 * The one projection model behind every command that looks ahead (forecast, gap, scenario,
 * allocate, chart, report, export).
 *
 * <p>Business as usual is the statistical forecast ({@link RegionForecaster}): it already carries
 * each county's recent treatment pace ({@link BauPace}), sample paths and all. A plan acts on top
 * of it: treatment beyond that pace, x(y) = planned(y) − BAU, removes k · Σ x(y) km² of erosion by
 * year Y (each year's treatment counted in its year and kept), per county, on each sample path.
 * k is uncertain ({@link Effectiveness}): it is drawn per path, so intervals and probabilities
 * carry its spread. The draws are comonotone across counties (one standard normal deviate per path
 * for all): what is uncertain about k is mostly how effective treatment is everywhere (the national
 * range 0.3–0.5), not county by county, and moving together is the cautious assumption for the
 * city's interval. No extra treatment leaves the forecast exactly as it is.
 */
public final class Projection {
    /** Seeds the k draws apart from the forecast's own, so the forecast's paths stay the same. */
    private static final long K_STREAM = 0x6b5f647261777331L;

    private final RegionOutlook bau;
    private final Map<CountyCode, BauPace> paces;
    private final Map<CountyCode, Effectiveness> effectiveness;
    /** The standard normal deviate of k on each path, shared by all counties. */
    private final double[] kDeviates;

    private Projection(RegionOutlook bau, Map<CountyCode, BauPace> paces, Map<CountyCode, Effectiveness> effectiveness,
                       double[] kDeviates) {
        this.bau = bau;
        this.paces = paces;
        this.effectiveness = effectiveness;
        this.kDeviates = kDeviates;
    }

    /**
     * The business-as-usual forecast with {@code method} to {@code settings.toYear()}, every
     * county's BAU pace and k.
     *
     * @throws IllegalArgumentException where the forecast cannot be made (see {@link RegionForecaster})
     */
    public static Projection of(Dataset dataset, ForecastMethod method, RegionForecaster.Settings settings,
                                KSource kSource) {
        RegionOutlook outlook = RegionForecaster.forecast(dataset, method, settings);
        Map<CountyCode, BauPace> paces = new LinkedHashMap<>();
        Map<CountyCode, Effectiveness> ks = new LinkedHashMap<>();
        for (County county : dataset.counties()) {
            paces.put(county.code(), BauPace.of(dataset, county.code(), outlook.lastObservedYear()));
            ks.put(county.code(), Effectiveness.of(dataset, county.code(), kSource));
        }
        SplittableRandom random = new SplittableRandom(settings.seed() ^ K_STREAM);
        double[] deviates = new double[outlook.paths()];
        for (int p = 0; p < deviates.length; p++) {
            deviates[p] = gaussian(random);
        }
        return new Projection(outlook, paces, ks, deviates);
    }

    /** The business-as-usual forecast. */
    public RegionOutlook bau() {
        return bau;
    }

    public int lastObservedYear() {
        return bau.lastObservedYear();
    }

    public BauPace pace(CountyCode county) {
        return paces.get(county);
    }

    /** The BAU pace of a unit: the county's, or the sum over the city's counties, km²/a. */
    public double paceKm2PerYear(Scope unit) {
        return bau.members(unit).stream().mapToDouble(c -> paces.get(c).km2PerYear()).sum();
    }

    public Effectiveness effectiveness(CountyCode county) {
        return effectiveness.get(county);
    }

    /** k of each path for a county. */
    public double[] kPaths(CountyCode county) {
        Effectiveness k = effectiveness.get(county);
        return Arrays.stream(kDeviates).map(k::atDeviate).toArray();
    }

    /**
     * k of each path for a unit: the county's, or for the city the counties' k weighted by their
     * median BAU erosion in {@code year} (where extra treatment has most to remove).
     */
    public double[] kPaths(Scope unit, int year) {
        List<CountyCode> members = bau.members(unit);
        if (members.size() == 1) {
            return kPaths(members.get(0));
        }
        double[] weights = members.stream().mapToDouble(c -> median(bau.erosionPaths(c, year))).toArray();
        double total = Arrays.stream(weights).sum();
        double[] k = new double[kDeviates.length];
        for (int p = 0; p < k.length; p++) {
            for (int i = 0; i < members.size(); i++) {
                double w = total > 0 ? weights[i] / total : 1.0 / members.size();
                k[p] += w * effectiveness.get(members.get(i)).atDeviate(kDeviates[p]);
            }
        }
        return k;
    }

    /**
     * A unit's k at its p-quantile: the county's, or for the city the erosion-weighted mean of the
     * counties' p-quantiles (exact, as the draws are comonotone).
     */
    public double kQuantile(Scope unit, int year, double p) {
        List<CountyCode> members = bau.members(unit);
        if (members.size() == 1) {
            return effectiveness.get(members.get(0)).quantile(p);
        }
        double[] weights = members.stream().mapToDouble(c -> median(bau.erosionPaths(c, year))).toArray();
        double total = Arrays.stream(weights).sum();
        double k = 0;
        for (int i = 0; i < members.size(); i++) {
            double w = total > 0 ? weights[i] / total : 1.0 / members.size();
            k += w * effectiveness.get(members.get(i)).quantile(p);
        }
        return k;
    }

    /**
     * The outlook under a plan: {@code extraKm2[h − 1]} per county is the treatment beyond its BAU
     * pace in year lastObserved + h (negative: less than BAU); counties absent keep BAU.
     */
    public RegionOutlook withExtraTreatment(Map<CountyCode, double[]> extraKm2) {
        return bau.withErosion((county, paths) -> {
            double[] extra = extraKm2.get(county);
            if (extra == null) {
                return paths;
            }
            double[] k = kPaths(county);
            for (int p = 0; p < paths.length; p++) {
                double cumulative = 0;
                for (int h = 0; h < paths[p].length; h++) {
                    cumulative += h < extra.length ? extra[h] : 0;
                    paths[p][h] -= k[p] * cumulative;
                }
            }
            return paths;
        });
    }

    /**
     * The treatment a unit needs beyond its BAU pace, every year from the year after the last
     * observation to {@code milestone}, for the median of its rate to reach {@code targetPct}.
     */
    public AdditionalNeed additionalNeed(Scope unit, int milestone, double targetPct) {
        return additionalNeed(unit, milestone, targetPct, AdditionalNeed.MEDIAN);
    }

    /**
     * The treatment a unit needs beyond its BAU pace, every year from the year after the last
     * observation to {@code milestone}, for its rate to reach {@code targetPct} with probability
     * {@code probability}: searched on the projection's own paths, k drawn per path. The k band
     * repeats it with k fixed at its 90th and 10th percentile.
     *
     * @param probability the chance of reaching the target asked for, 0–1 (0.5: the median reaches it)
     */
    public AdditionalNeed additionalNeed(Scope unit, int milestone, double targetPct, double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("the probability of reaching a target must be within 0–1 (exclusive), was "
                    + probability);
        }
        int years = milestone - lastObservedYear();
        double allowed = SwcRate.allowedErosionKm2(bau.landKm2(unit), targetPct);
        double[] erosion = bau.erosionPaths(unit, milestone);
        double[] k = kPaths(unit, milestone);
        double central = solve(erosion, k, allowed, years, probability);
        double kLow = kQuantile(unit, milestone, 0.10);
        double kHigh = kQuantile(unit, milestone, 0.90);
        double excess = Math.max(0, quantile(erosion, probability) - allowed);
        return new AdditionalNeed(central, excess / (kHigh * years), excess / (kLow * years), kLow, kHigh, years,
                probability);
    }

    /**
     * The least x ≥ 0 such that the {@code probability}-quantile over paths of erosion − k · x · years
     * is at most {@code allowed} (so that at least that share of paths reach the target), by bisection:
     * every path's erosion falls as x grows, and so does every quantile.
     */
    static double solve(double[] erosion, double[] k, double allowed, int years, double probability) {
        if (quantile(erosion, probability) <= allowed) {
            return 0;
        }
        double minK = Arrays.stream(k).min().orElseThrow();
        double lo = 0;
        double hi = Arrays.stream(erosion).max().orElseThrow() / (minK * years);
        double[] shifted = new double[erosion.length];
        for (int iteration = 0; iteration < 60; iteration++) {
            double mid = (lo + hi) / 2;
            for (int p = 0; p < erosion.length; p++) {
                shifted[p] = Math.max(0, erosion[p] - k[p] * mid * years);
            }
            if (quantile(shifted, probability) <= allowed) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Quantiles.of(sorted, p);
    }

    static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}

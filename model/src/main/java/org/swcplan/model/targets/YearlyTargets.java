package org.swcplan.model.targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.interval.Quantiles;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentLedger;

/**
 * Yearly responsibility targets: for every county and year from the one after the last
 * observation to the last milestone, the 水土保持率 on the path that meets each milestone in
 * turn, the new treatment that path takes, and the 治理度 on its way to the city's 治理度 target.
 *
 * <p>Milestone targets: see {@link CountyTargets}. The rate path is piecewise linear: from the last
 * observed rate to the first milestone target, then from each milestone target to the next, so a
 * milestone that asks for more per year after an earlier one shows as a larger yearly gain.
 *
 * <p>Treatment through the one projection model ({@link Projection}): business as usual (the
 * statistical forecast, which carries the county's drift and its current treatment pace) less k ×
 * the cumulative treatment beyond that pace, on every sample path with k drawn per path. For each
 * year the least cumulative extra treatment is found at which the median erosion over the paths is
 * at most the erosion the path allows; the year's treatment is the BAU pace plus that cumulative
 * extra's increase. Treatment done stays done, so the cumulative extra never falls and the year's
 * treatment is never below the BAU pace (where the forecast runs ahead of the path the pace alone
 * is shown). Without drift and with a sure k this is land × gain / 100 / k a year.
 *
 * <p>治理度 path: from each county's cumulative treated share of its baseline stock in the last year,
 * linear to the city's 治理度 target in its target year (applied to every county's own stock, as the
 * gap report does), then level; a county already past a target keeps its share. The treatment it
 * takes is stock × the year's gain / 100. The year's required treatment is the larger of the two
 * needs, since the same new treatment counts for both.
 */
public final class YearlyTargets {
    private static final int BISECTIONS = 60;
    /** The bisection stops when the cumulative extra treatment is known to this many km². */
    static final double TOLERANCE_KM2 = 1e-6;

    private YearlyTargets() {
    }

    /**
     * The year the paths end in: the last city 水土保持率 milestone after the latest year with data
     * for every county (the projection must reach it).
     *
     * @throws IllegalArgumentException when there is no such year or no such milestone
     */
    public static int lastMilestone(Dataset dataset) {
        int last = dataset.requireLatestCompleteYear();
        return ahead(dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT), last).stream().mapToInt(Target::year)
                .max().orElseThrow(() -> new IllegalArgumentException("targets.csv has no city 水土保持率 target after "
                        + last));
    }

    /**
     * @param projection business as usual reaching at least the last milestone
     * @throws IllegalArgumentException when there is no city 水土保持率 target after the last observed
     *                                  year, or the projection does not reach the last one
     */
    public static TargetPlan plan(Dataset dataset, Projection projection, CountyTargetRule rule) {
        RegionOutlook bau = projection.bau();
        int last = bau.lastObservedYear();
        List<Target> cityTargets = ahead(dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT), last);
        if (cityTargets.isEmpty()) {
            throw new IllegalArgumentException("targets.csv has no city 水土保持率 target after " + last);
        }
        int end = cityTargets.get(cityTargets.size() - 1).year();
        if (end > bau.lastForecastYear()) {
            throw new IllegalArgumentException("the projection ends in " + bau.lastForecastYear() + ", before the "
                    + end + " milestone");
        }
        List<County> counties = dataset.counties();
        Map<CountyCode, Double> lastRate = new LinkedHashMap<>();
        for (County county : counties) {
            lastRate.put(county.code(), dataset.record(county.code(), last).map(AnnualRecord::swcRatePct).orElseThrow(
                    () -> new IllegalArgumentException("no " + last + " monitoring for " + county.nameZh())));
        }

        List<MilestoneTarget> countyTargets = new ArrayList<>();
        List<MilestoneCheck> checks = new ArrayList<>();
        Map<CountyCode, double[]> milestonesOf = new LinkedHashMap<>();
        Map<CountyCode, Double> previous = new LinkedHashMap<>(lastRate);
        for (int m = 0; m < cityTargets.size(); m++) {
            Target city = cityTargets.get(m);
            List<CountyTargets.Input> inputs = new ArrayList<>();
            Map<CountyCode, Double> given = new LinkedHashMap<>();
            for (County county : counties) {
                CountyCode code = county.code();
                inputs.add(new CountyTargets.Input(code, bau.landKm2(code), lastRate.get(code),
                        Math.max(lastRate.get(code), previous.get(code)), dataset.parameters(code).maxRatePct()));
                if (rule == CountyTargetRule.TARGETS_CSV) {
                    own(dataset, code, city.year()).ifPresent(v -> given.put(code, v));
                }
            }
            CountyTargets.Split split = CountyTargets.split(inputs, given, city.year(), city.value());
            checks.add(split.check());
            for (County county : counties) {
                MilestoneTarget target = split.targets().get(county.code());
                countyTargets.add(target);
                previous.put(county.code(), target.ratePct());
                milestonesOf.computeIfAbsent(county.code(), c -> new double[cityTargets.size()])[m] = target.ratePct();
            }
        }
        countyTargets.sort((a, b) -> a.unit().id().compareTo(b.unit().id()));

        List<Target> degreeTargets = ahead(dataset.targets(Scope.CITY, TargetIndicator.TREATMENT_DEGREE_PCT), last);
        boolean degrees = !degreeTargets.isEmpty() && counties.stream()
                .allMatch(c -> dataset.baseline(c.code()).map(b -> b.baselineErosionKm2() > 0).orElse(false));
        List<YearTarget> rows = new ArrayList<>();
        Map<Integer, List<YearTarget>> byYear = new TreeMap<>();
        Map<CountyCode, Double> stocks = new LinkedHashMap<>();
        for (County county : counties) {
            CountyCode code = county.code();
            double[] degree = null;
            if (degrees) {
                Baseline baseline = dataset.baseline(code).orElseThrow();
                double treated = TreatmentLedger.cumulativeKm2(baseline, dataset.treatmentOf(code), last)
                        .orElse(baseline.treatedCumKm2());
                stocks.put(code, baseline.baselineErosionKm2());
                degree = degreePath(treated / baseline.baselineErosionKm2() * 100, degreeTargets, last, end);
            }
            List<YearTarget> years = countyRows(county, projection, cityTargets, milestonesOf.get(code),
                    countyTargets, lastRate.get(code), degree, degrees ? stocks.get(code) : Double.NaN, end);
            rows.addAll(years);
            years.forEach(y -> byYear.computeIfAbsent(y.year(), k -> new ArrayList<>()).add(y));
        }
        double previousCity = StandingAnalysis.of(dataset, last).city().swcRatePct();
        for (Map.Entry<Integer, List<YearTarget>> year : byYear.entrySet()) {
            YearTarget row = cityRow(bau, year.getKey(), year.getValue(), cityTargets, previousCity, stocks);
            rows.add(row);
            previousCity = row.ratePct();
        }
        return new TargetPlan(last, rule, projection.effectiveness(counties.get(0).code()).source(),
                countyTargets, checks, degrees ? degreeTargets : List.of(), rows);
    }

    private static List<YearTarget> countyRows(County county, Projection projection, List<Target> cityTargets,
                                               double[] milestoneRates, List<MilestoneTarget> countyTargets,
                                               double lastRate, double[] degree, double stock, int end) {
        RegionOutlook bau = projection.bau();
        CountyCode code = county.code();
        int last = bau.lastObservedYear();
        double land = bau.landKm2(code);
        double[] k = projection.kPaths(code);
        double pace = projection.pace(code).km2PerYear();
        double meanK = projection.effectiveness(code).meanK();
        List<YearTarget> rows = new ArrayList<>();
        double cumulativeExtra = 0;
        double previousRate = lastRate;
        for (int year = last + 1; year <= end; year++) {
            int m = milestoneIndex(cityTargets, year);
            int fromYear = m == 0 ? last : cityTargets.get(m - 1).year();
            double from = m == 0 ? lastRate : milestoneRates[m - 1];
            int toYear = cityTargets.get(m).year();
            double rate = from + (milestoneRates[m] - from) * (year - fromYear) / (toYear - fromYear);
            double allowed = land * (1 - rate / 100);
            double needed = Math.max(cumulativeExtra, cumulativeExtra(bau.erosionPaths(code, year), k, allowed));
            double extra = needed - cumulativeExtra;
            cumulativeExtra = needed;
            double degreePct = degree == null ? Double.NaN : degree[year - last];
            double degreeTreatment = degree == null ? Double.NaN
                    : stock * (degree[year - last] - degree[year - last - 1]) / 100;
            double treatment = pace + extra;
            TargetSource source = source(countyTargets, code, toYear);
            rows.add(new YearTarget(code, county.nameZh(), county.nameEn(), year, toYear, milestoneRates[m], source, rate,
                    rate - previousRate, allowed, land * (rate - previousRate) / 100, treatment, pace, extra,
                    bau.unit(code).at(year).medianPct(), meanK, degreePct, degreeTreatment,
                    Double.isNaN(degreeTreatment) ? treatment : Math.max(treatment, degreeTreatment)));
            previousRate = rate;
        }
        return rows;
    }

    /** The city's row of a year: sums of the county rows, rates recomputed from the sums. */
    private static YearTarget cityRow(RegionOutlook bau, int year, List<YearTarget> counties, List<Target> cityTargets,
                                      double previousRate, Map<CountyCode, Double> stocks) {
        double land = bau.landKm2(Scope.CITY);
        double erosion = sum(counties, YearTarget::erosionKm2);
        double rate = (land - erosion) / land * 100;
        Target milestone = cityTargets.get(milestoneIndex(cityTargets, year));
        double degree = Double.NaN;
        double degreeTreatment = Double.NaN;
        if (!stocks.isEmpty()) {
            double treated = counties.stream()
                    .mapToDouble(c -> stocks.get((CountyCode) c.unit()) * c.treatmentDegreePct() / 100).sum();
            degree = treated / stocks.values().stream().mapToDouble(Double::doubleValue).sum() * 100;
            degreeTreatment = sum(counties, YearTarget::degreeTreatmentKm2);
        }
        return new YearTarget(Scope.CITY, StandingAnalysis.CITY_NAME_ZH, StandingAnalysis.CITY_NAME_EN, year,
                milestone.year(), milestone.value(), TargetSource.TARGETS_CSV, rate, rate - previousRate, erosion,
                land * (rate - previousRate) / 100, sum(counties, YearTarget::treatmentKm2),
                sum(counties, YearTarget::bauPaceKm2), sum(counties, YearTarget::extraTreatmentKm2),
                bau.city().at(year).medianPct(), Double.NaN, degree, degreeTreatment,
                sum(counties, YearTarget::requiredTreatmentKm2));
    }

    /**
     * The least cumulative extra treatment x ≥ 0 at which the median over the paths of
     * max(0, erosion − k · x) is at most {@code allowedKm2}, by bisection (the median falls as x
     * grows) to within {@link #TOLERANCE_KM2} of treatment.
     */
    static double cumulativeExtra(double[] erosionKm2, double[] k, double allowedKm2) {
        double[] scratch = new double[erosionKm2.length];
        if (median(erosionKm2, scratch) <= allowedKm2) {
            return 0;
        }
        double lo = 0;
        // beyond the largest of the paths' own thresholds every path is within the allowed erosion
        double hi = 0;
        for (int p = 0; p < erosionKm2.length; p++) {
            hi = Math.max(hi, (erosionKm2[p] - allowedKm2) / k[p]);
        }
        double[] shifted = new double[erosionKm2.length];
        for (int i = 0; i < BISECTIONS && hi - lo > TOLERANCE_KM2; i++) {
            double mid = (lo + hi) / 2;
            for (int p = 0; p < shifted.length; p++) {
                shifted[p] = Math.max(0, erosionKm2[p] - k[p] * mid);
            }
            if (median(shifted, scratch) <= allowedKm2) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /**
     * The median as R's type-7 quantile ({@link Quantiles}), by selection rather than a full sort:
     * the bisection takes a median some 30 times for every county and year.
     */
    static double median(double[] values, double[] scratch) {
        int n = values.length;
        System.arraycopy(values, 0, scratch, 0, n);
        int k = (n - 1) / 2;
        Quantiles.select(scratch, k);
        if (n % 2 == 1) {
            return scratch[k];
        }
        double next = Double.POSITIVE_INFINITY;
        for (int i = k + 1; i < n; i++) {
            next = Math.min(next, scratch[i]);
        }
        return scratch[k] == next ? next : scratch[k] + 0.5 * (next - scratch[k]);
    }

    /**
     * 治理度 a year, index 0 the last observed year: linear from {@code startPct} to each target in
     * turn, then level; never below where it already is (treated area does not shrink).
     */
    static double[] degreePath(double startPct, List<Target> targets, int last, int end) {
        double[] path = new double[end - last + 1];
        path[0] = startPct;
        for (int year = last + 1; year <= end; year++) {
            double value = path[year - last - 1];
            int fromYear = last;
            double from = startPct;
            for (Target t : targets) {
                if (year <= t.year()) {
                    value = from + (Math.max(from, t.value()) - from) * (year - fromYear) / (t.year() - fromYear);
                    break;
                }
                from = Math.max(from, t.value());
                fromYear = t.year();
                value = from;
            }
            path[year - last] = Math.max(path[year - last - 1], value);
        }
        return path;
    }

    /** Targets after {@code last}, by year. */
    private static List<Target> ahead(List<Target> targets, int last) {
        return targets.stream().filter(t -> t.year() > last).sorted((a, b) -> Integer.compare(a.year(), b.year()))
                .toList();
    }

    private static OptionalDouble own(Dataset dataset, CountyCode code, int year) {
        return dataset.targets(code, TargetIndicator.SWC_RATE_PCT).stream().filter(t -> t.year() == year)
                .mapToDouble(Target::value).findFirst();
    }

    /** The index of the first milestone not before {@code year}. */
    private static int milestoneIndex(List<Target> milestones, int year) {
        for (int m = 0; m < milestones.size(); m++) {
            if (year <= milestones.get(m).year()) {
                return m;
            }
        }
        throw new IllegalArgumentException(year + " lies after the last milestone");
    }

    private static TargetSource source(List<MilestoneTarget> targets, CountyCode code, int year) {
        return targets.stream().filter(t -> t.unit().equals(code) && t.year() == year).findFirst().orElseThrow()
                .source();
    }

    private static double sum(List<YearTarget> rows, ToDoubleFunction<YearTarget> value) {
        return rows.stream().mapToDouble(value).sum();
    }

}

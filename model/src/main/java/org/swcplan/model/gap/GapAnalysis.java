package org.swcplan.model.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.TheilSen;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.monitoring.LandErosion;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.projection.AdditionalNeed;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;

/**
 * Where each county and the city stand against each milestone of the plan: the gap between target
 * and forecast, the chance of reaching it, the pace required against the pace observed, and the
 * treatment that closing the gap takes.
 */
public final class GapAnalysis {
    /**
     * The observed gain is the robust (Theil–Sen) slope of the rate over the years observed within
     * this many latest years.
     */
    public static final int TREND_YEARS = 5;
    /** The observed pace of new treatment is the mean of this many latest years. */
    public static final int TREATMENT_PACE_YEARS = 3;

    private GapAnalysis() {
    }

    /** The milestone years of the city's rate targets, ascending. */
    public static List<Integer> milestones(Dataset dataset) {
        return dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT).stream().map(Target::year).sorted().toList();
    }

    /** The milestones still ahead, to forecast: after the latest year with data for every county. */
    public static List<Integer> upcomingMilestones(Dataset dataset) {
        int last = dataset.latestCompleteYear().orElse(Integer.MAX_VALUE);
        return milestones(dataset).stream().filter(y -> y > last).toList();
    }

    /** The milestones passed, to assess: years up to the latest complete one in which every county was monitored. */
    public static List<Integer> passedMilestones(Dataset dataset) {
        int last = dataset.latestCompleteYear().orElse(Integer.MIN_VALUE);
        return milestones(dataset).stream().filter(y -> y <= last && dataset.isComplete(y)).toList();
    }

    /** Every milestone the gap report covers: the passed ones it assesses and the ones ahead it forecasts. */
    public static List<Integer> reportedMilestones(Dataset dataset) {
        List<Integer> all = new ArrayList<>(passedMilestones(dataset));
        all.addAll(upcomingMilestones(dataset));
        return List.copyOf(all);
    }

    /** The projection reaching the last of some milestones, and the gap rows at each of them. */
    public record Study(Projection projection, List<GapRow> rows) {
        public Study {
            rows = List.copyOf(rows);
        }

        /** The business-as-usual forecast. */
        public RegionOutlook outlook() {
            return projection.bau();
        }
    }

    /** {@link #study(Dataset, ForecastMethod, long, KSource, List, VerdictThresholds)} with the default thresholds. */
    public static Study study(Dataset dataset, ForecastMethod method, long seed, KSource kSource,
                              List<Integer> milestones) {
        return study(dataset, method, seed, kSource, milestones, VerdictThresholds.DEFAULT);
    }

    /**
     * Forecasts to the last of {@code milestones} (the default number of paths; at least a year) and
     * measures the gaps at each: passed milestones assessed, the others forecast.
     *
     * @throws IllegalArgumentException when there is no milestone, or one can be neither assessed nor forecast
     */
    public static Study study(Dataset dataset, ForecastMethod method, long seed, KSource kSource,
                              List<Integer> milestones, VerdictThresholds thresholds) {
        if (milestones.isEmpty()) {
            throw new IllegalArgumentException("targets.csv has no city 水土保持率 target to assess or forecast");
        }
        int toYear = Math.max(milestones.stream().mapToInt(Integer::intValue).max().orElseThrow(),
                dataset.requireLatestCompleteYear() + 1);
        Projection projection = Projection.of(dataset, method, new RegionForecaster.Settings(toYear,
                RegionForecaster.Settings.DEFAULT_PATHS, seed), kSource);
        return new Study(projection, rate(dataset, projection, milestones, thresholds));
    }

    /** {@link #rate(Dataset, Projection, List, VerdictThresholds)} with the default thresholds. */
    public static List<GapRow> rate(Dataset dataset, Projection projection, List<Integer> milestones) {
        return rate(dataset, projection, milestones, VerdictThresholds.DEFAULT);
    }

    /**
     * One row per milestone and unit (counties in code order, then the city): a milestone up to the
     * last observation is assessed on the monitoring, a later one forecast.
     *
     * @param projection the projection reaching at least the last milestone
     * @throws IllegalArgumentException for a milestone without a city target, a passed one not
     *                                  monitored in every county, or one beyond the forecast
     */
    public static List<GapRow> rate(Dataset dataset, Projection projection, List<Integer> milestones,
                                    VerdictThresholds thresholds) {
        RegionOutlook outlook = projection.bau();
        List<TreatmentGapRow> treatment = treatment(dataset);
        List<GapRow> rows = new ArrayList<>();
        for (int milestone : milestones) {
            double cityTarget = cityTarget(dataset, milestone, TargetIndicator.SWC_RATE_PCT).orElseThrow(() ->
                    new IllegalArgumentException("no city 水土保持率 target for " + milestone + " in targets.csv"));
            if (milestone <= outlook.lastObservedYear()) {
                rows.addAll(PassedMilestones.assess(dataset, milestone, cityTarget));
                continue;
            }
            if (milestone > outlook.lastForecastYear()) {
                throw new IllegalArgumentException("milestone " + milestone + " is not within the forecast ("
                        + (outlook.lastObservedYear() + 1) + "–" + outlook.lastForecastYear() + ")");
            }
            rows.addAll(forecast(dataset, projection, milestone, cityTarget, treatment, thresholds));
        }
        return rows;
    }

    /** The rows of a milestone ahead: the counties, each against its own target (or the city's), then the city. */
    private static List<GapRow> forecast(Dataset dataset, Projection projection, int milestone, double cityTarget,
                                         List<TreatmentGapRow> treatment, VerdictThresholds thresholds) {
        RegionOutlook outlook = projection.bau();
        int last = outlook.lastObservedYear();
        List<GapRow> rows = new ArrayList<>();
        List<ReconciledNeed> countyNeeds = new ArrayList<>();
        for (County county : dataset.counties()) {
            OptionalDouble own = countyTarget(dataset, county.code(), milestone);
            double target = own.orElse(cityTarget);
            double unitCost = dataset.parameters(county.code()).unitCostWanPerKm2();
            AdditionalNeed median = projection.additionalNeed(county.code(), milestone, target);
            ReconciledNeed need = ReconciledNeed.ofCounty(projection.paceKm2PerYear(county.code()), median.km2PerYear(),
                    projection.additionalNeed(county.code(), milestone, target, ReconciledNeed.CAUTIOUS_P).km2PerYear(),
                    TreatmentDegreeGaps.needKm2PerYear(treatment, county.code(), milestone), unitCost);
            countyNeeds.add(need);
            rows.add(row(projection, outlook.unit(county.code()), milestone, target, own.isEmpty(),
                    lastAreas(dataset, county.code(), last), observedGain(dataset, county.code(), last), unitCost,
                    thresholds, median, need));
        }
        AdditionalNeed median = projection.additionalNeed(Scope.CITY, milestone, cityTarget);
        ReconciledNeed need = ReconciledNeed.ofCity(countyNeeds, projection.additionalNeed(Scope.CITY, milestone,
                cityTarget, ReconciledNeed.CAUTIOUS_P).km2PerYear());
        GapRow pooled = row(projection, outlook.city(), milestone, cityTarget, false,
                StandingAnalysis.of(dataset, last).city().areas(), observedGain(dataset, Scope.CITY, last),
                erosionWeighted(dataset, last, CountyParameters::unitCostWanPerKm2), thresholds, median, need);
        rows.add(summedOverCounties(pooled, List.copyOf(rows)));
        return rows;
    }

    /**
     * The city's row with its treatment needs and their costs the sums of its counties' (never a
     * pooled figure: one county's surplus treats none of another's erosion, and every figure of the
     * city then adds up with the counties' beside it). Its forecast, probability and status stay
     * the city's own.
     */
    private static GapRow summedOverCounties(GapRow city, List<GapRow> counties) {
        return new GapRow(city.unit(), city.nameZh(), city.milestone(), city.targetPct(), city.targetFromCity(),
                city.lastYear(), city.lastRatePct(), city.forecastPct(), city.lo80Pct(), city.hi80Pct(),
                city.probabilityOfReaching(), city.gapPp(), city.gapKm2(), city.requiredGainPpPerYear(),
                city.observedGainPpPerYear(), city.growthRatio(), sum(counties, GapRow::requiredTreatmentKm2PerYear),
                sum(counties, GapRow::requiredCostWanPerYear), city.status(), sum(counties, GapRow::bauTreatmentKm2PerYear),
                sum(counties, GapRow::additionalTreatmentKm2PerYear), sum(counties, GapRow::additionalAtHighKKm2PerYear),
                sum(counties, GapRow::additionalAtLowKKm2PerYear), city.kP10(), city.kP90(),
                sum(counties, GapRow::additionalCostWanPerYear), city.need());
    }

    private static double sum(List<GapRow> rows, ToDoubleFunction<GapRow> figure) {
        return rows.stream().mapToDouble(figure).sum();
    }

    /** A forecast row; {@code median} is the additional need for the median to reach the target. */
    private static GapRow row(Projection projection, UnitForecast forecast, int milestone, double target,
                              boolean fromCity, LandErosion last, double observedGain, double unitCost,
                              VerdictThresholds thresholds, AdditionalNeed median, ReconciledNeed need) {
        RegionOutlook outlook = projection.bau();
        int lastYear = outlook.lastObservedYear();
        int years = milestone - lastYear;
        double lastRate = last.swcRatePct();
        double forecastPct = forecast.at(milestone).medianPct();
        double probability = outlook.probabilityAtLeast(forecast.unit(), milestone, target);
        double gapPp = target - forecastPct;
        double requiredGain = (target - lastRate) / years;
        double ratio = requiredGain == 0 ? Double.NaN : observedGain / requiredGain;
        double bau = projection.paceKm2PerYear(forecast.unit());
        double treatment = bau + median.km2PerYear();
        return new GapRow(forecast.unit(), forecast.nameZh(), milestone, target, fromCity, lastYear, lastRate,
                forecastPct, forecast.at(milestone).lo80Pct(), forecast.at(milestone).hi80Pct(), probability, gapPp,
                last.landAreaKm2() * gapPp / 100, requiredGain, observedGain, ratio, treatment, treatment * unitCost,
                GapStatus.of(lastRate >= target, probability, forecastPct, lastRate, thresholds), bau,
                median.km2PerYear(), median.atHighKKm2PerYear(), median.atLowKKm2PerYear(), median.kP10(),
                median.kP90(), median.km2PerYear() * unitCost, need);
    }

    /**
     * The initial-treatment target (治理度, by default 100 % by 2030) of the city, applied to every
     * county's own stock. Empty when the dataset has no such target or no baselines.
     */
    public static List<TreatmentGapRow> treatment(Dataset dataset) {
        return TreatmentDegreeGaps.of(dataset);
    }

    /**
     * The Theil–Sen slope of the unit's rate over the years observed within its last
     * {@link #TREND_YEARS} years: a county's own monitored years, the city's years in which every
     * county was monitored. A one-off step moves it far less than a least-squares slope.
     */
    static double observedGain(Dataset dataset, Scope unit, int last) {
        List<Double> years = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (int year = last - TREND_YEARS + 1; year <= last; year++) {
            OptionalDouble rate = unit instanceof CountyCode code
                    ? dataset.record(code, year).map(r -> OptionalDouble.of(r.swcRatePct())).orElse(OptionalDouble.empty())
                    : dataset.isComplete(year) ? OptionalDouble.of(StandingAnalysis.of(dataset, year).city().swcRatePct())
                    : OptionalDouble.empty();
            if (rate.isPresent()) {
                years.add((double) year);
                rates.add(rate.getAsDouble());
            }
        }
        return TheilSen.slope(years.stream().mapToDouble(Double::doubleValue).toArray(),
                rates.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static LandErosion lastAreas(Dataset dataset, CountyCode code, int last) {
        return dataset.record(code, last).map(AnnualRecord::areas).orElseThrow();
    }

    static OptionalDouble countyTarget(Dataset dataset, CountyCode code, int year) {
        return dataset.targets(code, TargetIndicator.SWC_RATE_PCT).stream().filter(t -> t.year() == year)
                .mapToDouble(Target::value).findFirst();
    }

    private static Optional<Double> cityTarget(Dataset dataset, int year, TargetIndicator indicator) {
        return dataset.targets(Scope.CITY, indicator).stream().filter(t -> t.year() == year).map(Target::value).findFirst();
    }

    /** A county parameter averaged over the counties, weighted by their erosion area in {@code year}. */
    private static double erosionWeighted(Dataset dataset, int year,
                                          ToDoubleFunction<CountyParameters> parameter) {
        double weighted = 0;
        double total = 0;
        for (County county : dataset.counties()) {
            double erosion = dataset.record(county.code(), year).orElseThrow().erosionKm2();
            weighted += erosion * parameter.applyAsDouble(dataset.parameters(county.code()));
            total += erosion;
        }
        return total > 0 ? weighted / total : parameter.applyAsDouble(CountyParameters.defaults(
                dataset.counties().get(0).code()));
    }
}

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
import org.swcplan.model.treatment.Baseline;
import org.swcplan.model.treatment.TreatmentLedger;
import org.swcplan.model.treatment.TreatmentRecord;

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

    /** The milestones still ahead: after the latest year with data for every county. */
    public static List<Integer> upcomingMilestones(Dataset dataset) {
        int last = dataset.latestCompleteYear().orElse(Integer.MAX_VALUE);
        return milestones(dataset).stream().filter(y -> y > last).toList();
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

    /**
     * Forecasts to the last of {@code milestones} (the default number of paths) and measures the
     * gaps at each.
     *
     * @throws IllegalArgumentException when there is no milestone, or one lies outside the forecast
     */
    public static Study study(Dataset dataset, ForecastMethod method, long seed, KSource kSource,
                              List<Integer> milestones) {
        if (milestones.isEmpty()) {
            throw new IllegalArgumentException("targets.csv has no city 水土保持率 target after the last observed year");
        }
        Projection projection = Projection.of(dataset, method, new RegionForecaster.Settings(
                milestones.stream().mapToInt(Integer::intValue).max().orElseThrow(),
                RegionForecaster.Settings.DEFAULT_PATHS, seed), kSource);
        return new Study(projection, rate(dataset, projection, milestones));
    }

    /**
     * One row per milestone and unit (counties in code order, then the city).
     *
     * @param projection the projection reaching at least the last milestone
     * @throws IllegalArgumentException for a milestone without a city target or not after the last observation
     */
    public static List<GapRow> rate(Dataset dataset, Projection projection, List<Integer> milestones) {
        RegionOutlook outlook = projection.bau();
        List<GapRow> rows = new ArrayList<>();
        for (int milestone : milestones) {
            double cityTarget = cityTarget(dataset, milestone, TargetIndicator.SWC_RATE_PCT).orElseThrow(() ->
                    new IllegalArgumentException("no city 水土保持率 target for " + milestone + " in targets.csv"));
            if (milestone <= outlook.lastObservedYear() || milestone > outlook.lastForecastYear()) {
                throw new IllegalArgumentException("milestone " + milestone + " is not within the forecast ("
                        + (outlook.lastObservedYear() + 1) + "–" + outlook.lastForecastYear() + ")");
            }
            for (County county : dataset.counties()) {
                OptionalDouble own = countyTarget(dataset, county.code(), milestone);
                UnitForecast forecast = outlook.unit(county.code());
                CountyParameters p = dataset.parameters(county.code());
                rows.add(row(projection, forecast, milestone, own.orElse(cityTarget), own.isEmpty(),
                        lastAreas(dataset, county.code(), outlook.lastObservedYear()),
                        observedGain(dataset, county.code(), outlook.lastObservedYear()), p.unitCostWanPerKm2()));
            }
            LandErosion city = StandingAnalysis.of(dataset, outlook.lastObservedYear()).city().areas();
            rows.add(row(projection, outlook.city(), milestone, cityTarget, false, city,
                    observedGain(dataset, Scope.CITY, outlook.lastObservedYear()),
                    erosionWeighted(dataset, outlook.lastObservedYear(), CountyParameters::unitCostWanPerKm2)));
        }
        return rows;
    }

    private static GapRow row(Projection projection, UnitForecast forecast, int milestone, double target,
                              boolean fromCity, LandErosion last, double observedGain, double unitCost) {
        RegionOutlook outlook = projection.bau();
        int lastYear = outlook.lastObservedYear();
        int years = milestone - lastYear;
        double lastRate = last.swcRatePct();
        double median = forecast.at(milestone).medianPct();
        double gapPp = target - median;
        double requiredGain = (target - lastRate) / years;
        double ratio = requiredGain == 0 ? Double.NaN : observedGain / requiredGain;
        double bau = projection.paceKm2PerYear(forecast.unit());
        AdditionalNeed need = projection.additionalNeed(forecast.unit(), milestone, target);
        double treatment = bau + need.km2PerYear();
        return new GapRow(forecast.unit(), forecast.nameZh(), milestone, target, fromCity, lastYear, lastRate, median,
                forecast.at(milestone).lo80Pct(), forecast.at(milestone).hi80Pct(),
                outlook.probabilityAtLeast(forecast.unit(), milestone, target), gapPp,
                last.landAreaKm2() * gapPp / 100, requiredGain, observedGain, ratio, treatment, treatment * unitCost,
                GapStatus.of(lastRate >= target, ratio), bau, need.km2PerYear(), need.atHighKKm2PerYear(),
                need.atLowKKm2PerYear(), need.kP10(), need.kP90(), need.km2PerYear() * unitCost);
    }

    /**
     * The initial-treatment target (治理度, by default 100 % by 2030) of the city, applied to every
     * county's own stock. Empty when the dataset has no such target or no baselines.
     */
    public static List<TreatmentGapRow> treatment(Dataset dataset) {
        List<Target> targets = dataset.targets(Scope.CITY, TargetIndicator.TREATMENT_DEGREE_PCT);
        int last = dataset.latestCompleteYear().orElse(0);
        List<TreatmentGapRow> rows = new ArrayList<>();
        if (dataset.baselines().size() != dataset.counties().size()) {
            return rows;
        }
        for (Target target : targets) {
            if (target.year() <= last) {
                continue;
            }
            double cityStock = 0;
            double cityTreated = 0;
            double cityPace = 0;
            for (County county : dataset.counties()) {
                Baseline baseline = dataset.baseline(county.code()).orElseThrow();
                List<TreatmentRecord> records = dataset.treatmentOf(county.code());
                double treated = TreatmentLedger.cumulativeKm2(baseline, records, last).orElse(baseline.treatedCumKm2());
                double pace = treatmentPace(records, last);
                rows.add(treatmentRow(county.code(), county.nameZh(), target, last, baseline.baselineErosionKm2(), treated,
                        pace));
                cityStock += baseline.baselineErosionKm2();
                cityTreated += treated;
                cityPace += pace;
            }
            rows.add(treatmentRow(Scope.CITY, StandingAnalysis.CITY_NAME_ZH, target, last, cityStock, cityTreated, cityPace));
        }
        return rows;
    }

    private static TreatmentGapRow treatmentRow(Scope unit, String name, Target target, int last, double stock,
                                                double treated, double pace) {
        double goal = stock * target.value() / 100;
        double remaining = Math.max(0, goal - treated);
        double required = remaining / (target.year() - last);
        double ratio = required == 0 ? Double.NaN : pace / required;
        return new TreatmentGapRow(unit, name, target.year(), target.value(), last, stock, treated, treated / stock * 100,
                remaining, required, pace, ratio, GapStatus.of(treated >= goal, ratio));
    }

    private static double treatmentPace(List<TreatmentRecord> records, int last) {
        return records.stream().filter(r -> r.year() > last - TREATMENT_PACE_YEARS && r.year() <= last)
                .mapToDouble(TreatmentRecord::newTreatedKm2).sum() / TREATMENT_PACE_YEARS;
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

    private static OptionalDouble countyTarget(Dataset dataset, CountyCode code, int year) {
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

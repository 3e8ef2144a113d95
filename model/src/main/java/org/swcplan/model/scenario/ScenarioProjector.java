package org.swcplan.model.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.interval.Quantiles;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * Projects erosion and rates under a treatment plan with the treatment-driven model: each year a
 * county's erosion changes by its own drift minus k times the new treatment,
 * E(y) = E(y − 1) + drift − k · T(y). The drift is what the county's history shows without
 * treatment: the mean of ΔE + k · T over its observed years. Uncertainty has two parts, both
 * simulated along each path: the model's own residuals in those years, resampled jointly for all
 * counties (the same historical year for every county at each step) and accumulated; and the
 * uncertainty of each county's drift (its standard error) and of its k (the spread of the
 * history-based estimate, see {@link EffectivenessEstimate}), drawn once per path and county.
 */
public final class ScenarioProjector {
    private ScenarioProjector() {
    }

    /**
     * @param effectiveness the k of each county (its parameter, or a calibrated estimate)
     * @param toYear        last year projected
     */
    public record Settings(int toYear, int paths, long seed, Function<CountyCode, Double> effectiveness) {
    }

    /** A county's history in the model's terms, with the uncertainty of its drift and k. */
    private record History(County county, double landKm2, double lastErosionKm2, double k, double kSd, double drift,
                           double driftSe, double[] residuals) {
    }

    public static ScenarioResult project(Dataset dataset, List<PlannedTreatment> plan, Settings settings) {
        List<Integer> years = dataset.latestCompleteRun();
        int last = years.get(years.size() - 1);
        if (settings.toYear() <= last) {
            throw new IllegalArgumentException("the projection must end after the last observed year " + last);
        }
        int horizon = settings.toYear() - last;
        List<History> histories = new ArrayList<>();
        for (County county : dataset.counties()) {
            histories.add(history(dataset, county, years, settings.effectiveness().apply(county.code())));
        }
        int residualYears = histories.get(0).residuals().length;
        double[][][] erosion = new double[histories.size()][settings.paths() + 1][horizon];
        SplittableRandom random = new SplittableRandom(settings.seed());
        int[] drawn = new int[horizon];
        // path 0 is the central projection: no residuals, parameters at their estimates
        for (int p = 0; p <= settings.paths(); p++) {
            for (int h = 0; h < horizon; h++) {
                drawn[h] = p == 0 || residualYears == 0 ? -1 : random.nextInt(residualYears);
            }
            for (int c = 0; c < histories.size(); c++) {
                History hist = histories.get(c);
                double drift = hist.drift() + (p == 0 ? 0 : hist.driftSe() * gaussian(random));
                double k = Math.max(0.01, hist.k() + (p == 0 ? 0 : hist.kSd() * gaussian(random)));
                double e = hist.lastErosionKm2();
                for (int h = 0; h < horizon; h++) {
                    double treated = planned(plan, hist.county().code(), last + h + 1);
                    e += drift - k * treated + (drawn[h] < 0 ? 0 : hist.residuals()[drawn[h]]);
                    e = Math.max(0, Math.min(hist.landKm2(), e));
                    erosion[c][p][h] = e;
                }
            }
        }
        List<UnitScenario> counties = new ArrayList<>();
        double totalTreatment = 0;
        double totalCost = 0;
        for (int c = 0; c < histories.size(); c++) {
            History hist = histories.get(c);
            double unitCost = dataset.parameters(hist.county().code()).unitCostWanPerKm2();
            double[] treatedByYear = new double[horizon];
            double[] costByYear = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                treatedByYear[h] = planned(plan, hist.county().code(), last + h + 1);
                costByYear[h] = treatedByYear[h] * unitCost;
                totalTreatment += treatedByYear[h];
                totalCost += costByYear[h];
            }
            counties.add(unit(hist.county().code(), hist.county().nameZh(),
                    dataset.record(hist.county().code(), last).orElseThrow().swcRatePct(), hist.drift(), hist.k(),
                    last, new double[][][] {erosion[c]}, new double[] {hist.landKm2()}, treatedByYear, costByYear));
        }
        double[] lands = histories.stream().mapToDouble(History::landKm2).toArray();
        double[] cityTreated = new double[horizon];
        double[] cityCost = new double[horizon];
        for (UnitScenario u : counties) {
            for (int h = 0; h < horizon; h++) {
                cityTreated[h] += u.points().get(h).treatmentKm2();
                cityCost[h] += u.points().get(h).costWan();
            }
        }
        UnitScenario city = unit(Scope.CITY, StandingAnalysis.CITY_NAME_ZH,
                StandingAnalysis.of(dataset, last).city().swcRatePct(),
                histories.stream().mapToDouble(History::drift).sum(), Double.NaN, last, erosion, lands, cityTreated,
                cityCost);
        List<ScenarioResult.MilestoneGap> gaps = gaps(dataset, counties, city, erosion, lands, last, settings.toYear());
        return new ScenarioResult(last, counties, city, gaps, totalTreatment, totalCost, settings.seed());
    }

    private static History history(Dataset dataset, County county, List<Integer> years, double k) {
        List<Double> changes = new ArrayList<>();
        for (int year : years) {
            if (year == years.get(0)) {
                continue;
            }
            double delta = dataset.record(county.code(), year).orElseThrow().erosionKm2()
                    - dataset.record(county.code(), year - 1).orElseThrow().erosionKm2();
            double treated = dataset.treatmentOf(county.code()).stream().filter(t -> t.year() == year)
                    .mapToDouble(TreatmentRecord::newTreatedKm2).sum();
            changes.add(delta + k * treated);
        }
        double drift = changes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double[] residuals = changes.stream().mapToDouble(c -> c - drift).toArray();
        double sumSquares = Arrays.stream(residuals).map(r -> r * r).sum();
        double driftSe = residuals.length > 1 ? Math.sqrt(sumSquares / (residuals.length - 1) / residuals.length) : 0;
        AnnualRecord last = dataset.record(county.code(), years.get(years.size() - 1)).orElseThrow();
        double kSd = EffectivenessEstimate.of(dataset, county.code()).shrunkSd();
        return new History(county, last.landAreaKm2(), last.erosionKm2(), k, kSd, drift, driftSe, residuals);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double planned(List<PlannedTreatment> plan, CountyCode county, int year) {
        return plan.stream().filter(p -> p.county().equals(county) && p.year() == year)
                .mapToDouble(PlannedTreatment::km2).sum();
    }

    /**
     * The unit whose erosion is the sum of {@code erosion[member][path][h]} over members, on
     * {@code lands}; path 0 is the central projection.
     */
    private static UnitScenario unit(Scope scope, String name, double lastRate, double drift, double k, int last,
                                     double[][][] erosion, double[] lands, double[] treated, double[] cost) {
        double land = Arrays.stream(lands).sum();
        int paths = erosion[0].length - 1;
        int horizon = erosion[0][0].length;
        List<ScenarioPoint> points = new ArrayList<>();
        for (int h = 0; h < horizon; h++) {
            double[] rates = new double[paths];
            double central = 0;
            for (double[][] member : erosion) {
                central += member[0][h];
            }
            for (int p = 1; p <= paths; p++) {
                double sum = 0;
                for (double[][] member : erosion) {
                    sum += member[p][h];
                }
                rates[p - 1] = 100 * (land - sum) / land;
            }
            Arrays.sort(rates);
            points.add(new ScenarioPoint(last + h + 1, 100 * (land - central) / land, Quantiles.of(rates, 0.10),
                    Quantiles.of(rates, 0.90), Quantiles.of(rates, 0.025), Quantiles.of(rates, 0.975), central,
                    treated[h], cost[h]));
        }
        return new UnitScenario(scope, name, lastRate, drift, k, points);
    }

    private static List<ScenarioResult.MilestoneGap> gaps(Dataset dataset, List<UnitScenario> counties, UnitScenario city,
                                                          double[][][] erosion, double[] lands, int last, int toYear) {
        List<ScenarioResult.MilestoneGap> gaps = new ArrayList<>();
        for (Target cityTarget : dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT)) {
            int year = cityTarget.year();
            if (year <= last || year > toYear) {
                continue;
            }
            for (int c = 0; c < counties.size(); c++) {
                UnitScenario u = counties.get(c);
                double target = dataset.targets(u.unit(), TargetIndicator.SWC_RATE_PCT).stream()
                        .filter(t -> t.year() == year).mapToDouble(Target::value).findFirst().orElse(cityTarget.value());
                gaps.add(gap(u, year, target, new double[][][] {erosion[c]}, new double[] {lands[c]}, last));
            }
            gaps.add(gap(city, year, cityTarget.value(), erosion, lands, last));
        }
        return gaps;
    }

    private static ScenarioResult.MilestoneGap gap(UnitScenario u, int year, double target, double[][][] erosion,
                                                   double[] lands, int last) {
        double land = Arrays.stream(lands).sum();
        int h = year - last - 1;
        int paths = erosion[0].length - 1;
        int reached = 0;
        for (int p = 1; p <= paths; p++) {
            double sum = 0;
            for (double[][] member : erosion) {
                sum += member[p][h];
            }
            reached += 100 * (land - sum) / land >= target ? 1 : 0;
        }
        double projected = u.at(year).projectedPct();
        return new ScenarioResult.MilestoneGap(u.unit().id(), u.nameZh(), year, target, projected, target - projected,
                (double) reached / paths);
    }
}

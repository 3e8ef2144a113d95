package org.swcplan.model.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swcplan.model.Dataset;
import org.swcplan.model.outlook.ForecastPoint;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;

/**
 * A treatment plan through the one projection model ({@link Projection}): business as usual is
 * the statistical forecast, and the plan acts on top of it by k × its treatment beyond each
 * county's BAU pace, on every sample path. A county-year the plan does not list keeps the BAU pace;
 * a plan at BAU pace therefore reproduces the forecast, and a county-year planned at 0 loses the
 * effect of its BAU treatment.
 */
public final class ScenarioProjector {
    private ScenarioProjector() {
    }

    /**
     * @param projection the BAU forecast to the last year projected, with its k and BAU paces
     * @throws IllegalArgumentException for plan years not after the last observation or beyond
     *                                  the projection
     */
    public static ScenarioResult project(Dataset dataset, Projection projection, List<PlannedTreatment> plan) {
        RegionOutlook bau = projection.bau();
        int last = bau.lastObservedYear();
        int horizon = bau.lastForecastYear() - last;
        for (PlannedTreatment p : plan) {
            if (p.year() <= last || p.year() > bau.lastForecastYear()) {
                throw new IllegalArgumentException("the plan has treatment for " + p.year() + "; plans cover "
                        + (last + 1) + "–" + bau.lastForecastYear());
            }
        }
        Map<CountyCode, double[]> planned = new LinkedHashMap<>();
        Map<CountyCode, double[]> extra = new LinkedHashMap<>();
        for (County county : dataset.counties()) {
            double pace = projection.pace(county.code()).km2PerYear();
            double[] treated = new double[horizon];
            double[] beyond = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                int year = last + h;
                List<PlannedTreatment> listed = plan.stream()
                        .filter(p -> p.county().equals(county.code()) && p.year() == year).toList();
                treated[h - 1] = listed.isEmpty() ? pace : listed.stream().mapToDouble(PlannedTreatment::km2).sum();
                beyond[h - 1] = treated[h - 1] - pace;
            }
            planned.put(county.code(), treated);
            extra.put(county.code(), beyond);
        }
        RegionOutlook outlook = projection.withExtraTreatment(extra);
        List<UnitScenario> counties = new ArrayList<>();
        double[] cityTreated = new double[horizon];
        double[] cityCost = new double[horizon];
        double totalTreatment = 0;
        double totalCost = 0;
        for (County county : dataset.counties()) {
            double unitCost = dataset.parameters(county.code()).unitCostWanPerKm2();
            double[] treated = planned.get(county.code());
            double[] cost = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                cost[h] = treated[h] * unitCost;
                cityTreated[h] += treated[h];
                cityCost[h] += cost[h];
                totalTreatment += treated[h];
                totalCost += cost[h];
            }
            var k = projection.effectiveness(county.code());
            counties.add(unit(outlook, county.code(), projection.pace(county.code()).km2PerYear(), k.meanK(),
                    k.sdK(), treated, cost));
        }
        UnitScenario city = unit(outlook, Scope.CITY, projection.paceKm2PerYear(Scope.CITY), Double.NaN, Double.NaN,
                cityTreated, cityCost);
        return new ScenarioResult(last, counties, city, gaps(dataset, outlook), totalTreatment, totalCost,
                bau.seed(), bau.method());
    }

    private static UnitScenario unit(RegionOutlook outlook, Scope scope, double bauPace, double k, double kSd,
                                     double[] treated, double[] cost) {
        UnitForecast forecast = outlook.unit(scope);
        List<ScenarioPoint> points = new ArrayList<>();
        for (int h = 0; h < forecast.points().size(); h++) {
            ForecastPoint f = forecast.points().get(h);
            double erosion = outlook.landKm2(scope) * (100 - f.medianPct()) / 100;
            points.add(new ScenarioPoint(f.year(), f.medianPct(), f.lo80Pct(), f.hi80Pct(), f.lo95Pct(), f.hi95Pct(),
                    erosion, treated[h], treated[h] - bauPace, cost[h]));
        }
        return new UnitScenario(scope, forecast.nameZh(), forecast.lastObservedRatePct(), bauPace, k, kSd, points);
    }

    private static List<ScenarioResult.MilestoneGap> gaps(Dataset dataset, RegionOutlook outlook) {
        List<ScenarioResult.MilestoneGap> gaps = new ArrayList<>();
        for (Target cityTarget : dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT)) {
            int year = cityTarget.year();
            if (year <= outlook.lastObservedYear() || year > outlook.lastForecastYear()) {
                continue;
            }
            for (UnitForecast u : outlook.units()) {
                double target = u.unit() instanceof CountyCode code ? dataset.targets(code, TargetIndicator.SWC_RATE_PCT)
                        .stream().filter(t -> t.year() == year).mapToDouble(Target::value).findFirst()
                        .orElse(cityTarget.value()) : cityTarget.value();
                double projected = u.at(year).medianPct();
                gaps.add(new ScenarioResult.MilestoneGap(u.unit().id(), u.nameZh(), year, target, projected,
                        target - projected, outlook.probabilityAtLeast(u.unit(), year, target)));
            }
        }
        return gaps;
    }
}

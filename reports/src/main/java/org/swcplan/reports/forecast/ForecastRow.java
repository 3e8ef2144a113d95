package org.swcplan.reports.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.swcplan.model.Dataset;
import org.swcplan.model.outlook.ForecastPoint;
import org.swcplan.model.outlook.MonitoredPanel;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;

/**
 * One line of forecast output: a unit's rate in a year, forecast (median and intervals) or, with
 * method {@code observed}, as monitored (all five values equal).
 */
public record ForecastRow(Scope unit, String nameZh, int year, String method, double medianPct, double lo80Pct,
                          double hi80Pct, double lo95Pct, double hi95Pct) {
    public static final String OBSERVED = "observed";

    /**
     * The rows of the chosen units, each unit's observed years first (when asked for; years it was
     * not monitored left out) then its forecast years; units in code order with the city last.
     */
    public static List<ForecastRow> of(RegionOutlook outlook, Dataset dataset, Predicate<Scope> units,
                                       boolean withObserved) {
        List<ForecastRow> rows = new ArrayList<>();
        for (UnitForecast unit : outlook.units()) {
            if (!units.test(unit.unit())) {
                continue;
            }
            if (withObserved) {
                rows.addAll(observed(dataset, unit));
            }
            for (ForecastPoint p : unit.points()) {
                rows.add(new ForecastRow(unit.unit(), unit.nameZh(), p.year(), unit.method(), p.medianPct(),
                        p.lo80Pct(), p.hi80Pct(), p.lo95Pct(), p.hi95Pct()));
            }
        }
        return rows;
    }

    private static List<ForecastRow> observed(Dataset dataset, UnitForecast unit) {
        List<ForecastRow> rows = new ArrayList<>();
        for (int year : MonitoredPanel.of(dataset).observedYears(unit.unit())) {
            double rate = unit.unit() instanceof CountyCode code ? dataset.record(code, year).orElseThrow().swcRatePct()
                    : StandingAnalysis.of(dataset, year).city().swcRatePct();
            rows.add(new ForecastRow(unit.unit(), unit.nameZh(), year, OBSERVED, rate, rate, rate, rate, rate));
        }
        return rows;
    }
}

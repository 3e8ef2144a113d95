package org.swcplan.model.outlook;

/**
 * The forecast 水土保持率 of a unit in one year: median and the 80 % and 95 % intervals, percent.
 * lo95 ≤ lo80 ≤ median ≤ hi80 ≤ hi95, all within 0–100.
 */
public record ForecastPoint(int year, double medianPct, double lo80Pct, double hi80Pct, double lo95Pct,
                            double hi95Pct) {
    public ForecastPoint {
        if (!(lo95Pct <= lo80Pct && lo80Pct <= medianPct && medianPct <= hi80Pct && hi80Pct <= hi95Pct)) {
            throw new IllegalArgumentException("forecast quantiles out of order in " + year + ": " + lo95Pct + ", "
                    + lo80Pct + ", " + medianPct + ", " + hi80Pct + ", " + hi95Pct);
        }
        if (lo95Pct < 0 || hi95Pct > 100) {
            throw new IllegalArgumentException("forecast rates must be within 0–100 %, were " + lo95Pct + "–" + hi95Pct);
        }
    }
}

package org.swcplan.model.forecast.accuracy;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.forecast.TimeSeries;

/**
 * Turns short series into several backtest cases: each series cut at every origin that leaves
 * {@code horizon} values to hold out and at least {@code minTrain} to fit, named
 * {@code id@lastYear}.
 */
public final class RollingOrigins {
    private RollingOrigins() {
    }

    public static List<TimeSeries> expand(List<TimeSeries> series, int horizon, int minTrain) {
        List<TimeSeries> cases = new ArrayList<>();
        for (TimeSeries s : series) {
            for (int end = s.length(); end - horizon >= minTrain; end--) {
                cases.add(new TimeSeries(s.id() + "@" + (s.startYear() + end - 1), s.category(), s.startYear(),
                        s.head(end)));
            }
        }
        return cases;
    }
}

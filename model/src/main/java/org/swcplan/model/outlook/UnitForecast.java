package org.swcplan.model.outlook;

import java.util.List;
import java.util.Objects;
import org.swcplan.model.region.Scope;

/** The forecast path of one county or of the city, year by year after its last observation. */
public record UnitForecast(Scope unit, String nameZh, String nameEn, String method, int lastObservedYear,
                           double lastObservedRatePct, List<ForecastPoint> points) {
    public UnitForecast {
        Objects.requireNonNull(unit, "unit");
        points = List.copyOf(points);
    }

    /** The point for {@code year}, which must lie within the forecast horizon. */
    public ForecastPoint at(int year) {
        return points.stream().filter(p -> p.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no forecast for " + year));
    }
}

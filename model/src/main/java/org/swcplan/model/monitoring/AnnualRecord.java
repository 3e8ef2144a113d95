package org.swcplan.model.monitoring;

import java.util.Objects;
import java.util.OptionalDouble;
import org.swcplan.model.Checks;
import org.swcplan.model.region.CountyCode;

/**
 * One county's monitored land and erosion in one year (annual dynamic monitoring).
 *
 * @param landAreaKm2           land area of that year; bases are revised, so it is versioned by year
 * @param erosionByClass        water erosion by intensity class, km²
 * @param windErosionKm2        wind-erosion area, km² (zero in most of the Loess Plateau)
 * @param reportedRatePct       the 水土保持率 as published, when it was
 */
public record AnnualRecord(CountyCode county, int year, double landAreaKm2, ErosionByClass erosionByClass,
                           double windErosionKm2, OptionalDouble reportedRatePct, DataStatus status,
                           String source) {
    public AnnualRecord {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(erosionByClass, "erosionByClass");
        Objects.requireNonNull(reportedRatePct, "reportedRatePct");
        Objects.requireNonNull(status, "status");
        Checks.year("year", year);
        Checks.nonNegative("land_area_km2", landAreaKm2);
        Checks.nonNegative("erosion_wind_km2", windErosionKm2);
        if (landAreaKm2 == 0) {
            throw new IllegalArgumentException("land_area_km2 must be > 0, was 0");
        }
        double erosion = erosionByClass.totalKm2() + windErosionKm2;
        if (erosion > landAreaKm2) {
            throw new IllegalArgumentException("erosion area " + erosion + " km² exceeds land area " + landAreaKm2 + " km²");
        }
        reportedRatePct.ifPresent(r -> Checks.within("swc_rate_reported_pct", r, 0, 100));
        source = source == null ? "" : source;
    }

    public LandErosion areas() {
        return new LandErosion(landAreaKm2, erosionByClass, windErosionKm2);
    }

    /** Monitored erosion area, water and wind, km². */
    public double erosionKm2() {
        return areas().erosionKm2();
    }

    /** 水土保持率, percent. */
    public double swcRatePct() {
        return areas().swcRatePct();
    }
}

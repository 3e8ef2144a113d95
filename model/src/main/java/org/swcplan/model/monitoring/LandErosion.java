package org.swcplan.model.monitoring;

import java.util.Collection;
import java.util.Objects;
import org.swcplan.model.Checks;

/**
 * Land and erosion areas of a county or of any group of counties, km². Groups are formed by
 * adding areas, so a group's rate is area-weighted, never an average of rates.
 */
public record LandErosion(double landAreaKm2, ErosionByClass erosionByClass, double windErosionKm2) {
    public static final LandErosion EMPTY = new LandErosion(0, ErosionByClass.NONE, 0);

    public LandErosion {
        Objects.requireNonNull(erosionByClass, "erosionByClass");
        Checks.nonNegative("land_area_km2", landAreaKm2);
        Checks.nonNegative("erosion_wind_km2", windErosionKm2);
    }

    public double erosionKm2() {
        return erosionByClass.totalKm2() + windErosionKm2;
    }

    /** 水土保持率 = (land − erosion) / land × 100. */
    public double swcRatePct() {
        return SwcRate.percent(landAreaKm2, erosionKm2());
    }

    public LandErosion plus(LandErosion other) {
        return new LandErosion(landAreaKm2 + other.landAreaKm2, erosionByClass.plus(other.erosionByClass),
                windErosionKm2 + other.windErosionKm2);
    }

    public static LandErosion sum(Collection<LandErosion> parts) {
        LandErosion total = EMPTY;
        for (LandErosion part : parts) {
            total = total.plus(part);
        }
        return total;
    }
}

package org.swcplan.model.standing;

import java.util.Objects;
import java.util.OptionalDouble;
import org.swcplan.model.monitoring.LandErosion;
import org.swcplan.model.region.Scope;

/**
 * Where one county, or the city, stands in a year.
 *
 * @param changePp            change of the rate since the previous year, percentage points
 * @param treatedCumKm2       cumulative initially-treated area, km², where a baseline is known
 * @param treatmentDegreePct  治理度, percent, where a baseline is known
 */
public record UnitStanding(Scope unit, String nameZh, String nameEn, int year, LandErosion areas,
                           OptionalDouble changePp, OptionalDouble treatedCumKm2,
                           OptionalDouble treatmentDegreePct) {
    public UnitStanding {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(areas, "areas");
        Objects.requireNonNull(changePp, "changePp");
        Objects.requireNonNull(treatedCumKm2, "treatedCumKm2");
        Objects.requireNonNull(treatmentDegreePct, "treatmentDegreePct");
    }

    public double swcRatePct() {
        return areas.swcRatePct();
    }

    public double erosionKm2() {
        return areas.erosionKm2();
    }
}

package org.swcplan.model.plan;

import java.util.Objects;
import java.util.Optional;
import org.swcplan.model.region.CountyCode;

/**
 * A responsible unit the plan names, in Chinese and English.
 *
 * @param county the county whose government this is; empty for every other kind
 */
public record Unit(Bilingual name, UnitKind kind, Optional<CountyCode> county) {
    public Unit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(county, "county");
        if (county.isPresent() != (kind == UnitKind.COUNTY_GOVERNMENT)) {
            throw new IllegalArgumentException("a county is given for county governments and only for them: " + name.zh());
        }
    }

    public String zh() {
        return name.zh();
    }
}

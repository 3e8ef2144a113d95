package org.swcplan.model.csle;

import java.util.Locale;
import java.util.Objects;
import org.swcplan.model.Checks;

/**
 * A change to one CSLE factor for the units a rule selects: e.g. "slope 5–25° cropland in county X
 * gets E = 0.084 (level terraces)". An empty county or land use selects all; the slope range is
 * inclusive at the bottom, exclusive at the top.
 *
 * @param county  the county index the rule is limited to, or -1 for every county
 * @param landUse the land use it is limited to (as written in the units file), or empty for all
 */
public record ScenarioRule(int county, String landUse, double slopeMinDeg, double slopeMaxDeg, Factor factor,
                           double value, String label) {
    /** The factors a rule may set. */
    public enum Factor {
        B, E, T;

        public static Factor parse(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    public ScenarioRule {
        Objects.requireNonNull(factor, "factor");
        landUse = landUse == null ? "" : landUse;
        label = label == null ? "" : label;
        Checks.within("value", value, 0, 1);
        if (!(slopeMinDeg <= slopeMaxDeg)) {
            throw new IllegalArgumentException("slope_min must not exceed slope_max, were " + slopeMinDeg + ", " + slopeMaxDeg);
        }
    }

    public boolean applies(int unitCounty, String unitLandUse, double slopeDeg) {
        return (county < 0 || county == unitCounty) && (landUse.isEmpty() || landUse.equals(unitLandUse))
                && slopeDeg >= slopeMinDeg && slopeDeg < slopeMaxDeg;
    }
}

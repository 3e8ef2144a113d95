package org.swcplan.model.plan;

import org.swcplan.model.Keyed;

/** Unit of a plan indicator. */
public enum IndicatorUnit implements Keyed {
    KM2, COUNT;

    public static IndicatorUnit fromKey(String text) {
        return Keyed.parse(IndicatorUnit.class, "unit", text);
    }
}

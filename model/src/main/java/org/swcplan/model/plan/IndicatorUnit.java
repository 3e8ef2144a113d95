package org.swcplan.model.plan;

import org.swcplan.model.Keys;

/** Unit of a plan indicator. */
public enum IndicatorUnit {
    KM2, COUNT;

    public String key() {
        return Keys.of(this);
    }

    public static IndicatorUnit fromKey(String text) {
        return Keys.parse(IndicatorUnit.class, "unit", text);
    }
}

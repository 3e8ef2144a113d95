package org.swcplan.model.plan;

import java.util.Arrays;
import java.util.Locale;

/** Unit of a plan indicator. */
public enum IndicatorUnit {
    KM2, COUNT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IndicatorUnit fromKey(String text) {
        return Arrays.stream(values()).filter(u -> u.key().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unit must be one of km2, count; was " + text));
    }
}

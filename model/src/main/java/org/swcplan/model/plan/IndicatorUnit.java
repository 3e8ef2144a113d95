package org.swcplan.model.plan;

import java.util.Locale;
import org.swcplan.model.Keyed;

/** Unit of a plan indicator. */
public enum IndicatorUnit implements Keyed {
    KM2, COUNT;

    /** The Chinese unit this unit is written with where the data gives no measure word of its own. */
    public String defaultZh() {
        return defaultZh(key());
    }

    /**
     * The Chinese unit shown for a commitment's unit code where the data gives none: 平方公里 for
     * km2, 个 for count (the generic measure word; 座, 条, 户 … come from {@code unit_zh}), % for the
     * rates measured from the data (pct).
     *
     * @throws IllegalArgumentException for any other code
     */
    public static String defaultZh(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "km2" -> "平方公里";
            case "count" -> "个";
            case "pct", "percent" -> "%";
            default -> throw new IllegalArgumentException("unit must be km2, count or pct; was " + code);
        };
    }

    public static IndicatorUnit fromKey(String text) {
        return Keyed.parse(IndicatorUnit.class, "unit", text);
    }
}

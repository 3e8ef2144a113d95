package org.swcplan.tables.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.swcplan.reports.text.Numbers;

/**
 * How the figures of a frame are written: areas, rates, money and percentage points to 2 decimals
 * as in every other output; other figures (k, probabilities, ratios) to at most 4; whole numbers
 * bare; a missing figure empty. {@link java.util.Locale#ROOT} throughout.
 */
final class Figures {
    private static final List<String> TWO_DECIMALS = List.of("_km2", "_pct", "_wan", "_pp", "_per_year", "_km2_a");
    private static final int MOST_DECIMALS = 4;

    private Figures() {
    }

    /**
     * @param key   the column the figure is of (or summed up from)
     * @param whole whether it is a whole number (a count, a year, a sum of counts)
     */
    static String format(double value, String key, boolean whole) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (whole) {
            return Long.toString(Math.round(value));
        }
        if (twoDecimals(key)) {
            return Numbers.fixed(value, 2);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(MOST_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** Whether people read the figure with thousands separators: areas and money. */
    static boolean grouped(String key) {
        return key.endsWith("_km2") || key.endsWith("_wan");
    }

    static boolean twoDecimals(String key) {
        return TWO_DECIMALS.stream().anyMatch(key::endsWith);
    }
}

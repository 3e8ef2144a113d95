package org.swcplan.reports.text;

import java.util.Locale;
import java.util.OptionalDouble;

/** Number formatting for every output: {@link Locale#ROOT}, fixed decimals, no negative zero. */
public final class Numbers {
    private Numbers() {
    }

    /** {@code 1234.5 -> "1234.50"}. */
    public static String fixed(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return isNegativeZero(text) ? text.substring(1) : text;
    }

    /** {@code 1234.5 -> "1,234.50"}, for tables read by people. */
    public static String grouped(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        return isNegativeZero(text) ? text.substring(1) : text;
    }

    /** Empty when absent. */
    public static String fixed(OptionalDouble value, int decimals) {
        return value.isPresent() ? fixed(value.getAsDouble(), decimals) : "";
    }

    /** A signed change, {@code +0.42} or {@code -0.10}; empty when absent. */
    public static String signed(OptionalDouble value, int decimals) {
        if (value.isEmpty()) {
            return "";
        }
        String text = fixed(value.getAsDouble(), decimals);
        return text.startsWith("-") || isZero(text) ? text : "+" + text;
    }

    private static boolean isNegativeZero(String text) {
        return text.startsWith("-") && isZero(text.substring(1));
    }

    private static boolean isZero(String text) {
        return text.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
    }
}

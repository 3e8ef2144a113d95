package org.swcplan.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /**
     * A probability (0–1) as a whole percent for people, without the sign: {@code 0.614 -> "61"};
     * below half a percent {@code "<1"}, above 99.5 % {@code ">99"} (a finite number of paths never
     * makes a certainty); empty when not finite.
     */
    public static String probabilityPct(double probability) {
        if (!Double.isFinite(probability)) {
            return "";
        }
        double pct = probability * 100;
        if (pct < 0.5) {
            return "<1";
        }
        if (pct >= 99.5) {
            return ">99";
        }
        return Long.toString(Math.round(pct));
    }

    /** A share (0–1) as a percentage with no more decimals than it needs: {@code 0.66 -> "66"}, {@code 0.725 -> "72.5"}. */
    public static String sharePct(double share) {
        return new BigDecimal(share * 100).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static boolean isNegativeZero(String text) {
        return text.startsWith("-") && isZero(text.substring(1));
    }

    private static boolean isZero(String text) {
        return text.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
    }
}

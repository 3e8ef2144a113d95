package org.swcplan.model;

/** Argument checks shared by the model's records; messages name the field and the value. */
public final class Checks {
    private Checks() {
    }

    /** A finite, non-negative area or amount. */
    public static double nonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + value);
        }
        return value;
    }

    /** A finite value within [min, max]. */
    public static double within(String field, double value, double min, double max) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(field + " must be within " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    /** A plausible calendar year for monitoring, treatment and plan data. */
    public static int year(String field, int year) {
        if (year < Years.MIN || year > Years.MAX) {
            throw new IllegalArgumentException(field + " must be within " + Years.MIN + ".." + Years.MAX + ", was " + year);
        }
        return year;
    }

    public static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return value;
    }

    /** The year range the model accepts. */
    public static final class Years {
        public static final int MIN = 1949;
        public static final int MAX = 2100;

        private Years() {
        }
    }
}

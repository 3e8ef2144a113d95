package org.swcplan.model.forecast.interval;

/**
 * The scale on which forecast errors are measured and intervals are built: differences of the
 * values themselves, or of their logarithms (relative errors, for positive series whose spread
 * grows with their level).
 */
public enum ErrorScale {
    LEVEL, LOG;

    /** LOG where every value is positive, else LEVEL. */
    public static ErrorScale forSeries(double[] y) {
        for (double v : y) {
            if (!(v > 0)) {
                return LEVEL;
            }
        }
        return LOG;
    }

    public double to(double value) {
        // a forecast at or below 0 of a positive series is taken as a tiny positive value
        return this == LOG ? Math.log(Math.max(value, Double.MIN_NORMAL)) : value;
    }

    public double from(double transformed) {
        return this == LOG ? Math.exp(transformed) : transformed;
    }
}

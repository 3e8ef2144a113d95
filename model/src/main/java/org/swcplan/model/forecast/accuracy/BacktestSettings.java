package org.swcplan.model.forecast.accuracy;

/**
 * How a backtest holds out data.
 *
 * @param horizon     the last {@code horizon} values (after the shift) are held out and forecast
 * @param trainLength use only the last {@code trainLength} training values (0: all); the MASE scale
 *                    still comes from the whole training part
 * @param originShift drop this many values from the end first, moving the origin earlier
 * @param paths       sample paths per series for the intervals
 * @param seed        random seed of the sample paths
 */
public record BacktestSettings(int horizon, int trainLength, int originShift, int paths, long seed) {
    public static final int DEFAULT_PATHS = 1000;
    public static final long DEFAULT_SEED = 20240118L;

    public BacktestSettings {
        if (horizon < 1 || trainLength < 0 || originShift < 0 || paths < 1) {
            throw new IllegalArgumentException("horizon >= 1, trainLength >= 0, originShift >= 0, paths >= 1");
        }
    }

    public static BacktestSettings of(int horizon) {
        return new BacktestSettings(horizon, 0, 0, DEFAULT_PATHS, DEFAULT_SEED);
    }
}

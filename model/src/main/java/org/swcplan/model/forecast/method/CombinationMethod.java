package org.swcplan.model.forecast.method;

import java.util.Arrays;
import java.util.List;
import org.swcplan.model.forecast.ForecastMethod;

/** The mean, or the median, of several methods' forecasts at each horizon. */
public final class CombinationMethod implements ForecastMethod {
    /** How member forecasts are combined. */
    public enum Rule { MEAN, MEDIAN }

    private final String id;
    private final List<ForecastMethod> members;
    private final Rule rule;

    public CombinationMethod(String id, Rule rule, List<ForecastMethod> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a combination needs at least one method");
        }
        this.id = id;
        this.rule = rule;
        this.members = List.copyOf(members);
    }

    @Override
    public String id() {
        return id;
    }

    public List<ForecastMethod> members() {
        return members;
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        double[][] all = new double[members.size()][];
        for (int m = 0; m < members.size(); m++) {
            all[m] = members.get(m).forecast(history, horizon);
        }
        double[] combined = new double[horizon];
        double[] column = new double[members.size()];
        for (int h = 0; h < horizon; h++) {
            for (int m = 0; m < all.length; m++) {
                column[m] = all[m][h];
            }
            combined[h] = rule == Rule.MEAN ? Arrays.stream(column).average().orElseThrow() : median(column);
        }
        return combined;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

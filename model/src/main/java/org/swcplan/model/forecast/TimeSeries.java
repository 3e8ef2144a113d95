package org.swcplan.model.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named annual series: values oldest first, the first one observed in {@code startYear}.
 *
 * @param category a grouping label (e.g. the M3 category), may be empty
 */
public record TimeSeries(String id, String category, int startYear, double[] values) {
    public TimeSeries {
        Objects.requireNonNull(id, "id");
        category = category == null ? "" : category;
        values = values.clone();
        if (values.length == 0) {
            throw new IllegalArgumentException("series " + id + " has no values");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("series " + id + " has a value that is not a finite number: " + v);
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    /** The first {@code n} values. */
    public double[] head(int n) {
        return Arrays.copyOf(values, n);
    }

    /** Values {@code from} (inclusive) to {@code to} (exclusive). */
    public double[] slice(int from, int to) {
        return Arrays.copyOfRange(values, from, to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries other && id.equals(other.id) && category.equals(other.category)
                && startYear == other.startYear && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, category, startYear, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "TimeSeries[" + id + ", " + values.length + " values from " + startYear + "]";
    }
}

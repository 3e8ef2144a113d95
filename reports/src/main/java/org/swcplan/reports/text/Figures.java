package org.swcplan.reports.text;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Numeric columns with a fixed number of decimals; a value that is not finite is written empty. */
public final class Figures {
    private Figures() {
    }

    public static <T> Column<T> column(String key, String heading, int decimals, ToDoubleFunction<T> value) {
        return Column.number(key, heading, row -> format(value.applyAsDouble(row), decimals));
    }

    public static <T> Column<T> whole(String key, String heading, Function<T, Integer> value) {
        return Column.number(key, heading, row -> Integer.toString(value.apply(row)));
    }

    public static String format(double value, int decimals) {
        return Double.isFinite(value) ? Numbers.fixed(value, decimals) : "";
    }
}

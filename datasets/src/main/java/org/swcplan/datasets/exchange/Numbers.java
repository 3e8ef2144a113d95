package org.swcplan.datasets.exchange;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/** Numbers as the canonical files write them: the shortest plain decimal that reads back exactly. */
final class Numbers {
    private Numbers() {
    }

    static String exact(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String exact(OptionalDouble value) {
        return value.isPresent() ? exact(value.getAsDouble()) : "";
    }
}

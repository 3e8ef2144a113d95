package org.swcplan.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lower-case keys by which closed sets (enums) are written in files and on the command line. */
public final class Keys {
    private Keys() {
    }

    /** {@code SWC_RATE_PCT -> "swc_rate_pct"}. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant whose {@link #of key} is {@code text}.
     *
     * @throws IllegalArgumentException naming the field and every allowed key
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(field + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Keys::of).collect(Collectors.joining(", ")) + "; was " + text);
    }
}

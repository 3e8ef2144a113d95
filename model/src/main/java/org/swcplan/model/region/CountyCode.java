package org.swcplan.model.region;

import java.util.regex.Pattern;

/** A county-level unit's six-digit GB/T 2260 administrative division code, such as 140802. */
public record CountyCode(String value) implements Scope, Comparable<CountyCode> {
    private static final Pattern SIX_DIGITS = Pattern.compile("[1-9][0-9]{5}");

    public CountyCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("county code must be six digits (GB/T 2260), was " + value);
        }
    }

    public static boolean isValid(String text) {
        return text != null && SIX_DIGITS.matcher(text).matches();
    }

    @Override
    public String id() {
        return value;
    }

    @Override
    public int compareTo(CountyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

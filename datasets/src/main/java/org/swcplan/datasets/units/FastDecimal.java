package org.swcplan.datasets.units;

import java.nio.charset.StandardCharsets;

/**
 * Parses a decimal number straight from bytes. Numbers of up to 15 significant digits with at most
 * 22 decimals (everything land-unit files hold) take the exact fast path, mantissa / 10^k, which
 * rounds correctly and so equals {@link Double#parseDouble}; anything else goes to it.
 */
final class FastDecimal {
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private FastDecimal() {
    }

    /**
     * @return the value, or NaN when bytes[from, to) is not a number (empty included)
     */
    static double parse(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] == ' ') {
            i++;
        }
        int end = to;
        while (end > i && (bytes[end - 1] == ' ' || bytes[end - 1] == '\r')) {
            end--;
        }
        if (i == end) {
            return Double.NaN;
        }
        boolean negative = false;
        if (bytes[i] == '-' || bytes[i] == '+') {
            negative = bytes[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = 0;
        boolean point = false;
        boolean any = false;
        for (; i < end; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                any = true;
                if (digits > 0 || b != '0') {
                    digits++;
                }
                mantissa = mantissa * 10 + (b - '0');
                if (point) {
                    decimals++;
                }
            } else if (b == '.' && !point) {
                point = true;
            } else {
                return slow(bytes, from, to);
            }
        }
        if (!any) {
            return Double.NaN;
        }
        if (digits > 15 || decimals >= POWERS.length) {
            return slow(bytes, from, to);
        }
        double value = mantissa / POWERS[decimals];
        return negative ? -value : value;
    }

    private static double slow(byte[] bytes, int from, int to) {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8).strip();
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }
}

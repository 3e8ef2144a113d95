package org.swcplan.reports.result;

import java.util.Objects;

/**
 * A setting that produced a result (method, seed, milestone …), written into the JSON envelope.
 *
 * @param value a String, Number or Boolean
 */
public record Parameter(String name, Object value) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new IllegalArgumentException("parameter " + name + " must be a string, number or boolean");
        }
    }

    public static Parameter of(String name, Object value) {
        return new Parameter(name, value);
    }
}

package org.swcplan.model.csle;

/**
 * The Chinese Soil Loss Equation, A = R · K · L · S · B · E · T, in t/(hm²·a); × 100 for
 * t/(km²·a). Slope length and steepness factors as the national dynamic monitoring uses them:
 * L = (λ / 22.13)^m with m = 0.2 (θ ≤ 1°), 0.3 (1° &lt; θ ≤ 3°), 0.4 (3° &lt; θ ≤ 5°), 0.5 (θ &gt; 5°);
 * S = 10.8 sin θ + 0.03 (θ &lt; 5°), 16.8 sin θ − 0.50 (5° ≤ θ &lt; 10°), 21.91 sin θ − 0.96 (θ ≥ 10°).
 */
public final class Csle {
    /** The unit plot's slope length, m. */
    public static final double UNIT_PLOT_LENGTH_M = 22.13;
    /** t/(hm²·a) → t/(km²·a). */
    public static final double HECTARES_PER_KM2 = 100;

    private Csle() {
    }

    /** The slope length exponent m for a slope of θ degrees. */
    public static double lengthExponent(double slopeDeg) {
        if (slopeDeg <= 1) {
            return 0.2;
        }
        if (slopeDeg <= 3) {
            return 0.3;
        }
        return slopeDeg <= 5 ? 0.4 : 0.5;
    }

    /** L = (λ / 22.13)^m, λ the horizontal slope length in m. */
    public static double slopeLengthFactor(double slopeLengthM, double slopeDeg) {
        return Math.pow(slopeLengthM / UNIT_PLOT_LENGTH_M, lengthExponent(slopeDeg));
    }

    /** S for a slope of θ degrees. */
    public static double slopeSteepnessFactor(double slopeDeg) {
        double sin = Math.sin(Math.toRadians(slopeDeg));
        if (slopeDeg < 5) {
            return 10.8 * sin + 0.03;
        }
        return slopeDeg < 10 ? 16.8 * sin - 0.50 : 21.91 * sin - 0.96;
    }

    /** A in t/(km²·a) from the seven factors (A in t/(hm²·a) × 100). */
    public static double soilLossTPerKm2A(double r, double k, double l, double s, double b, double e, double t) {
        return r * k * l * s * b * e * t * HECTARES_PER_KM2;
    }
}

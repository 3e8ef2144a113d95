package org.swcplan.model.monitoring;

/**
 * The SL 190-2007 water-erosion intensity classes counted as erosion, with their lower bounds in
 * t/(km²·a). The light class starts at the region's tolerable soil loss (1,000 on the Loess Plateau).
 */
public enum IntensityClass {
    LIGHT("轻度", "light", Double.NaN),
    MODERATE("中度", "moderate", 2_500),
    INTENSE("强烈", "intense", 5_000),
    VERY_INTENSE("极强烈", "very intense", 8_000),
    SEVERE("剧烈", "severe", 15_000);

    private final String nameZh;
    private final String nameEn;
    private final double lowerBoundTPerKm2A;

    IntensityClass(String nameZh, String nameEn, double lowerBoundTPerKm2A) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.lowerBoundTPerKm2A = lowerBoundTPerKm2A;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Lower bound of the class; for {@link #LIGHT} it is the tolerable loss, passed in. */
    public double lowerBoundTPerKm2A(double tolerableLossTPerKm2A) {
        return this == LIGHT ? tolerableLossTPerKm2A : lowerBoundTPerKm2A;
    }
}

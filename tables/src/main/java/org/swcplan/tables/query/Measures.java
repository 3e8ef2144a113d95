package org.swcplan.tables.query;

import java.util.Map;
import java.util.Optional;
import org.swcplan.datasets.exchange.ColumnTypes;

/**
 * What a column measures, by its key, and so how its rows may be summed up across counties or
 * years. Areas are added across counties; new treatment, money and counts also across years (they
 * are flows); areas held at a time (land, erosion, cumulative treatment) are not added across years.
 * A rate is never added nor averaged plainly: a group's rate is the rate of its summed areas, the
 * mean of its counties' rates weighted by the area each is a share of (DESIGN §1).
 */
final class Measures {
    /** Each rate and the area it is a share of: 水土保持率 of land, 治理度 of the historical erosion stock. */
    private static final Map<String, String> WEIGHTS = Map.of(
            "swc_rate_pct", "land_area_km2",
            "swc_rate_reported_pct", "land_area_km2",
            "treatment_degree_pct", "baseline_erosion_km2");

    private Measures() {
    }

    static boolean rate(String key) {
        return key.endsWith("_pct");
    }

    /** The area a rate is a share of, if the rate has one. */
    static Optional<String> weight(String key) {
        return Optional.ofNullable(WEIGHTS.get(key));
    }

    /** Rates with an area to weight them by, for messages. */
    static String weighted() {
        return String.join(", ", WEIGHTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " (by " + e.getValue() + ")").toList());
    }

    /** A column that orders rows in time: years and milestones. */
    static boolean time(String key) {
        return ColumnTypes.whole(key) && (key.endsWith("year") || key.equals("milestone") || key.equals("deadline"));
    }

    /** A quantity of a year that adds up over years: new treatment, money, new check dams. */
    static boolean flow(String key) {
        return key.startsWith("treated_") && key.endsWith("_km2") && !key.equals("treated_cum_km2")
                || key.equals("km2") || key.endsWith("_per_year") || key.endsWith("_wan") || key.equals("check_dams_new");
    }

    /** An area held at a time: it adds up over counties, not over years. */
    static boolean stock(String key) {
        return key.endsWith("_km2") && !flow(key);
    }

    /**
     * Whether the rows of {@code value} summed up by {@code aggregate} make a total when the rows of
     * different values of {@code across} are put together: counts always; sums of flows always, of
     * areas held at a time not across years; area-weighted rates not across years; nothing else.
     */
    static boolean totals(Aggregate aggregate, String value, String across) {
        return switch (aggregate) {
            case COUNT -> true;
            case SUM -> flow(value) || stock(value) && !time(across);
            case WEIGHTED -> !time(across);
            default -> false;
        };
    }
}

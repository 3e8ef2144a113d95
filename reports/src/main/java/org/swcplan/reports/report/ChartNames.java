package org.swcplan.reports.report;

import org.swcplan.model.region.Scope;

/**
 * The names of the report's charts (their files under {@code charts/}, their SVG ids), in one
 * place for the code that draws them and the chapters that show them.
 */
final class ChartNames {
    private ChartNames() {
    }

    static String trajectory(Scope unit) {
        return "trajectory-" + unit.id();
    }

    static String gaps(int milestone) {
        return "gaps-" + milestone;
    }

    /** The county map of the rate in a year. */
    static String rateMap(int year) {
        return "map-rate-" + year;
    }

    /** The county map of the statuses at a milestone. */
    static String statusMap(int milestone) {
        return "map-status-" + milestone;
    }

    static String allocation(int milestone) {
        return "allocation-" + milestone;
    }
}

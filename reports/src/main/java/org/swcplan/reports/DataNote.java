package org.swcplan.reports;

/**
 * What every rendering says about its data: where it came from, and whether its county figures
 * are illustrative rather than published.
 */
public record DataNote(String source, boolean illustrative) {
    public static final String ILLUSTRATIVE_EN =
            "Illustrative data: county erosion and treatment figures are invented for demonstration, not published statistics.";

    public DataNote {
        source = source == null ? "" : source;
    }

    /** One line for the foot of a table or report. */
    public String footer() {
        return "Data: " + source + (illustrative ? ". " + ILLUSTRATIVE_EN : ".");
    }
}

package org.swcplan.model.quality;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A note on the quality of the data: what it is (its key) and its figures, already formatted, so
 * that each edition words it in its own language (the Chinese words live with the report's texts,
 * under {@code quality.KEY}); {@link #english()} is the English wording.
 *
 * @param arguments the figures and names the wording fills in, in order
 */
public record QualityNote(Kind kind, List<String> arguments) {
    /** The kinds of note, each with its English wording ({0}, {1} … the arguments). */
    public enum Kind {
        ILLUSTRATIVE("Some figures are marked illustrative (invented for demonstration), not published statistics."),
        LAND_REVISED_IN("Land base revised in {0}: the land total changes from {1} to {2} km², so rates of {3} and "
                + "earlier are on the older base."),
        LAND_REVISED_BETWEEN("Land base revised between {0} and {1}: the land total changes from {2} to {3} km², so "
                + "rates of {4} and earlier are on the older base."),
        STEP("{0}: the rate steps by {1} points in {2} (other years move by {3} to {4}); trends use robust slopes."),
        DECLINE("{0}: the rate declines by {1} points a year over {2}–{3}, after gaining {4} a year over {5}–{6} "
                + "(robust slopes)."),
        TREATED_OVER_STOCK("{0}: cumulative treatment {1} km² exceeds its erosion stock {2} km² by more than 5 %."),
        CITY_TARGET_USED("No county target for {0} in {1}: the city''s {2} % is used."),
        BASELINES_MISSING("Baselines are missing for some counties: treatment degree cannot be computed for the city."),
        NO_TREATMENT("No treatment records: effectiveness cannot be calibrated and scenarios use the default k.");

        private final String english;

        Kind(String english) {
            this.english = english;
        }

        /** The key of its wording in the report's texts: {@code quality.land_revised_in} … */
        public String key() {
            return "quality." + name().toLowerCase(Locale.ROOT);
        }
    }

    public QualityNote {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    public static QualityNote of(Kind kind, String... arguments) {
        return new QualityNote(kind, List.of(arguments));
    }

    public String english() {
        return new MessageFormat(kind.english, Locale.ROOT).format(arguments.toArray());
    }
}

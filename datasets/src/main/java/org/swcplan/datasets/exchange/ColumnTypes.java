package org.swcplan.datasets.exchange;

import java.util.Set;
import org.swcplan.model.supervision.SupervisionFigures;

/**
 * What a column holds, by its key, the same in the exchanged files and in every output built from
 * them: a number ({@code year}, areas {@code *_km2}, rates {@code *_pct}, money {@code *_wan}, counts
 * and the plan's figures) or text; and of the numbers, which are whole (years, counts, positions).
 * The unit key {@code code} is an identifier, not a number to compute with, though it is whole.
 */
public final class ColumnTypes {
    private static final Set<String> SUPERVISION_COUNTS = Set.copyOf(SupervisionFigures.COUNT_KEYS);
    private static final Set<String> NUMBERS = Set.of("year", "value", "target", "progress", "baseline_2023",
            "check_dams_new", "no", "deadline", "milestone", "tile_row", "tile_col");
    private static final Set<String> UNIT_SUFFIXES = Set.of("_km2", "_pct", "_wan", "_pp", "_km2_a", "_year");
    private static final Set<String> WHOLE = Set.of("code", "year", "no", "deadline", "milestone", "check_dams_new",
            "tile_row", "tile_col");

    private ColumnTypes() {
    }

    /** Whether the column holds numbers ({@code code} does not: it names a unit). */
    public static boolean numeric(String key) {
        return NUMBERS.contains(key) || SUPERVISION_COUNTS.contains(key) || key.equals("km2") || UNIT_SUFFIXES.stream().anyMatch(key::endsWith);
    }

    /** Whether the column holds whole numbers: the unit's code, years, counts and positions. */
    public static boolean whole(String key) {
        return WHOLE.contains(key) || SUPERVISION_COUNTS.contains(key) || key.endsWith("_year") && !key.endsWith("_per_year");
    }
}

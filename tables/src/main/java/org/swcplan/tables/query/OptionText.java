package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.swcplan.model.Spelling;

/**
 * The text of one option ({@code --where}, {@code --sum} …) and places in it, so that a problem is
 * reported where it is: {@code --where "yeer>2021": at 1: unknown column yeer; did you mean year?}
 * Positions count characters from 1.
 */
record OptionText(String option, String text) {
    /** One comma-separated item of the text and where it starts. */
    record Item(String value, int position) {
    }

    /** A problem at {@code position} of the text, as a usage error. */
    IllegalArgumentException error(int position, String message) {
        return new IllegalArgumentException(option + " \"" + text + "\": at " + position + ": " + message);
    }

    /** The comma-separated items, trimmed, each with its position; an empty item is an error. */
    List<Item> items() {
        List<Item> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',') {
                String raw = text.substring(start, i);
                int lead = raw.length() - raw.stripLeading().length();
                if (raw.isBlank()) {
                    throw error(start + 1, "expected a column name");
                }
                items.add(new Item(raw.strip(), start + lead + 1));
                start = i + 1;
            }
        }
        return items;
    }

    /**
     * The column {@code name} of {@code known}, else an error at {@code position} suggesting the
     * nearest name, or listing them where none is near.
     */
    String column(String name, int position, List<String> known, String frame) {
        if (known.contains(name)) {
            return name;
        }
        String nearest = known.stream().min(Comparator.comparingInt(k -> Spelling.distance(k, name))).orElse("");
        boolean near = !nearest.isEmpty() && Spelling.distance(nearest, name) <= Math.max(2, name.length() / 4);
        throw error(position, "unknown column " + name + (near ? "; did you mean " + nearest + "?"
                : "; did you mean one of " + String.join(", ", known) + " (the columns of " + frame + ")?"));
    }
}

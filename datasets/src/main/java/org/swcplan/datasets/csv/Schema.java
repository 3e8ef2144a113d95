package org.swcplan.datasets.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.swcplan.model.Spelling;

/** The columns a kind of file must and may have. Column order in a file is free. */
public record Schema(List<String> required, List<String> optional) {
    public Schema {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    public static Schema of(List<String> required, List<String> optional) {
        return new Schema(required, optional);
    }

    /** All columns in canonical order: required first, then optional. */
    public List<String> columns() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    /** The known column nearest in spelling to {@code unknown}, if it is near enough to be a likely typo. */
    public Optional<String> suggestion(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String column : columns()) {
            int d = Spelling.distance(unknown, column);
            if (d < bestDistance) {
                best = column;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, unknown.length() / 4) ? Optional.ofNullable(best) : Optional.empty();
    }
}

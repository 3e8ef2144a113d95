package org.swcplan.tables;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.swcplan.model.Spelling;
import org.swcplan.model.UnknownName;

/**
 * What {@code swc table} and {@link SwcTables} can give as a data frame: each file of the dataset,
 * and the results of status, forecast and gap. Naming a kind loads no table library, so the
 * command line can list them in its help.
 */
public enum TableKind {
    COUNTIES, MONITORING, TREATMENT, BASELINE, TARGETS, PARAMS, INDICATORS, TASKS, SUPERVISION, STATUS, FORECAST, GAP;

    /** The name on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TableKind::key).toList();
    }

    /** The kind named (in any case), if it is one. */
    public static Optional<TableKind> find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.key().equals(wanted)).findFirst();
    }

    /** The kind nearest in spelling to a name that is none, if it is near enough to be a typo. */
    public static Optional<TableKind> nearest(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).min(Comparator.comparingInt(k -> Spelling.distance(k.key(), wanted)))
                .filter(k -> Spelling.distance(k.key(), wanted) <= Math.max(1, wanted.length() / 4));
    }

    /**
     * @throws IllegalArgumentException naming the kinds, or the one meant
     */
    public static TableKind of(String name) {
        return find(name).orElseThrow(() -> new UnknownName("unknown kind \"" + name + "\""
                + nearest(name).map(k -> "; did you mean " + k.key() + "?").orElse("; known: " + String.join(", ", keys())),
                UnknownName.Thing.KIND, name, nearest(name).map(k -> List.of(k.key())).orElse(List.of()),
                nearest(name).isPresent() ? List.of() : keys()));
    }
}

package org.swcplan.tables;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.swcplan.datasets.csv.Spelling;

/**
 * What {@code swc table} and {@link SwcTables} can give as a data frame: each file of the dataset,
 * and the results of status, forecast and gap. Naming a kind loads no table library, so the
 * command line can list them in its help.
 */
public enum TableKind {
    COUNTIES("counties", "the counties: code, names, type, tile position, tolerable loss"),
    MONITORING("monitoring", "land and erosion by class per county and year, with the erosion area and 水土保持率"),
    TREATMENT("treatment", "new treatment by measure, check dams and investment per county and year"),
    BASELINE("baseline", "each county's historical erosion stock and cumulative treatment at its base year"),
    TARGETS("targets", "the plan's targets for the city and the counties"),
    PARAMS("params", "each county's parameters in effect (defaults where params.csv gives none)"),
    INDICATORS("indicators", "the plan's other commitments and their progress"),
    TASKS("tasks", "the plan's key tasks and their lead and cooperating units"),
    STATUS("status", "swc status for every year the monitoring covers completely, counties and the city"),
    FORECAST("forecast", "swc forecast --observed: observed and forecast rates of the counties and the city"),
    GAP("gap", "swc gap --milestone all: every county and the city against every milestone");

    private final String key;
    private final String description;

    TableKind(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name on the command line. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TableKind::key).toList();
    }

    /** The kind named (in any case), if it is one. */
    public static Optional<TableKind> find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.key.equals(wanted)).findFirst();
    }

    /** The kind nearest in spelling to a name that is none, if it is near enough to be a typo. */
    public static Optional<TableKind> nearest(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).min(Comparator.comparingInt(k -> Spelling.distance(k.key, wanted)))
                .filter(k -> Spelling.distance(k.key, wanted) <= Math.max(1, wanted.length() / 4));
    }

    /**
     * @throws IllegalArgumentException naming the kinds, or the one meant
     */
    public static TableKind of(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown kind \"" + name + "\""
                + nearest(name).map(k -> "; did you mean " + k.key + "?").orElse("; known: " + String.join(", ", keys()))));
    }
}

package org.swcplan.datasets.csv;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading; {@link #throwIfAny()} reports them all at once. */
public final class DataErrors {
    private final List<DataError> errors = new ArrayList<>();

    public void add(DataError error) {
        errors.add(error);
    }

    public void add(String file, long line, int column, String header, String message) {
        add(new DataError(file, line, column, header, message));
    }

    /** A problem in English, with its kind ({@code key}) and values for another language's wording. */
    public void add(String file, long line, int column, String header, String message, String key, String... args) {
        add(new DataError(file, line, column, header, message, key, List.of(args)));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    public List<DataError> list() {
        return errors.stream().sorted().toList();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
    }
}

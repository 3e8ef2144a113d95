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

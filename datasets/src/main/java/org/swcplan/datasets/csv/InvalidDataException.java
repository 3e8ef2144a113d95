package org.swcplan.datasets.csv;

import java.util.List;

/** Input data has problems; every problem found is listed, sorted by file, line and column. */
public final class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<DataError> errors;

    public InvalidDataException(List<DataError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidDataException needs at least one error");
        }
        this.errors = errors.stream().sorted().toList();
    }

    public List<DataError> errors() {
        return errors;
    }

    private static String summary(List<DataError> errors) {
        long files = errors.stream().map(DataError::file).distinct().count();
        return errors.size() + (errors.size() == 1 ? " problem" : " problems") + " in "
                + (files == 1 ? errors.get(0).file() : files + " files");
    }
}

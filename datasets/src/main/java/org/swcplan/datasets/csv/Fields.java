package org.swcplan.datasets.csv;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed access to the cells of one row. A cell that cannot be read records a {@link DataError}
 * naming its line and column and yields a placeholder; {@link #hasErrors()} then tells the caller
 * not to build a record from the row.
 */
public final class Fields {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /**
     * The largest area (km²), amount (万元) or count a cell may hold: a thousand times the land of
     * the Earth in km², so that sums of many cells stay finite and far from overflow.
     */
    public static final double MAX_AMOUNT = 1e12;
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private final String file;
    private final CsvTable.Row row;
    private final Map<String, Integer> columnIndex;
    private final Map<String, Double> factors;
    private final DataErrors errors;
    private boolean failed;
    private String lastErrorColumn;

    Fields(String file, CsvTable.Row row, Map<String, Integer> columnIndex, Map<String, Double> factors,
           DataErrors errors) {
        this.file = file;
        this.row = row;
        this.columnIndex = columnIndex;
        this.factors = factors;
        this.errors = errors;
    }

    public long line() {
        return row.line();
    }

    public boolean hasErrors() {
        return failed;
    }

    /**
     * The cell's text, stripped (and without the guard an export puts before a formula-like
     * start); empty when the column is absent from the file or the cell means "missing".
     */
    public String text(String column) {
        Integer index = columnIndex.get(column);
        if (index == null || index >= row.cells().size()) {
            return "";
        }
        String cell = row.cells().get(index);
        return Values.isMissing(cell) ? "" : Values.text(cell);
    }

    public String requiredText(String column) {
        require(column, "a value");
        return text(column);
    }

    public double requiredDouble(String column) {
        return require(column, "a number") ? optionalDouble(column).orElse(0) : 0;
    }

    /** A number in the file's unit converted to the column's (an area given in 亩 or hm² → km²). */
    public OptionalDouble optionalDouble(String column) {
        String text = text(column);
        return text.isEmpty() ? OptionalDouble.empty() : parseDouble(column, text);
    }

    /** A number that must be present and at least zero (areas, money, counts). */
    public double nonNegative(String column) {
        return notNegative(column, requiredDouble(column));
    }

    /** An optional area or amount: empty means zero. */
    public double nonNegativeOrZero(String column) {
        return notNegative(column, optionalDouble(column).orElse(0));
    }

    public int requiredInt(String column) {
        return require(column, "a whole number") ? optionalInt(column).orElse(0) : 0;
    }

    public OptionalInt optionalInt(String column) {
        String text = text(column);
        return text.isEmpty() ? OptionalInt.empty() : parseInt(column, text);
    }

    /** A year within {@code min..max}. */
    public int year(String column, int min, int max) {
        int year = requiredInt(column);
        if (!hasErrorIn(column) && (year < min || year > max)) {
            error(column, "year must be within " + min + "–" + max + ", found " + text(column), "yearRange",
                    String.valueOf(min), String.valueOf(max), text(column));
        }
        return year;
    }

    /** A value from a closed set, parsed by {@code parser}, which throws with the allowed values. */
    public <T> T choice(String column, Function<String, T> parser) {
        String text = requiredText(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            error(column, e.getMessage());
            return null;
        }
    }

    /** Records a problem with one cell. */
    public void error(String column, String message) {
        error(column, message, "");
    }

    /** Records a problem with one cell, with its kind and values for another language's wording. */
    public void error(String column, String message, String key, String... args) {
        Integer index = columnIndex.get(column);
        errors.add(file, row.line(), index == null ? 0 : index + 1, column, message, key, args);
        failed = true;
        lastErrorColumn = column;
    }

    /** Whether the cell has a value; where it has none, an error: {@code what} is required. */
    private boolean require(String column, String what) {
        if (text(column).isEmpty()) {
            error(column, what + " is required", "required");
            return false;
        }
        return true;
    }

    /** The value, or 0 and an error where it is negative or beyond {@link #MAX_AMOUNT}. */
    private double notNegative(String column, double value) {
        if (value < 0) {
            error(column, "must not be negative, found " + text(column), "negative", text(column));
            return 0;
        }
        if (value > MAX_AMOUNT) {
            error(column, "must be at most 1e12, found " + text(column), "tooLarge", text(column));
            return 0;
        }
        return value;
    }

    private boolean hasErrorIn(String column) {
        return column.equals(lastErrorColumn);
    }

    private OptionalDouble parseDouble(String column, String text) {
        String number = Values.number(text);
        if (!DECIMAL.matcher(number).matches()) {
            error(column, "expected a number, found \"" + text + "\"", "notNumber", text);
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(number) * factors.getOrDefault(column, 1.0);
        if (!Double.isFinite(value)) {
            error(column, "number out of range: " + text, "numberRange", text);
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }

    private OptionalInt parseInt(String column, String text) {
        String number = Values.number(text);
        if (!INTEGER.matcher(number).matches()) {
            error(column, "expected a whole number, found \"" + text + "\"", "notWholeNumber", text);
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(number));
    }
}

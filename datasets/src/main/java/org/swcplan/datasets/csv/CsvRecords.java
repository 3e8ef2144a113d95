package org.swcplan.datasets.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one CSV file of a known {@link Schema} into records: checks the header, gives each row to a
 * mapper, and collects every problem (header, cell, row length) without stopping at the first.
 */
public final class CsvRecords {
    private CsvRecords() {
    }

    /** A record and the line it was read from, for checks that span rows. */
    public record Lined<T>(long line, T value) {
    }

    /**
     * The records read from a file, with its header (canonical column names in file order; "" for
     * a column that could not be mapped) for locating problems found across rows, and the rows as
     * read, so that rejected ones can be written back.
     */
    public record Parsed<T>(String file, List<String> header, List<Lined<T>> records, List<CsvTable.Row> rows,
                            List<String> rawHeader) {
        public Parsed {
            header = List.copyOf(header);
            records = List.copyOf(records);
            rows = List.copyOf(rows);
            rawHeader = List.copyOf(rawHeader);
        }

        static <T> Parsed<T> empty(String file) {
            return new Parsed<>(file, List.of(), List.of(), List.of(), List.of());
        }

        /** The same file's reading with only the records on lines not in {@code rejected}. */
        public Parsed<T> without(Set<Long> rejected) {
            return new Parsed<>(file, header, records.stream().filter(r -> !rejected.contains(r.line())).toList(), rows,
                    rawHeader);
        }

        public List<T> values() {
            return records.stream().map(Lined::value).toList();
        }

        /** 1-based column number of {@code column}, 0 when the file lacks it. */
        public int columnNumber(String column) {
            return header.indexOf(column) + 1;
        }

        /** Reports rows whose key repeats an earlier row's, at the first key column; returns this reading. */
        public Parsed<T> rejectDuplicates(Function<T, Object> key, String keyColumn, DataErrors errors) {
            Map<Object, Long> firstLine = new HashMap<>();
            for (Lined<T> record : records) {
                Long first = firstLine.putIfAbsent(key.apply(record.value()), record.line());
                if (first != null) {
                    errors.add(file, record.line(), columnNumber(keyColumn), keyColumn,
                            "duplicate key " + key.apply(record.value()) + " (first on line " + first + ")");
                }
            }
            return this;
        }

        public void error(Lined<T> record, String column, String message, DataErrors errors) {
            errors.add(file, record.line(), columnNumber(column), column, message);
        }

        /** As {@link #error(Lined, String, String, DataErrors)}, with its kind and values for another language. */
        public void error(Lined<T> record, String column, String message, DataErrors errors, String key,
                          String... args) {
            errors.add(file, record.line(), columnNumber(column), column, message, key, args);
        }
    }

    /** Turns one row into a record, or empty when the row has problems (already recorded). */
    @FunctionalInterface
    public interface RowMapper<T> {
        Optional<T> map(Fields fields);
    }

    public static <T> Parsed<T> read(String file, byte[] bytes, Schema schema, RowMapper<T> mapper,
                                     DataErrors errors) {
        return read(file, bytes, Optional.empty(), schema, mapper, errors);
    }

    /**
     * @param encoding the file's encoding, or empty to detect it
     */
    public static <T> Parsed<T> read(String file, byte[] bytes, Optional<Charset> encoding,
                                     Schema schema, RowMapper<T> mapper, DataErrors errors) {
        CsvTable table;
        try {
            table = CsvTable.parse(file, bytes, encoding);
        } catch (InvalidDataException e) {
            e.errors().forEach(errors::add);
            return Parsed.empty(file);
        }
        Map<String, Integer> index = new HashMap<>();
        Map<String, Double> factors = new HashMap<>();
        List<String> canonical = checkHeader(table, schema, errors, index, factors);
        if (canonical == null) {
            return new Parsed<>(file, List.of(), List.of(), table.rows(), table.header());
        }
        List<Lined<T>> records = new ArrayList<>();
        Set<Long> undecodable = undecodableRows(table, errors);
        for (CsvTable.Row row : table.rows()) {
            if (undecodable.contains(row.line())) {
                continue;
            }
            if (row.cells().size() != table.header().size()) {
                reportRowLength(file, row, table.header(), errors);
                continue;
            }
            Fields fields = new Fields(file, row, index, factors, errors);
            Optional<T> value;
            try {
                value = mapper.map(fields);
            } catch (IllegalArgumentException e) {
                errors.add(file, row.line(), 0, "", e.getMessage());
                continue;
            }
            if (!fields.hasErrors()) {
                value.ifPresent(v -> records.add(new Lined<>(row.line(), v)));
            }
        }
        return new Parsed<>(file, canonical, records, table.rows(), table.header());
    }

    /**
     * Reports every undecodable byte at the row it is in (a row whose quoted field spans lines is
     * named by its first line) and returns the first lines of those rows, which are not read.
     */
    /** The row holding a physical line, by binary search over rows in file order (a scan was quadratic). */
    private static Optional<CsvTable.Row> rowSpanning(List<CsvTable.Row> rows, long physicalLine) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            CsvTable.Row row = rows.get(middle);
            if (row.spans(physicalLine)) {
                return Optional.of(row);
            } else if (row.line() > physicalLine) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return Optional.empty();
    }

    private static Set<Long> undecodableRows(CsvTable table, DataErrors errors) {
        Set<Long> lines = new HashSet<>();
        List<CsvTable.Row> rows = table.rows();
        for (DataError e : table.undecodable()) {
            Optional<CsvTable.Row> row = rowSpanning(rows, e.line());
            if (row.isPresent() && row.get().line() != e.line()) {
                errors.add(table.file(), row.get().line(), e.column(), e.header(),
                        e.message() + " (in a quoted field, on physical line " + e.line() + ")");
            } else {
                errors.add(e);
            }
            row.ifPresent(r -> lines.add(r.line()));
        }
        return lines;
    }

    /**
     * Maps the header cells to canonical columns (filling {@code index} and {@code factors});
     * returns the canonical names in file order, or null when the header has problems.
     */
    private static List<String> checkHeader(CsvTable table, Schema schema, DataErrors errors,
                                            Map<String, Integer> index, Map<String, Double> factors) {
        boolean ok = true;
        List<String> header = table.header();
        List<String> canonical = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            Optional<Headers.Resolved> resolved = Headers.resolve(cell, schema);
            if (resolved.isEmpty()) {
                String hint = schema.suggestion(Headers.key(cell)).map(s -> " (did you mean " + s + "?)").orElse("");
                errors.add(table.file(), 1, i + 1, cell, "unknown column" + hint);
                canonical.add("");
                ok = false;
                continue;
            }
            String column = resolved.get().column();
            canonical.add(column);
            if (index.putIfAbsent(column, i) != null) {
                errors.add(table.file(), 1, i + 1, cell, "column " + column + " appears twice (first as column "
                        + (index.get(column) + 1) + ")");
                ok = false;
            }
            factors.put(column, resolved.get().factor());
        }
        for (String required : schema.required()) {
            if (!index.containsKey(required)) {
                errors.add(table.file(), 1, header.size() + 1, required, "missing required column", "missingColumn");
                ok = false;
            }
        }
        return ok ? canonical : null;
    }

    private static void reportRowLength(String file, CsvTable.Row row, List<String> header, DataErrors errors) {
        int cells = row.cells().size();
        if (cells > header.size()) {
            errors.add(file, row.line(), header.size() + 1, "",
                    "row has " + cells + " fields, the header has " + header.size() + " (extra field)");
        } else {
            errors.add(file, row.line(), cells + 1, header.get(cells),
                    "row has " + cells + " fields, the header has " + header.size() + " (missing field)");
        }
    }
}

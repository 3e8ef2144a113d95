package org.swcplan.datasets.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The records read from a file, with its header for locating problems found across rows. */
    public record Parsed<T>(String file, List<String> header, List<Lined<T>> records) {
        public Parsed {
            header = List.copyOf(header);
            records = List.copyOf(records);
        }

        public List<T> values() {
            return records.stream().map(Lined::value).toList();
        }

        /** 1-based column number of {@code column}, 0 when the file lacks it. */
        public int columnNumber(String column) {
            return header.indexOf(column) + 1;
        }

        /** Reports rows whose key repeats an earlier row's, at the first key column. */
        public void rejectDuplicates(Function<T, Object> key, String keyColumn, DataErrors errors) {
            Map<Object, Long> firstLine = new HashMap<>();
            for (Lined<T> record : records) {
                Long first = firstLine.putIfAbsent(key.apply(record.value()), record.line());
                if (first != null) {
                    errors.add(file, record.line(), columnNumber(keyColumn), keyColumn,
                            "duplicate key " + key.apply(record.value()) + " (first on line " + first + ")");
                }
            }
        }

        public void error(Lined<T> record, String column, String message, DataErrors errors) {
            errors.add(file, record.line(), columnNumber(column), column, message);
        }
    }

    /** Turns one row into a record, or empty when the row has problems (already recorded). */
    @FunctionalInterface
    public interface RowMapper<T> {
        Optional<T> map(Fields fields);
    }

    public static <T> Parsed<T> read(String file, byte[] bytes, Schema schema, RowMapper<T> mapper,
                                     DataErrors errors) {
        CsvTable table;
        try {
            table = CsvTable.parse(file, bytes);
        } catch (InvalidDataException e) {
            e.errors().forEach(errors::add);
            return new Parsed<>(file, List.of(), List.of());
        }
        Map<String, Integer> index = checkHeader(table, schema, errors);
        if (index == null) {
            return new Parsed<>(file, table.header(), List.of());
        }
        List<Lined<T>> records = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.cells().size() != table.header().size()) {
                reportRowLength(file, row, table.header(), errors);
                continue;
            }
            Fields fields = new Fields(file, row, index, errors);
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
        return new Parsed<>(file, table.header(), records);
    }

    private static Map<String, Integer> checkHeader(CsvTable table, Schema schema, DataErrors errors) {
        Map<String, Integer> index = new HashMap<>();
        boolean ok = true;
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!schema.knows(column)) {
                String hint = schema.suggestion(column).map(s -> " (did you mean " + s + "?)").orElse("");
                errors.add(table.file(), 1, i + 1, column, "unknown column" + hint);
                ok = false;
            } else if (index.putIfAbsent(column, i) != null) {
                errors.add(table.file(), 1, i + 1, column, "column appears twice (first as column " + (index.get(column) + 1) + ")");
                ok = false;
            }
        }
        for (String required : schema.required()) {
            if (!index.containsKey(required)) {
                errors.add(table.file(), 1, header.size() + 1, required, "missing required column");
                ok = false;
            }
        }
        return ok ? index : null;
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

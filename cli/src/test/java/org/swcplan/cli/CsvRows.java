package org.swcplan.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A command's CSV (no quoted commas), or a section of its JSON, as rows of header → cell, for tests. */
final class CsvRows {
    private CsvRows() {
    }

    static List<Map<String, String>> of(String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The rows of one array section of a command's JSON, as header → cell text (numbers as written). */
    static List<Map<String, String>> ofJsonSection(String json, String section) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (com.google.gson.JsonElement element : com.google.gson.JsonParser.parseString(json).getAsJsonObject()
                .getAsJsonArray(section)) {
            Map<String, String> row = new HashMap<>();
            element.getAsJsonObject().entrySet().forEach(e -> row.put(e.getKey(),
                    e.getValue().isJsonNull() ? "" : e.getValue().getAsString()));
            rows.add(row);
        }
        return rows;
    }

    static double num(Map<String, String> row, String key) {
        return Double.parseDouble(row.get(key));
    }
}

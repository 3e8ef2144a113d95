package org.swcplan.tables.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import tech.tablesaw.api.Table;

/** {@code --sort} and {@code --limit}: the order of a result's rows and how many are kept. */
final class Order {
    private Order() {
    }

    /**
     * The rows sorted by {@code sort} (comma-separated columns of {@code table}; {@code -col} or
     * {@code col:desc} descending), then the first {@code limit}. An empty sort keeps their order.
     */
    static Table apply(Table table, String sort, OptionalInt limit) {
        Table sorted = table;
        if (!sort.isBlank()) {
            OptionText text = new OptionText("--sort", sort);
            List<String> keys = new ArrayList<>();
            for (OptionText.Item item : text.items()) {
                String name = item.value();
                boolean descending = name.startsWith("-");
                int position = item.position();
                if (descending || name.startsWith("+")) {
                    name = name.substring(1).strip();
                    position++;
                }
                int colon = name.lastIndexOf(':');
                if (colon > 0) {
                    String direction = name.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                    if (!direction.equals("asc") && !direction.equals("desc")) {
                        throw text.error(position + colon + 1, "expected asc or desc after :, found " + direction);
                    }
                    descending = direction.equals("desc");
                    name = name.substring(0, colon).strip();
                }
                keys.add((descending ? "-" : "") + text.column(name, position, table.columnNames(), "the result"));
            }
            sorted = table.sortOn(keys.toArray(String[]::new));
        }
        return limit.isPresent() && limit.getAsInt() < sorted.rowCount() ? sorted.first(limit.getAsInt()) : sorted;
    }
}

package org.swcplan.datasets.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * The one layout of a {@code FILE.rejects.csv} (lenient {@code import} and {@code erosion}): the
 * physical line of each rejected row, every reason given for it, then the row's own fields under
 * the file's own header, so that the rows can be corrected and read again.
 */
public final class RejectsFile {
    private RejectsFile() {
    }

    /** One rejected row: its line, its reasons, its fields as read. */
    public record Rejected(long line, String reason, List<String> cells) {
        public Rejected {
            cells = List.copyOf(cells);
        }
    }

    /** The file's text (a header only when nothing was rejected). */
    public static String text(List<String> header, List<Rejected> rows) {
        List<String> columns = new ArrayList<>(List.of("line", "reason"));
        columns.addAll(header);
        List<List<String>> lines = new ArrayList<>();
        for (Rejected row : rows) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(row.line()), row.reason()));
            cells.addAll(row.cells());
            lines.add(cells);
        }
        return CsvText.write(columns, lines, "\n");
    }
}

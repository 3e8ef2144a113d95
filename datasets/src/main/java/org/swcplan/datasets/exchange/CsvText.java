package org.swcplan.datasets.exchange;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** CSV text written with OpenCSV: RFC 4180 quoting only where a field needs it. */
final class CsvText {
    private CsvText() {
    }

    static String write(List<String> header, List<List<String>> rows, String lineEnd) {
        StringWriter out = new StringWriter();
        try (ICSVWriter writer = new CSVWriterBuilder(out).withLineEnd(lineEnd)
                .withSeparator(CSVWriter.DEFAULT_SEPARATOR).build()) {
            writer.writeNext(header.toArray(String[]::new), false);
            for (List<String> row : rows) {
                writer.writeNext(row.toArray(String[]::new), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package org.swcplan.reports.result;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.swcplan.model.FormulaGuard;
import org.swcplan.reports.text.Column;

/**
 * A section as CSV through OpenCSV's writer: quotes only where RFC 4180 needs them, the header
 * in English keys or Chinese headings, every cell through the {@link FormulaGuard}.
 */
public final class CsvRenderer {
    private CsvRenderer() {
    }

    public static <T> void write(Section<T> section, String cityCode, RenderOptions options, Writer out)
            throws IOException {
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, options.csvLineEnd());
        csv.writeNext(section.columns().stream().map(c -> FormulaGuard.guard(c.header(options.headers())))
                .toArray(String[]::new), false);
        for (T row : section.rows()) {
            List<Column<T>> columns = section.columns();
            String[] cells = new String[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = FormulaGuard.guard(columns.get(c).cell(row, cityCode));
            }
            csv.writeNext(cells, false);
        }
        csv.flush();
    }
}

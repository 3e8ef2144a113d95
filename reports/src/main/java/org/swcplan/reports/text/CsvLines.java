package org.swcplan.reports.text;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes CSV records: fields quoted only where RFC 4180 requires it, LF line ends. */
public final class CsvLines {
    private CsvLines() {
    }

    public static void write(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}

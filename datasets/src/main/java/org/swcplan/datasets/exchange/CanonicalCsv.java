package org.swcplan.datasets.exchange;

import java.util.List;
import org.swcplan.datasets.exchange.Exporter.Encoding;
import org.swcplan.datasets.exchange.Exporter.HeaderLanguage;
import org.swcplan.datasets.csv.Headers;
import org.swcplan.model.FormulaGuard;

/** Records of a kind written as its canonical file, and templates for statisticians to fill. */
public final class CanonicalCsv {
    private CanonicalCsv() {
    }

    /** The canonical file's text: UTF-8 text, English headers, LF line ends, exact numbers. */
    public static <T> String text(DataKind<T> kind, List<T> records) {
        return CsvText.write(kind.columns(), records.stream().map(kind::cells).toList(), "\n");
    }

    /**
     * Records for a spreadsheet program: headers in English or Chinese, every cell through the
     * formula guard, CRLF line ends.
     */
    public static <T> String exported(DataKind<T> kind, List<T> records, HeaderLanguage headers) {
        return spreadsheet(kind, records.stream().map(kind::cells).toList(), headers);
    }

    /** A file with the kind's headers and one example row, ready for a spreadsheet program. */
    public static byte[] template(DataKind<?> kind, HeaderLanguage headers, Encoding encoding) {
        return Exporter.encode(spreadsheet(kind, List.of(kind.example()), headers), encoding, kind.name() + " template");
    }

    private static String spreadsheet(DataKind<?> kind, List<List<String>> rows, HeaderLanguage headers) {
        List<String> header = kind.columns().stream()
                .map(c -> FormulaGuard.guard(headers == HeaderLanguage.ZH ? Headers.chinese(c) : c)).toList();
        return CsvText.write(header, rows.stream().map(r -> r.stream().map(FormulaGuard::guard).toList()).toList(),
                "\r\n");
    }
}

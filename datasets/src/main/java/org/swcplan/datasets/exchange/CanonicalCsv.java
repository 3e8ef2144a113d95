package org.swcplan.datasets.exchange;

import java.util.List;
import org.swcplan.datasets.exchange.Exporter.Encoding;
import org.swcplan.datasets.exchange.Exporter.HeaderLanguage;

/** Records of a kind written as its canonical file, and templates for statisticians to fill. */
public final class CanonicalCsv {
    private CanonicalCsv() {
    }

    /** The canonical file's text: UTF-8 text, English headers, LF line ends, exact numbers. */
    public static <T> String text(DataKind<T> kind, List<T> records) {
        return CsvText.write(kind.columns(), records.stream().map(kind::cells).toList(), "\n");
    }

    /** A file with the kind's headers and one example row, ready for a spreadsheet program. */
    public static byte[] template(DataKind<?> kind, HeaderLanguage headers, Encoding encoding) {
        String csv = CsvText.write(kind.columns(), List.of(kind.example()), "\n");
        return Exporter.encode(csv, encoding, headers, kind.name() + " template");
    }
}

package org.swcplan.datasets.csv;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file read with OpenCSV's RFC 4180 parser: the header and the data rows, each with the
 * physical line it starts on (the header is line 1; a quoted field spanning lines counts them all).
 * Rows that are entirely empty are skipped.
 */
public record CsvTable(String file, List<String> header, List<Row> rows, List<DataError> undecodable) {
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        undecodable = List.copyOf(undecodable);
    }

    /** A data row, the physical line it starts on and the last line it spans (a quoted field may hold line breaks). */
    public record Row(long line, long lastLine, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Row(long line, List<String> cells) {
            this(line, line, cells);
        }

        public boolean spans(long physicalLine) {
            return physicalLine >= line && physicalLine <= lastLine;
        }
    }

    /**
     * Parses with the encoding detected ({@link TextDecoding}).
     *
     * @throws InvalidDataException for undecodable bytes, an empty file or a malformed quote
     */
    public static CsvTable parse(String file, byte[] bytes) {
        return parse(file, bytes, Optional.empty());
    }

    /**
     * @param encoding the encoding to read, or empty to detect it
     * @throws InvalidDataException for undecodable bytes in the header, an empty file or a malformed
     *                              quote; undecodable bytes in rows are listed in {@link #undecodable()}
     */
    public static CsvTable parse(String file, byte[] bytes, Optional<Charset> encoding) {
        TextDecoding.Decoded decoded = TextDecoding.decode(file, bytes, encoding);
        if (decoded.errors().stream().anyMatch(e -> e.line() == 1)) {
            throw new InvalidDataException(decoded.errors().stream().filter(e -> e.line() == 1).toList());
        }
        String text = decoded.text();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withKeepCarriageReturn(false)
                .build()) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            while (true) {
                long line = reader.getLinesRead() + 1;
                String[] cells = readNext(reader, file, line);
                if (cells == null) {
                    break;
                }
                if (isBlank(cells)) {
                    continue;
                }
                if (header == null) {
                    header = Arrays.stream(cells).map(CsvTable::normaliseHeader).toList();
                } else {
                    rows.add(new Row(line, reader.getLinesRead(), Arrays.asList(cells)));
                }
            }
            if (header == null) {
                throw new InvalidDataException(List.of(new DataError(file, 1, 0, "", "the file is empty: expected a header row")));
            }
            return new CsvTable(file, header, rows, decoded.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] readNext(CSVReader reader, String file, long line) throws IOException {
        try {
            return reader.readNext();
        } catch (CsvValidationException | IOException e) {
            if (e instanceof IOException && !(e.getMessage() != null && e.getMessage().contains("quote"))) {
                throw (IOException) e;
            }
            throw new InvalidDataException(List.of(new DataError(file, line, 0, "",
                    "malformed CSV: " + e.getMessage())));
        }
    }

    /** Header cells as written, only stripped of surrounding spaces; {@link Headers} maps them to columns. */
    static String normaliseHeader(String cell) {
        return cell.strip();
    }

    private static boolean isBlank(String[] cells) {
        return Arrays.stream(cells).allMatch(String::isBlank);
    }
}

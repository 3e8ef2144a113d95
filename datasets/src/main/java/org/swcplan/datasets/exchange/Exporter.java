package org.swcplan.datasets.exchange;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.Headers;
import org.swcplan.datasets.csv.InvalidDataException;
import org.swcplan.model.FormulaGuard;

/**
 * CSV for spreadsheet programs: headers in English or Chinese, text cells that Excel would run as
 * a formula (leading =, +, -, @, tab, CR) neutralised with a leading apostrophe (numbers
 * untouched), CRLF line ends, and UTF-8 with a byte-order mark, plain UTF-8, or GBK, encoded
 * strictly: a character the encoding cannot hold is an error, never a "?". For GBK, the common
 * characters it lacks (−, ², NBSP …) are first replaced by {@link GbkSubstitutes}' table.
 */
public final class Exporter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GBK = Charset.forName("GBK");

    private Exporter() {
    }

    /** The encoding of an export. */
    public enum Encoding {
        UTF_8_BOM, UTF_8, GBK;

        public static Encoding fromName(String name) {
            return switch (name.toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "utf-8-bom", "utf8-bom" -> UTF_8_BOM;
                case "utf-8", "utf8" -> UTF_8;
                case "gbk", "gb18030" -> GBK;
                default -> throw new IllegalArgumentException("encoding must be utf-8-bom, utf-8 or gbk; was " + name);
            };
        }
    }

    /** Header language of an export. */
    public enum HeaderLanguage { EN, ZH }

    /** The cell, with an apostrophe in front when a spreadsheet would treat it as a formula. */
    public static String guard(String cell) {
        return FormulaGuard.guard(cell);
    }

    /**
     * CSV text in an encoding, strictly: a character the encoding cannot hold is an error naming
     * the line and column, never a "?".
     *
     * @param name the file name to put in messages
     */
    public static byte[] encode(String text, Encoding encoding, String name) {
        return bytes(text, encoding, name);
    }

    private static byte[] bytes(String text, Encoding encoding, String name) {
        // GBK, not GB18030, when writing: GB18030 holds every character, so it could never refuse one
        Charset charset = encoding == Encoding.GBK ? GBK : StandardCharsets.UTF_8;
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (encoding == Encoding.UTF_8_BOM) {
            out.writeBytes(BOM);
        }
        String[] lines = (encoding == Encoding.GBK ? GbkSubstitutes.apply(text) : text).split("\r\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i] + (i < lines.length - 1 ? "\r\n" : "");
            try {
                ByteBuffer encoded = encoder.reset().encode(CharBuffer.wrap(line));
                out.write(encoded.array(), encoded.arrayOffset(), encoded.limit());
            } catch (CharacterCodingException e) {
                throw new InvalidDataException(List.of(unencodable(name, i + 1, line, encoding)));
            }
        }
        return out.toByteArray();
    }

    private static DataError unencodable(String name, int line, String text, Encoding encoding) {
        CharsetEncoder probe = GBK.newEncoder();
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                column++;
            } else if (!probe.canEncode(c)) {
                return new DataError(name, line, column, "", "character '" + c + "' (U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + ") cannot be written in " + encoding
                        + (encoding == Encoding.GBK ? ", nor has it a substitute in the table of docs/gbk-export.md" : "")
                        + "; export as utf-8-bom instead");
            }
        }
        return new DataError(name, line, 0, "", "this line cannot be written in " + encoding);
    }
}

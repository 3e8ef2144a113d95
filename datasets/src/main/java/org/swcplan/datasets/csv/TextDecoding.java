package org.swcplan.datasets.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a text file's bytes, detecting the encoding when none is given: a UTF-8 byte-order mark
 * means UTF-8; bytes that are UTF-8 (perhaps but for a stray byte or two among many characters
 * that are) are UTF-8; anything else is read as GB18030 (the superset of GBK that Chinese
 * spreadsheet programs write). A byte sequence the encoding cannot decode never passes silently:
 * it becomes an error naming its line and field, and the row it is in is not read.
 */
public final class TextDecoding {
    /** GB18030 decodes every GBK file and more. */
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /**
     * UTF-8 is still taken when undecodable sequences are at most this share of the non-ASCII
     * characters that did decode: a stray byte among real UTF-8 text. GBK text read as UTF-8 fails
     * at nearly every character instead.
     */
    private static final double STRAY_SHARE = 0.1;

    private TextDecoding() {
    }

    /**
     * The decoded text, the encoding it was read in, and one error per undecodable byte sequence
     * (their places hold U+FFFD in the text).
     */
    public record Decoded(String text, Charset charset, List<DataError> errors) {
        public Decoded {
            errors = List.copyOf(errors);
        }
    }

    /** Resolves an {@code --encoding} value: utf-8, utf-8-bom, gbk, gb18030. */
    public static Charset charset(String name) {
        return switch (name.toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "utf-8", "utf8", "utf-8-bom" -> StandardCharsets.UTF_8;
            case "gbk", "gb2312", "gb18030", "cp936" -> GB18030;
            default -> throw new IllegalArgumentException("encoding must be utf-8, utf-8-bom, gbk or gb18030; was " + name);
        };
    }

    /**
     * @param override the encoding to use, or empty to detect it
     */
    public static Decoded decode(String file, byte[] bytes, Optional<Charset> override) {
        int start = hasBom(bytes) ? BOM.length : 0;
        if (override.isPresent()) {
            Charset charset = override.get();
            return decode(file, bytes, charset.equals(StandardCharsets.UTF_8) ? start : 0, charset);
        }
        Decoded utf8 = decode(file, bytes, start, StandardCharsets.UTF_8);
        if (start > 0) {
            return utf8;
        }
        if (utf8.errors().isEmpty()) {
            return looksLikeGbk(utf8.text(), bytes) ? decode(file, bytes, 0, GB18030) : utf8;
        }
        long nonAscii = utf8.text().chars().filter(c -> c > 0x7F && c != 0xFFFD).count();
        if (utf8.errors().size() <= STRAY_SHARE * nonAscii) {
            return utf8;
        }
        return decode(file, bytes, 0, GB18030);
    }

    /**
     * GBK text can happen to be valid UTF-8 (a fifth of the common characters are); it then reads
     * as Latin, Greek or Cyrillic letters and no Chinese. Such text, where GB18030 reads Chinese
     * without error, is GBK.
     */
    private static boolean looksLikeGbk(String utf8, byte[] bytes) {
        if (hasCjk(utf8) || !hasTwoByteLetters(utf8)) {
            return false;
        }
        Decoded gbk = decode("", bytes, 0, GB18030);
        return gbk.errors().isEmpty() && hasCjk(gbk.text());
    }

    // Plain loops over chars, not code point streams: every file read passes here, mostly ASCII files
    // that are scanned to their end, while the code is still interpreted at start-up. CJK ideographs
    // and the letters that UTF-8 writes in two bytes are all in the Basic Multilingual Plane, so no
    // surrogate pair can be one of them.
    private static boolean hasCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTwoByteLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x7FF) {
                return true;
            }
        }
        return false;
    }

    private static Decoded decode(String file, byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
        List<DataError> errors = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                break;
            }
            errors.add(undecodable(file, out.duplicate().flip().toString(), bytes[in.position()], charset));
            out.put('\uFFFD');
            in.position(in.position() + result.length());
        }
        decoder.flush(out);
        return new Decoded(out.flip().toString(), charset, errors);
    }

    private static DataError undecodable(String file, String decodedSoFar, byte bad, Charset charset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < decodedSoFar.length(); i++) {
            if (decodedSoFar.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        boolean quoted = false;
        for (char c : decodedSoFar.substring(lineStart).toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                column++;
            }
        }
        return new DataError(file, line, column, "", String.format(Locale.ROOT,
                "byte 0x%02X cannot be decoded as %s (save the file as UTF-8, or give --encoding)", bad & 0xFF,
                charset.name()));
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }
}

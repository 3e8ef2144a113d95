package org.swcplan.datasets.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Decodes file bytes as UTF-8, strictly: a byte that is not UTF-8 is an error with its line and column. */
public final class StrictText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StrictText() {
    }

    /**
     * @return the text without a leading byte-order mark
     * @throws InvalidDataException naming the line and column (field) of the first bad byte
     */
    public static String decodeUtf8(String file, byte[] bytes) {
        int start = hasBom(bytes) ? BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidDataException(List.of(undecodable(file, out.flip().toString(), in.get(in.position()))));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static DataError undecodable(String file, String decodedSoFar, byte bad) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < decodedSoFar.length(); i++) {
            if (decodedSoFar.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = decodedSoFar.substring(lineStart);
        int column = 1;
        boolean quoted = false;
        for (char c : before.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                column++;
            }
        }
        return new DataError(file, line, column, "",
                String.format(Locale.ROOT, "byte 0x%02X is not valid UTF-8 (save the file as UTF-8)", bad & 0xFF));
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }
}

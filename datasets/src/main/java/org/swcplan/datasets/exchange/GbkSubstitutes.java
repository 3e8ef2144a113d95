package org.swcplan.datasets.exchange;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table of common characters that GBK cannot hold and the text written in their place
 * in a GBK export (docs/gbk-export.md lists the same table): typographic minus and dashes,
 * superscript and subscript digits, unusual spaces, a few symbols. A character neither GBK nor the
 * table covers (an emoji, a rare letter) still fails the export, with its line and column.
 */
public final class GbkSubstitutes {
    private static final Map<Character, String> TABLE = build();

    private GbkSubstitutes() {
    }

    /** The table, character → substitute, in the documented order. */
    public static Map<Character, String> table() {
        return TABLE;
    }

    private static Map<Character, String> build() {
        Map<Character, String> t = new LinkedHashMap<>();
        t.put('\u2212', "-"); // − minus sign
        t.put('\u2011', "-"); // non-breaking hyphen
        t.put('\u2012', "-"); // figure dash
        t.put('\u2044', "/"); // ⁄ fraction slash
        String superscripts = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079"; // ⁰¹²³⁴⁵⁶⁷⁸⁹ (km², m³)
        for (int d = 0; d <= 9; d++) {
            t.put(superscripts.charAt(d), Integer.toString(d));
        }
        for (int d = 0; d <= 9; d++) {
            t.put((char) ('\u2080' + d), Integer.toString(d)); // ₀–₉
        }
        t.put('\u00BC', "1/4");
        t.put('\u00BD', "1/2");
        t.put('\u00BE', "3/4");
        t.put('\u00A0', " "); // no-break space
        t.put('\u2002', " "); // en space
        t.put('\u2003', " "); // em space
        t.put('\u2009', " "); // thin space
        t.put('\u202F', " "); // narrow no-break space
        t.put('\u00AD', "");  // soft hyphen
        t.put('\u200B', "");  // zero-width space
        t.put('\uFEFF', "");  // zero-width no-break space (a stray byte-order mark)
        t.put('\u2022', "·"); // • bullet
        t.put('\u00B5', "μ"); // µ micro sign → Greek mu, which GBK holds
        t.put('\u301C', "～"); // 〜 wave dash → fullwidth tilde
        t.put('\u00A5', "￥"); // ¥ → fullwidth yen/yuan sign
        t.put('\u33A2', "km2"); // ㎢
        t.put('\u00AE', "(R)");
        t.put('\u00A9', "(C)");
        t.put('\u2122', "(TM)");
        return Collections.unmodifiableMap(t);
    }

    /** {@code text} with every character GBK cannot hold and the table covers replaced. */
    public static String apply(String text) {
        CharsetEncoder gbk = Charset.forName("GBK").newEncoder();
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String substitute = TABLE.get(c);
            if (substitute != null && !gbk.canEncode(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(substitute);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}

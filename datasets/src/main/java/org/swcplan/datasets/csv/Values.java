package org.swcplan.datasets.csv;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What statisticians type into cells, made canonical: full-width digits and punctuation become
 * ASCII (Unicode NFKC), surrounding spaces go, thousands separators and a trailing percent sign
 * are dropped from numbers, and an empty cell or a dash means "missing".
 */
public final class Values {
    private static final Set<String> MISSING = Set.of("", "-", "—", "–", "―", "−", "--");
    /** 1,234 and 12,345.6 but not 0,123 (a decimal comma, refused rather than misread as 123). */
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?");
    /** The mark a cell exported for Excel carries before a leading =, +, -, @, tab or CR. */
    static final char FORMULA_GUARD = '\'';

    private Values() {
    }

    /** NFKC-normalised and stripped text. */
    public static String normalise(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
    }

    /** The text of a cell as meant: normalised, without the guard an export put before a formula-like start. */
    public static String text(String cell) {
        String text = cell.strip();
        if (text.length() > 1 && text.charAt(0) == FORMULA_GUARD && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    public static boolean isMissing(String cell) {
        return MISSING.contains(normalise(cell));
    }

    /** The cell as a plain decimal number string (no separators, no %), or the normalised text as found. */
    public static String number(String cell) {
        String text = normalise(cell).replace(" ", "");
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1);
        }
        if (THOUSANDS.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        return text;
    }
}

package org.swcplan.model;

import java.util.regex.Pattern;

/**
 * The guard every CSV cell the tool writes passes (exports, templates, reports, {@code --format
 * csv}): text that a spreadsheet would run as a formula (leading =, +, -, @, tab, CR) gets a
 * leading apostrophe; numbers are left alone. Kept here so that every writer uses one rule.
 */
public final class FormulaGuard {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private FormulaGuard() {
    }

    public static String guard(String cell) {
        if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

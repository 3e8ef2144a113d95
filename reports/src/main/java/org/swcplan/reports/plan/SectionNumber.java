package org.swcplan.reports.plan;

/** A numbered item of the plan's body, （二十） or （二十六）, as an Arabic number for the English edition. */
public final class SectionNumber {
    private static final String DIGITS = "零一二三四五六七八九";

    private SectionNumber() {
    }

    /** 20 for （二十）, 26 for （二十六）, 11 for （十一）; the text as given where it is no such number. */
    public static String arabic(String basis) {
        String inner = basis.replaceAll("[（）()\\s]", "");
        if (inner.isEmpty() || !inner.chars().allMatch(ch -> ch == '十' || DIGITS.indexOf(ch) >= 0)) {
            return basis;
        }
        int ten = inner.indexOf('十');
        if (ten < 0) {
            return inner.length() == 1 ? Integer.toString(DIGITS.indexOf(inner.charAt(0))) : basis;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(inner.charAt(ten - 1));
        int units = ten == inner.length() - 1 ? 0 : DIGITS.indexOf(inner.charAt(ten + 1));
        return ten > 1 || inner.length() - ten > 2 ? basis : Integer.toString(tens * 10 + units);
    }
}

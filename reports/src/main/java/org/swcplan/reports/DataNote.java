package org.swcplan.reports;

/**
 * What every rendering says about its data: where it came from (in English and Chinese), and
 * whether its county figures are illustrative rather than published.
 */
public record DataNote(String source, String sourceZh, boolean illustrative) {
    public static final String ILLUSTRATIVE_EN =
            "Illustrative data: county erosion and treatment figures are invented for demonstration, not published statistics.";

    public DataNote {
        source = source == null ? "" : source;
        sourceZh = sourceZh == null ? source : sourceZh;
    }

    /** A source named the same in both languages (a folder's path). */
    public DataNote(String source, boolean illustrative) {
        this(source, source, illustrative);
    }

    /** One line for the foot of a table or report, in English. */
    public String footer() {
        return footer(Language.EN);
    }

    /** One line for the foot of a table or report. */
    public String footer(Language language) {
        if (language == Language.ZH) {
            return "数据来源：" + sourceZh + "。" + (illustrative ? Language.ZH.text("illustrative") : "");
        }
        return "Data: " + source + (illustrative ? ". " + ILLUSTRATIVE_EN : ".");
    }
}

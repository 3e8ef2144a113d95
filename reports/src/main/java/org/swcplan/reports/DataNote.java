package org.swcplan.reports;

/**
 * What every rendering says about its data: where it came from (in English and Chinese), whether
 * its county figures are illustrative rather than published, and the code that names the city in
 * the code column.
 *
 * @param cityCode the city's division code (e.g. 140800), or {@code CITY} where it has none
 */
public record DataNote(String source, String sourceZh, boolean illustrative, String cityCode) {

    public DataNote {
        source = source == null ? "" : source;
        sourceZh = sourceZh == null ? source : sourceZh;
        cityCode = cityCode == null ? "CITY" : cityCode;
    }

    /** A source named the same in both languages (a folder's path), the city as {@code CITY}. */
    public DataNote(String source, boolean illustrative) {
        this(source, source, illustrative, null);
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
        return "Data: " + source + (illustrative ? ". " + Language.EN.text("illustrative") : ".");
    }
}

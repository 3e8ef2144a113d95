package org.swcplan.model.region;

import java.util.Locale;
import java.util.Objects;
import org.swcplan.model.Checks;

/**
 * A published figure for the country or the province, which the city's own figures are compared
 * with (与全省、全国比较), and the publication it comes from.
 *
 * @param nameZh    the region's name as a Chinese text writes it (全国, 山西省)
 * @param nameEn    its English name (China, Shanxi Province)
 * @param year      the year the figure is for: the monitoring year, or the target's deadline
 * @param value     percent, 0–100
 * @param source    the publication and its address; a figure worked out from published ones says
 *                  {@value #DERIVED} and how
 */
public record ReferenceFigure(ReferenceScope scope, String nameZh, String nameEn, int year,
                              ReferenceIndicator indicator, double value, String source) {
    /** Sources of figures worked out from published ones, rather than published as such, contain this word. */
    public static final String DERIVED = "derived";

    public ReferenceFigure {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(indicator, "indicator");
        Checks.nonBlank("name_zh", nameZh);
        Checks.nonBlank("name_en", nameEn);
        Checks.year("year", year);
        Checks.within("value", value, 0, 100);
        Checks.nonBlank("source", source);
    }

    /** Whether the figure was worked out from published ones rather than published itself. */
    public boolean isDerived() {
        return source.toLowerCase(Locale.ROOT).contains(DERIVED);
    }
}

package org.swcplan.reports.report;

import java.util.HashMap;
import java.util.Map;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.reports.Language;

/**
 * The names of the counties and the city in the report's language. Results name units by their
 * Chinese name; the English edition shows the English name, so that it holds no Chinese outside
 * the parentheses where a name is given in both.
 */
final class Names {
    private final Language lang;
    private final Map<String, String> english = new HashMap<>();
    private final Map<String, String> byId = new HashMap<>();

    Names(Dataset dataset, Language lang) {
        this.lang = lang;
        for (County county : dataset.counties()) {
            english.put(county.nameZh(), county.nameEn());
            byId.put(county.code().value(), lang.name(county.nameZh(), county.nameEn()));
        }
        english.put(StandingAnalysis.CITY_NAME_ZH, StandingAnalysis.CITY_NAME_EN);
        byId.put(Scope.City.ID, lang.name(StandingAnalysis.CITY_NAME_ZH, StandingAnalysis.CITY_NAME_EN));
    }

    /** A unit's name. */
    String of(Scope unit) {
        return byId.getOrDefault(unit.id(), unit.id());
    }

    /** A name given in Chinese, in the report's language (unknown names as they are). */
    String shown(String nameZh) {
        return lang == Language.ZH ? nameZh : english.getOrDefault(nameZh, nameZh);
    }

    /**
     * A text from the results that names units in Chinese and counts money in 万元 and says 治理度 (a data-quality
     * note, an allocation's verdict), with the names and the unit in the report's language.
     */
    String translated(String text) {
        if (lang == Language.ZH) {
            return text;
        }
        String out = text.replace("万元", "CNY 10,000").replace("治理度", "treatment degree");
        for (Map.Entry<String, String> name : english.entrySet().stream()
                .sorted(Map.Entry.<String, String>comparingByKey(java.util.Comparator.comparingInt(String::length))
                        .reversed().thenComparing(Map.Entry.comparingByKey())).toList()) {
            out = out.replace(name.getKey(), name.getValue());
        }
        return out;
    }

    /** The city's proper name (运城市 / Yuncheng City), or the word for the whole city where the data has none. */
    static String city(Dataset dataset, Language lang) {
        return dataset.city().map(c -> lang.name(c.nameZh(), c.nameEn()))
                .orElse(lang.name(StandingAnalysis.CITY_NAME_ZH, StandingAnalysis.CITY_NAME_EN));
    }
}

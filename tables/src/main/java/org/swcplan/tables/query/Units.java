package org.swcplan.tables.query;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.City;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;

/**
 * The units of a dataset as a query needs them: a unit's code by any name it goes by (in {@code
 * --where code=夏县}), and its Chinese name beside its code for people, the city's row named 全市 as in
 * every output.
 */
final class Units {
    private final KnownCounties counties;
    private final Optional<Integer> cityCode;
    private final Optional<String> cityName;
    private final Map<Integer, String> names = new LinkedHashMap<>();
    private final int countyCount;

    Units(Dataset dataset) {
        this.counties = KnownCounties.of(dataset.counties());
        this.cityCode = dataset.cityCode().map(Integer::valueOf);
        this.cityName = dataset.city().map(City::nameZh);
        this.countyCount = dataset.counties().size();
        for (County county : dataset.counties()) {
            names.put(Integer.valueOf(county.code().id()), county.nameZh());
        }
        cityCode.ifPresent(code -> names.put(code, StandingAnalysis.CITY_NAME_ZH));
    }

    /** The code of the unit a text names: a county's code or name, the city's code or name, or CITY. */
    Optional<Integer> code(String text) {
        if (text.toUpperCase(Locale.ROOT).equals(Scope.City.ID) || text.equals(StandingAnalysis.CITY_NAME_ZH)
                || cityName.filter(text::equals).isPresent()) {
            return cityCode;
        }
        return counties.resolve(text).map(c -> Integer.valueOf(c.id()));
    }

    /** A label as the name of a column: the city's division code for {@code CITY}, where it has one. */
    String key(String label) {
        return Scope.City.ID.equals(label) ? cityCode.map(String::valueOf).orElse(label) : label;
    }

    /** Whether the codes are those of every county. */
    boolean allCounties(java.util.Set<Integer> codes) {
        return codes.size() == countyCount && codes.stream().allMatch(c -> names.containsKey(c)
                && cityCode.filter(c::equals).isEmpty());
    }

    /** The Chinese name of a unit by its code as written ({@code CITY} for the city); empty if unknown. */
    String name(String code) {
        if (Scope.City.ID.equals(code)) {
            return StandingAnalysis.CITY_NAME_ZH;
        }
        try {
            return names.getOrDefault(Integer.valueOf(code), "");
        } catch (NumberFormatException e) {
            return "";
        }
    }
}

package org.swcplan.cli.command;

import java.util.Locale;
import java.util.function.Predicate;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Scope;

/** Resolves {@code --county}: {@code all}, {@code CITY}, a county code, or its Chinese or English name. */
final class UnitOption {
    static final String ALL = "all";

    private UnitOption() {
    }

    /**
     * @throws IllegalArgumentException naming the value when no unit matches
     */
    static Predicate<Scope> select(String value, Dataset dataset) {
        if (value == null || value.equalsIgnoreCase(ALL)) {
            return scope -> true;
        }
        if (value.equalsIgnoreCase(Scope.City.ID)) {
            return Scope.CITY::equals;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        County county = dataset.counties().stream()
                .filter(c -> c.code().value().equals(wanted) || c.nameZh().equals(value.strip())
                        || c.nameEn().toLowerCase(Locale.ROOT).equals(wanted)
                        || c.nameEn().toLowerCase(Locale.ROOT).split(" ")[0].equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no county \"" + value + "\"; use a code such as "
                        + dataset.counties().get(0).code() + ", a name such as " + dataset.counties().get(0).nameZh()
                        + ", CITY or all"));
        return county.code()::equals;
    }
}

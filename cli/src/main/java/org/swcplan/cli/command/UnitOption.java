package org.swcplan.cli.command;

import java.util.Locale;
import java.util.function.Predicate;
import org.swcplan.cli.UsageMessages;
import org.swcplan.model.Dataset;
import org.swcplan.model.region.County;
import org.swcplan.model.region.Scope;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Resolves {@code --county}: {@code all}, {@code CITY}, a county code, or its Chinese or English name. */
final class UnitOption {
    static final String ALL = "all";

    private UnitOption() {
    }

    /**
     * @param option the option to name before the message, or null for none
     * @throws ParameterException naming the value when no unit matches
     */
    static Predicate<Scope> select(CommandSpec spec, String option, String value, Dataset dataset) {
        if (value == null || value.equalsIgnoreCase(ALL)) {
            return scope -> true;
        }
        if (value.equalsIgnoreCase(Scope.City.ID)) {
            return Scope.CITY::equals;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        County example = dataset.counties().get(0);
        County county = dataset.counties().stream()
                .filter(c -> c.code().value().equals(wanted) || c.nameZh().equals(value.strip())
                        || c.nameEn().toLowerCase(Locale.ROOT).equals(wanted)
                        || c.nameEn().toLowerCase(Locale.ROOT).split(" ")[0].equals(wanted))
                .findFirst()
                .orElseThrow(() -> option == null
                        ? UsageMessages.error(spec, "noCounty", value, example.code().toString(), example.nameZh())
                        : UsageMessages.error(spec, "optionNoCounty", option, value, example.code().toString(),
                                example.nameZh()));
        return county.code()::equals;
    }
}

package org.swcplan.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.swcplan.cli.UsageMessages;
import org.swcplan.datasets.canonical.KnownCounties;
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
     * @param option the option to name before the message
     * @throws ParameterException naming the value when no unit matches
     */
    static Predicate<Scope> select(CommandSpec spec, String option, String value, Dataset dataset) {
        if (value == null || value.equalsIgnoreCase(ALL)) {
            return scope -> true;
        }
        if (value.equalsIgnoreCase(Scope.City.ID) || namesTheCity(value.strip(), dataset)) {
            return Scope.CITY::equals;
        }
        KnownCounties known = KnownCounties.of(dataset.counties());
        return known.resolve(value.strip()).<Predicate<Scope>>map(code -> code::equals)
                .orElseThrow(() -> unknown(spec, option, value.strip(), dataset, known));
    }

    /** The city by its code, its name with or without 市, its English name or that name's first word, or 全市. */
    private static boolean namesTheCity(String value, Dataset dataset) {
        return value.equals("全市") || dataset.cityCode().filter(value::equals).isPresent()
                || dataset.city().filter(c -> c.nameZh().equals(value) || c.nameZh().equals(value + "市")
                        || c.nameEn().equalsIgnoreCase(value) || c.nameEn().split(" ")[0].equalsIgnoreCase(value))
                .isPresent();
    }

    /**
     * No such county: the counties it may have meant (ones whose name holds it, or the nearest spelling
     * as imports find it), else how to name one.
     */
    private static ParameterException unknown(CommandSpec spec, String option, String value, Dataset dataset,
                                              KnownCounties known) {
        List<String> meant = new ArrayList<>(dataset.counties().stream()
                .filter(c -> !value.isEmpty() && c.nameZh().contains(value)).map(County::nameZh).limit(3).toList());
        known.nearest(value).map(County::nameZh).filter(name -> !meant.contains(name)).ifPresent(meant::add);
        if (!meant.isEmpty()) {
            return UsageMessages.error(spec, "optionNoCountyMeant", option, value, String.join(" / ", meant));
        }
        County example = dataset.counties().get(0);
        return UsageMessages.error(spec, "optionNoCounty", option, value, example.code().toString(), example.nameZh());
    }
}

package org.swcplan.reports.status;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.swcplan.model.monitoring.IntensityClass;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.text.Numbers;

/**
 * One column of the status output, shared by the CSV, JSON and table renderings so that they
 * always agree: its key, heading, and the value of a row as written (areas and rates to 2 decimals).
 */
public record StatusColumn(String key, String heading, boolean numeric, Function<UnitStanding, String> value) {
    private static final int DECIMALS = 2;

    /** The columns in their contract order. */
    public static final List<StatusColumn> ALL = List.of(
            text("code", "code", u -> u.unit().id()),
            text("name_zh", "名称", UnitStanding::nameZh),
            text("name_en", "name", UnitStanding::nameEn),
            new StatusColumn("year", "year", true, u -> Integer.toString(u.year())),
            area("land_area_km2", "land km²", u -> u.areas().landAreaKm2()),
            area("erosion_km2", "erosion km²", UnitStanding::erosionKm2),
            erosionClass("erosion_light_km2", IntensityClass.LIGHT),
            erosionClass("erosion_moderate_km2", IntensityClass.MODERATE),
            erosionClass("erosion_intense_km2", IntensityClass.INTENSE),
            erosionClass("erosion_very_intense_km2", IntensityClass.VERY_INTENSE),
            erosionClass("erosion_severe_km2", IntensityClass.SEVERE),
            area("swc_rate_pct", "rate %", UnitStanding::swcRatePct),
            new StatusColumn("change_pp", "change pp", true, u -> Numbers.fixed(u.changePp(), DECIMALS)),
            optionalArea("treated_cum_km2", "treated km²", UnitStanding::treatedCumKm2),
            optionalArea("treatment_degree_pct", "治理度 %", UnitStanding::treatmentDegreePct));

    public static List<String> keys() {
        return ALL.stream().map(StatusColumn::key).toList();
    }

    private static StatusColumn text(String key, String heading, Function<UnitStanding, String> value) {
        return new StatusColumn(key, heading, false, value);
    }

    private static StatusColumn area(String key, String heading, Function<UnitStanding, Double> value) {
        return new StatusColumn(key, heading, true, u -> Numbers.fixed(value.apply(u), DECIMALS));
    }

    private static StatusColumn optionalArea(String key, String heading, Function<UnitStanding, OptionalDouble> value) {
        return new StatusColumn(key, heading, true, u -> Numbers.fixed(value.apply(u), DECIMALS));
    }

    private static StatusColumn erosionClass(String key, IntensityClass intensity) {
        return area(key, intensity.nameZh(), u -> u.areas().erosionByClass().km2(intensity));
    }
}

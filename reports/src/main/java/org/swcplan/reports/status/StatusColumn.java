package org.swcplan.reports.status;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.swcplan.model.monitoring.IntensityClass;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Numbers;

/** The columns of the status output in their contract order (areas and rates to 2 decimals). */
public final class StatusColumn {
    private static final int DECIMALS = 2;

    public static final List<Column<UnitStanding>> ALL = List.of(
            Column.text("code", "code", u -> u.unit().id()),
            Column.text("name_zh", "名称", UnitStanding::nameZh),
            Column.text("name_en", "name", UnitStanding::nameEn),
            Column.number("year", "year", u -> Integer.toString(u.year())),
            area("land_area_km2", "land km²", u -> u.areas().landAreaKm2()),
            area("erosion_km2", "erosion km²", UnitStanding::erosionKm2),
            erosionClass("erosion_light_km2", IntensityClass.LIGHT),
            erosionClass("erosion_moderate_km2", IntensityClass.MODERATE),
            erosionClass("erosion_intense_km2", IntensityClass.INTENSE),
            erosionClass("erosion_very_intense_km2", IntensityClass.VERY_INTENSE),
            erosionClass("erosion_severe_km2", IntensityClass.SEVERE),
            area("swc_rate_pct", "rate %", UnitStanding::swcRatePct),
            Column.number("change_pp", "change pp", u -> Numbers.fixed(u.changePp(), DECIMALS)),
            optionalArea("treated_cum_km2", "treated km²", UnitStanding::treatedCumKm2),
            optionalArea("treatment_degree_pct", "治理度 %", UnitStanding::treatmentDegreePct));

    private StatusColumn() {
    }

    public static List<String> keys() {
        return Column.keys(ALL);
    }

    private static Column<UnitStanding> area(String key, String heading, Function<UnitStanding, Double> value) {
        return Column.number(key, heading, u -> Numbers.fixed(value.apply(u), DECIMALS));
    }

    private static Column<UnitStanding> optionalArea(String key, String heading,
                                                     Function<UnitStanding, OptionalDouble> value) {
        return Column.number(key, heading, u -> Numbers.fixed(value.apply(u), DECIMALS));
    }

    private static Column<UnitStanding> erosionClass(String key, IntensityClass intensity) {
        return area(key, intensity.nameZh(), u -> u.areas().erosionByClass().km2(intensity));
    }
}

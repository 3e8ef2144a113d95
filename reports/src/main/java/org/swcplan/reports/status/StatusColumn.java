package org.swcplan.reports.status;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.swcplan.model.monitoring.IntensityClass;
import org.swcplan.model.standing.UnitStanding;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Numbers;

/**
 * The columns of the status output in their contract order (areas and rates to 2 decimals).
 * Tables show areas with thousands separators and the change with its sign; on a narrow terminal
 * the classes, land, English name and year go first.
 */
public final class StatusColumn {
    private static final int DECIMALS = 2;

    public static final List<Column<UnitStanding>> ALL = List.of(
            Column.<UnitStanding>unit(u -> u.unit().id()),
            Column.<UnitStanding>text("name_zh", "Chinese name", UnitStanding::nameZh),
            Column.<UnitStanding>text("name_en", "name", UnitStanding::nameEn).priority(3),
            Column.<UnitStanding>number("year", "year", u -> Integer.toString(u.year())).priority(5),
            area("land_area_km2", "land km²", u -> u.areas().landAreaKm2()).priority(2),
            area("erosion_km2", "erosion km²", UnitStanding::erosionKm2),
            erosionClass("erosion_light_km2", IntensityClass.LIGHT),
            erosionClass("erosion_moderate_km2", IntensityClass.MODERATE),
            erosionClass("erosion_intense_km2", IntensityClass.INTENSE),
            erosionClass("erosion_very_intense_km2", IntensityClass.VERY_INTENSE),
            erosionClass("erosion_severe_km2", IntensityClass.SEVERE),
            area("swc_rate_pct", "rate %", UnitStanding::swcRatePct),
            Column.<UnitStanding>number("change_pp", "change pp", u -> Numbers.fixed(u.changePp(), DECIMALS))
                    .shown(u -> Numbers.signed(u.changePp(), DECIMALS)),
            optionalArea("treated_cum_km2", "treated km²", UnitStanding::treatedCumKm2).priority(1),
            optionalArea("treatment_degree_pct", "treated %", UnitStanding::treatmentDegreePct),
            Column.<UnitStanding>unitType(u -> u.unit().id()).priority(6));

    private StatusColumn() {
    }

    public static List<String> keys() {
        return Column.keys(ALL);
    }

    private static Column<UnitStanding> area(String key, String heading, Function<UnitStanding, Double> value) {
        Column<UnitStanding> column = Column.number(key, heading, u -> Numbers.fixed(value.apply(u), DECIMALS));
        return key.endsWith("_km2") ? column.shown(u -> Numbers.grouped(value.apply(u), DECIMALS)) : column;
    }

    private static Column<UnitStanding> optionalArea(String key, String heading,
                                                     Function<UnitStanding, OptionalDouble> value) {
        Column<UnitStanding> column = Column.number(key, heading, u -> Numbers.fixed(value.apply(u), DECIMALS));
        return key.endsWith("_km2") ? column.shown(u -> value.apply(u).isPresent()
                ? Numbers.grouped(value.apply(u).getAsDouble(), DECIMALS) : "") : column;
    }

    private static Column<UnitStanding> erosionClass(String key, IntensityClass intensity) {
        return area(key, intensity.nameEn() + " km²", u -> u.areas().erosionByClass().km2(intensity)).priority(4);
    }
}

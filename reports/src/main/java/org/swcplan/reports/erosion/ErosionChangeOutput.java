package org.swcplan.reports.erosion;

import java.util.List;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;

/** What a set of scenario rules changes per county and for the city: erosion area and rate, before and after. */
public final class ErosionChangeOutput {
    public static final String SCHEMA = "swc.erosion_change/1";

    /** One county, or the city's sums (areas summed, rates from the sums). */
    public record Row(String code, String nameZh, double landKm2, double erosionKm2, double scenarioErosionKm2,
                      double ratePct, double scenarioRatePct) {
        public double changeKm2() {
            return scenarioErosionKm2 - erosionKm2;
        }

        public double changePp() {
            return scenarioRatePct - ratePct;
        }
    }

    public static final List<Column<Row>> COLUMNS = List.of(
            Column.unit(Row::code),
            Column.text("name_zh", "Chinese name", Row::nameZh),
            Figures.column("land_area_km2", "land km²", 2, Row::landKm2),
            Figures.column("erosion_km2", "erosion km²", 2, Row::erosionKm2),
            Figures.column("scenario_erosion_km2", "scenario km²", 2, Row::scenarioErosionKm2),
            Figures.column("change_km2", "change km²", 2, Row::changeKm2),
            Figures.column("swc_rate_pct", "rate %", 4, Row::ratePct),
            Figures.column("scenario_swc_rate_pct", "scenario %", 4, Row::scenarioRatePct),
            Figures.column("change_pp", "change pp", 4, Row::changePp),
            Column.<Row>unitType(Row::code));

    private ErosionChangeOutput() {
    }

    public static Result result(List<Row> rows, String units, DataNote note) {
        return Result.of(SCHEMA, Text.of("Erosion under the scenario rules, from the land units of " + units,
                        "情景措施下的水土流失面积变化（图斑文件：" + units + "）"), note,
                Section.of("rows", Text.of("Change per county", "各县变化"), COLUMNS, rows).withTotalLast());
    }
}

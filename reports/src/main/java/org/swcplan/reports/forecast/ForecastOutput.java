package org.swcplan.reports.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Parameter;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;

/** Forecast rows: each unit's rate year by year, median and 80 % and 95 % intervals (rates to 2 decimals). */
public final class ForecastOutput {
    public static final String SCHEMA = "swc.forecast/1";
    private static final int DECIMALS = 2;

    public static final List<Column<ForecastRow>> COLUMNS = List.of(
            Column.unit(r -> r.unit().id()),
            Column.number("year", "year", r -> Integer.toString(r.year())),
            Column.<ForecastRow>text("method", "method", ForecastRow::method).priority(2),
            rate("median_pct", "median %", ForecastRow::medianPct),
            rate("lo80_pct", "lo80", ForecastRow::lo80Pct),
            rate("hi80_pct", "hi80", ForecastRow::hi80Pct),
            rate("lo95_pct", "lo95", ForecastRow::lo95Pct).priority(1),
            rate("hi95_pct", "hi95", ForecastRow::hi95Pct).priority(1),
            Column.<ForecastRow>unitType(r -> r.unit().id()).priority(3));

    private ForecastOutput() {
    }

    /** The rows as a result; people read the unit's Chinese name beside its code. */
    public static Result result(RegionOutlook outlook, List<ForecastRow> rows, DataNote note) {
        List<Column<ForecastRow>> reading = new ArrayList<>(COLUMNS);
        reading.add(1, Column.text("name_zh", "Chinese name", ForecastRow::nameZh));
        Section<ForecastRow> section = Section.of("rows", Text.of("Forecast", "预测"), COLUMNS, rows).readAs(reading);
        return Result.of(SCHEMA, Text.of("SWC rate forecast, method " + outlook.method()
                                + " (median, 80 % and 95 % intervals; " + outlook.seed() + " is the random seed)",
                        "水土保持率预测（方法：" + Language.ZH.forecastMethod(outlook.method()) + "；中位数及80%、95%预测区间；随机种子" + outlook.seed() + "）"),
                        note, section)
                .withParameters(Parameter.of("method", outlook.method()), Parameter.of("seed", outlook.seed()),
                        Parameter.of("last_observed_year", outlook.lastObservedYear()))
                .withNotes(Text.of("Intervals come from simulated sample paths calibrated on rolling-origin errors; "
                                + "the city is the sum of the county paths.",
                        "预测区间由按滚动起点误差校准的模拟样本路径得出；全市为各县路径之和。"));
    }

    private static Column<ForecastRow> rate(String key, String heading, ToDoubleFunction<ForecastRow> value) {
        return Figures.column(key, heading, DECIMALS, value);
    }
}

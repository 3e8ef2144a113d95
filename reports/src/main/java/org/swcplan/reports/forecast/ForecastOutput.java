package org.swcplan.reports.forecast;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Json;
import org.swcplan.reports.text.Figures;

/** Forecast rows as CSV, JSON or an aligned table (rates to 2 decimals). */
public final class ForecastOutput {
    private static final int DECIMALS = 2;

    public static final List<Column<ForecastRow>> COLUMNS = List.of(
            Column.text("unit", "unit", r -> r.unit().id()),
            Column.number("year", "year", r -> Integer.toString(r.year())),
            Column.text("method", "method", ForecastRow::method),
            rate("median_pct", "median %", ForecastRow::medianPct),
            rate("lo80_pct", "lo80", ForecastRow::lo80Pct),
            rate("hi80_pct", "hi80", ForecastRow::hi80Pct),
            rate("lo95_pct", "lo95", ForecastRow::lo95Pct),
            rate("hi95_pct", "hi95", ForecastRow::hi95Pct));

    private ForecastOutput() {
    }

    public static void csv(List<ForecastRow> rows, Writer out) throws IOException {
        Column.writeCsv(COLUMNS, rows, out);
    }

    public static void json(RegionOutlook outlook, List<ForecastRow> rows, DataNote note, Writer out) throws IOException {
        out.write("{\n");
        out.write("  \"method\": " + Json.string(outlook.method()) + ",\n");
        out.write("  \"seed\": " + outlook.seed() + ",\n");
        out.write("  \"last_observed_year\": " + outlook.lastObservedYear() + ",\n");
        out.write("  \"data_source\": " + Json.string(note.source()) + ",\n");
        out.write("  \"illustrative\": " + note.illustrative() + ",\n");
        out.write("  \"rows\": ");
        Column.writeJsonArray(COLUMNS, rows, "  ", out);
        out.write("\n}\n");
        out.flush();
    }

    /** A table with the unit's Chinese name beside its code, a title and the data note. */
    public static void table(RegionOutlook outlook, List<ForecastRow> rows, DataNote note, Writer out) throws IOException {
        List<Column<ForecastRow>> columns = new ArrayList<>(COLUMNS);
        columns.add(1, Column.text("name_zh", "名称", ForecastRow::nameZh));
        out.write("水土保持率 forecast, method " + outlook.method() + " (median, 80 % and 95 % intervals; "
                + outlook.seed() + " is the random seed)\n\n");
        Column.table(columns, rows).write(out);
        out.write("\nIntervals come from simulated sample paths calibrated on rolling-origin errors; the city is "
                + "the sum of the county paths.\n" + note.footer() + "\n");
        out.flush();
    }

    private static Column<ForecastRow> rate(String key, String heading, ToDoubleFunction<ForecastRow> value) {
        return Figures.column(key, heading, DECIMALS, value);
    }
}

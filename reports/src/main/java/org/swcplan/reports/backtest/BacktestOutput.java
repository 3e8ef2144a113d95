package org.swcplan.reports.backtest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.swcplan.model.forecast.accuracy.MethodScore;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Json;
import org.swcplan.reports.text.Figures;

/**
 * Backtest scores as CSV, JSON or an aligned table; coverage and widths are empty where a method
 * has no intervals. New columns go at the end: scripts read these by position.
 */
public final class BacktestOutput {
    private static final int DECIMALS = 3;

    public static final List<Column<MethodScore>> COLUMNS = List.of(
            Column.text("method", "method", MethodScore::method),
            Column.number("series", "series", s -> Integer.toString(s.series())),
            figure("smape", "sMAPE", MethodScore::smape),
            figure("mase", "MASE", MethodScore::mase),
            figure("owa", "OWA", MethodScore::owa),
            figure("coverage80", "cover 80%", MethodScore::coverage80),
            figure("coverage95", "cover 95%", MethodScore::coverage95),
            figure("scaled_width80", "width 80%", MethodScore::scaledWidth80),
            figure("scaled_width95", "width 95%", MethodScore::scaledWidth95));

    private BacktestOutput() {
    }

    public static void csv(List<MethodScore> scores, Writer out) throws IOException {
        Column.writeCsv(COLUMNS, scores, out);
    }

    public static void json(List<MethodScore> scores, String description, Writer out) throws IOException {
        out.write("{\n  \"backtest\": " + Json.string(description) + ",\n  \"methods\": ");
        Column.writeJsonArray(COLUMNS, scores, "  ", out);
        out.write("\n}\n");
        out.flush();
    }

    public static void table(List<MethodScore> scores, String description, Writer out) throws IOException {
        out.write("Backtest: " + description + "\n\n");
        Column.table(COLUMNS, scores).write(out);
        out.write("\nsMAPE and MASE as in the M4 competition; OWA relative to the naive forecast (below 1 is better);"
                + "\ncoverage = share of held-out values inside the nominal 80 % and 95 % intervals;"
                + "\nwidth = mean interval width divided by the in-sample naive scale (as MASE).\n");
        out.flush();
    }

    private static Column<MethodScore> figure(String key, String heading, ToDoubleFunction<MethodScore> value) {
        return Figures.column(key, heading, DECIMALS, value);
    }
}

package org.swcplan.reports.backtest;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.swcplan.model.forecast.accuracy.MethodScore;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Parameter;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Section;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.text.Column;
import org.swcplan.reports.text.Figures;

/**
 * Backtest scores; coverage and widths are empty where a method has no intervals. New columns go
 * at the end: scripts read these by position.
 */
public final class BacktestOutput {
    public static final String SCHEMA = "swc.backtest/1";
    private static final int DECIMALS = 3;

    public static final List<Column<MethodScore>> COLUMNS = List.of(
            Column.text("method", "method", MethodScore::method),
            Column.number("series", "series", s -> Integer.toString(s.series())),
            figure("smape", "sMAPE", MethodScore::smape),
            figure("mase", "MASE", MethodScore::mase),
            figure("owa", "OWA", MethodScore::owa),
            figure("coverage80", "cover 80%", MethodScore::coverage80),
            figure("coverage95", "cover 95%", MethodScore::coverage95),
            figure("scaled_width80", "width 80%", MethodScore::scaledWidth80).priority(1),
            figure("scaled_width95", "width 95%", MethodScore::scaledWidth95).priority(1));

    private BacktestOutput() {
    }

    /**
     * @param description what was backtested (data, horizon, origins)
     * @param note        the data note (for a series file, its path and not illustrative)
     */
    public static Result result(List<MethodScore> scores, String description, DataNote note) {
        return Result.of(SCHEMA, Text.of("Backtest: " + description, "回测：" + description), note,
                        Section.of("rows", Text.of("Methods", "方法"), COLUMNS, scores))
                .withParameters(Parameter.of("backtest", description))
                .withNotes(Text.of("sMAPE and MASE as in the M4 competition; OWA relative to the naive forecast "
                                + "(below 1 is better); coverage = share of held-out values inside the nominal 80 % and "
                                + "95 % intervals; width = mean interval width divided by the in-sample naive scale (as MASE).",
                        "sMAPE、MASE按M4竞赛定义；OWA相对于朴素预测（小于1为优）；覆盖率为留出值落入名义80%、95%区间的比例；"
                                + "宽度为区间平均宽度除以样本内朴素预测尺度（同MASE）。"));
    }

    private static Column<MethodScore> figure(String key, String heading, ToDoubleFunction<MethodScore> value) {
        return Figures.column(key, heading, DECIMALS, value);
    }
}

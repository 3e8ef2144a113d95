package org.swcplan.reports.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.awt.Font;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.swcplan.model.supervision.SupervisionLedger;
import org.swcplan.reports.supervision.SupervisionOutput;
import org.swcplan.reports.chart.ChartFont;
import org.swcplan.reports.chart.ChartStyle;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.plan.TaskFilter.Assignment;
import org.swcplan.model.plan.TaskProgress;
import org.swcplan.reports.Language;
import org.swcplan.reports.allocation.AllocationOutput;
import org.swcplan.reports.chart.ChartFiles;
import org.swcplan.reports.chart.Charts;
import org.swcplan.reports.forecast.ForecastOutput;
import org.swcplan.reports.forecast.ForecastRow;
import org.swcplan.reports.gap.GapOutput;
import org.swcplan.reports.plan.PlanOutput;
import org.swcplan.reports.status.StatusResult;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.Renderers;
import org.swcplan.reports.result.Result;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.targets.TargetsOutput;

/**
 * The complete annual report as files (relative path → bytes, sorted): {@code index.html}
 * (self-contained, charts inline as SVG), {@code report.md}, {@code tables/*.csv},
 * {@code charts/*.png|svg} and {@code manifest.json}. The same inputs give the same bytes.
 */
public final class AnnualReport {
    private final ReportInputs in;
    private final Language lang;
    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private final Map<String, String> svgs = new LinkedHashMap<>();

    private AnnualReport(ReportInputs inputs) {
        this.in = inputs;
        this.lang = inputs.language();
    }

    public static SortedMap<String, byte[]> render(ReportInputs inputs) throws IOException {
        AnnualReport report = new AnnualReport(inputs);
        report.charts();
        report.tables();
        ReportDocument document = ReportComposer.compose(inputs);
        report.files.put("index.html", utf8(HtmlReport.render(document, report.svgs)));
        report.files.put("report.md", utf8(MarkdownReport.render(document)));
        if (inputs.docx()) {
            report.files.put("report.docx", DocxReport.render(document, report.files, inputs.year()));
        }
        report.files.put("manifest.json", utf8(Manifest.json(inputs, report.files)));
        return report.files;
    }

    private void charts() throws IOException {
        for (UnitForecast unit : in.outlook().units()) {
            chart(ChartNames.trajectory(unit.unit()), style -> Charts.trajectory(in.dataset(), in.outlook(), in.gaps(),
                    unit.unit(), style));
        }
        for (int milestone : in.milestones()) {
            chart(ChartNames.gaps(milestone), style -> Charts.gaps(in.dataset(), in.milestoneRows(milestone), style));
        }
        chart(ChartNames.rateMap(in.year()), style -> Charts.countyRateMap(in.dataset(), in.year(), style));
        for (int milestone : in.milestones()) {
            chart(ChartNames.statusMap(milestone), style -> Charts.countyStatusMap(in.dataset(),
                    in.milestoneRows(milestone), style));
        }
        for (Allocation a : in.allocations()) {
            chart(ChartNames.allocation(a.milestone()), style -> Charts.allocation(in.dataset(), a, style));
        }
    }

    /**
     * One chart as PNG and SVG. The PNG is drawn in the style's font, in English where no installed
     * font draws Chinese; the SVG keeps its text as text, which the reader's browser draws, so it is
     * always in the report's language.
     */
    private void chart(String name, Function<ChartStyle, JFreeChart> draw) throws IOException {
        JFreeChart chart = draw.apply(in.style());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartFiles.png(chart, png);
        files.put("charts/" + name + ".png", png.toByteArray());
        JFreeChart inLanguage = in.style().language() == lang ? chart
                : draw.apply(new ChartStyle(new ChartFont(Font.SANS_SERIF, lang, Optional.empty())));
        StringWriter svg = new StringWriter();
        ChartFiles.svg(inLanguage, svg, name);
        files.put("charts/" + name + ".svg", utf8(svg.toString()));
        svgs.put(name, svg.toString());
    }

    private void tables() throws IOException {
        table("tables/status.csv", StatusResult.of(in.standing(), in.note()));
        List<ForecastRow> forecasts = ForecastRow.of(in.outlook(), in.dataset(), s -> true, true);
        table("tables/forecasts.csv", ForecastOutput.result(in.outlook(), forecasts, in.note()));
        Result gaps = GapOutput.result(in.gaps(), in.treatmentGaps(), in.outlook().method(), in.thresholds(), in.note());
        table("tables/gaps.csv", gaps);
        table("tables/treatment_degree.csv", gaps.withMain("treatment_degree"));
        for (Allocation a : in.allocations()) {
            table("tables/allocation-" + a.milestone() + ".csv", AllocationOutput.result(a, in.note()));
        }
        table("tables/indicators.csv", PlanOutput.commitments(in.commitments(), in.dataset(), in.note()));
        // progress as recorded by the end of the report's year, as the task chapter shows it
        List<TaskProgress> progress = in.dataset().progress().stream().filter(p -> p.year() <= in.year()).toList();
        List<Assignment> tasks = in.dataset().tasks().stream().map(t -> Assignment.unasked(t).withProgress(progress))
                .toList();
        table("tables/tasks.csv", PlanOutput.tasks(tasks, Text.of("All tasks", "全部重点任务"), in.note()));
        List<SupervisionLedger.Row> ledger = SupervisionLedger.counties(in.dataset(), r -> r.year() <= in.year());
        if (!ledger.isEmpty()) {
            table("tables/supervision.csv", SupervisionOutput.result(ledger, in.dataset(),
                    Text.of("all counties", "各县（市、区）"), in.note()));
        }
        if (in.targets() != null) {
            table("tables/targets.csv", TargetsOutput.result(in.targets(), in.note(), in.outlook().method(),
                    in.outlook().seed()));
        }
    }

    /** A result's rows as a CSV file of the report, written as the tool's exports are ({@link TableFiles}). */
    private void table(String path, Result result) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.render(result, Format.CSV, in.tables().options(), out);
        files.put(path, in.tables().bytes().encode(out.toString(), path));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.swcplan.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jfree.chart.JFreeChart;
import org.swcplan.cli.ChartOptions;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageError;
import org.swcplan.cli.UsageMessages;
import org.swcplan.datasets.AtomicFiles;
import org.swcplan.model.Dataset;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.allocation.AllocationMethod;
import org.swcplan.model.allocation.Allocator;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.chart.ChartFiles;
import org.swcplan.reports.chart.ChartStyle;
import org.swcplan.reports.chart.Charts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code swc chart}: trajectory, gap, tile-map, county-map and allocation charts as PNG and SVG files. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draw charts into a folder: trajectory (observed, forecast with 80/95 %% bands, targets and "
                + "glide paths), gaps (counties by gap at a milestone, by status), tilemap (counties on the tile grid "
                + "by rate), map (the counties' outlines from boundaries.geojson coloured by rate in class breaks, "
                + "map-rate-YEAR, and by status at each milestone, map-status-YEAR; tile maps, with a warning, "
                + "where the dataset has no outlines) and allocation (least-cost treatment per county, for "
                + "milestones ahead). Files: KIND[-UNIT|-YEAR].png/.svg.")
public final class ChartCommand extends Subcommand {
    /** The kinds of chart. */
    enum Kind { TRAJECTORY, GAPS, TILEMAP, MAP, ALLOCATION, ALL }

    @Mixin
    DataOptions data;

    @Mixin
    ChartOptions chartOptions;

    @Option(names = "--kind", paramLabel = "K", defaultValue = "all",
            description = "trajectory, gaps, tilemap, map, allocation or all (default: ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(names = "--county", paramLabel = "C", defaultValue = UnitOption.ALL,
            description = "For trajectories: a county, CITY, or all (default).")
    String county;

    @Option(names = "--milestone", paramLabel = "Y",
            description = "For gaps, allocation and status maps: the milestone (default: all).")
    Integer milestone;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the chart files.")
    Path out;

    @Option(names = "--svg", description = "SVG only.")
    boolean svgOnly;

    @Option(names = "--png", description = "PNG only (default: both).")
    boolean pngOnly;

    @Mixin
    VerdictOptions verdicts;

    @Override
    public Integer call() throws Exception {
        if (svgOnly && pngOnly) {
            throw UsageMessages.error(spec, "svgOrPng");
        }
        ChartStyle style = chartOptions.style(root.global());
        Dataset dataset = data.loadWithOutlines(root.global()).dataset();
        Predicate<Scope> units = UnitOption.select(spec, "--county", county, dataset);
        VerdictThresholds thresholds = verdicts.thresholds(spec);
        List<Integer> reported = UsageError.from(spec, () -> GapAnalysis.reportedMilestones(dataset));
        List<Integer> milestones = milestone == null ? reported : List.of(milestone);
        GapAnalysis.Study study = UsageError.from(spec, () -> GapAnalysis.study(dataset, ForecastMethods.auto(),
                RegionForecaster.Settings.DEFAULT_SEED, KSource.CALIBRATED, reported, thresholds));
        RegionOutlook outlook = study.outlook();
        List<GapRow> gaps = study.rows();
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        boolean maps = kind == Kind.MAP || kind == Kind.ALL;
        if (kind == Kind.TRAJECTORY || kind == Kind.ALL) {
            for (var u : outlook.units()) {
                if (units.test(u.unit())) {
                    charts.put("trajectory-" + u.unit().id(), Charts.trajectory(dataset, outlook, gaps, u.unit(), style));
                }
            }
        }
        for (int year : milestones) {
            List<GapRow> atYear = gaps.stream().filter(g -> g.milestone() == year).toList();
            if (atYear.isEmpty()) {
                throw UsageMessages.error(spec, "notAMilestone", String.valueOf(year));
            }
            if (kind == Kind.GAPS || kind == Kind.ALL) {
                charts.put("gaps-" + year, Charts.gaps(dataset, atYear, style));
            }
            if (maps) {
                charts.put("map-status-" + year, Charts.countyStatusMap(dataset, atYear, style));
            }
            boolean ahead = !atYear.get(0).assessed();
            if (ahead && (kind == Kind.ALLOCATION || kind == Kind.ALL)) {
                charts.put("allocation-" + year, Charts.allocation(dataset,
                        Allocator.allocate(dataset, study.projection(), year, atYear.get(atYear.size() - 1).targetPct(),
                                AllocationMethod.LEAST_COST),
                        style));
            }
        }
        if (kind == Kind.TILEMAP || kind == Kind.ALL) {
            charts.put("tilemap-" + outlook.lastObservedYear(), Charts.tileMap(dataset, outlook.lastObservedYear(), style));
        }
        if (maps) {
            charts.put("map-rate-" + outlook.lastObservedYear(),
                    Charts.countyRateMap(dataset, outlook.lastObservedYear(), style));
        }
        if (maps && !root.global().quiet()) {
            // once for all the maps, which all fall back alike
            Charts.countyMapFallback(dataset).ifPresent(w -> spec.commandLine().getErr().println("warning: " + w));
            spec.commandLine().getErr().flush();
        }
        List<Path> written = write(charts);
        tell(UsageMessages.note(spec, "wrote", String.valueOf(written.size()), out));
        return ExitCode.OK.code();
    }

    /** Renders every chart first, then writes them all or (on a full disk) none that were not there before. */
    private List<Path> write(Map<String, JFreeChart> charts) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, JFreeChart> chart : charts.entrySet()) {
            if (!svgOnly) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ChartFiles.png(chart.getValue(), png);
                files.put(chart.getKey() + ".png", png.toByteArray());
            }
            if (!pngOnly) {
                ByteArrayOutputStream svg = new ByteArrayOutputStream();
                try (Writer writer = new OutputStreamWriter(svg, StandardCharsets.UTF_8)) {
                    ChartFiles.svg(chart.getValue(), writer, chart.getKey());
                }
                files.put(chart.getKey() + ".svg", svg.toByteArray());
            }
        }
        return AtomicFiles.writeAll(out, files);
    }
}

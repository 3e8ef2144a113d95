package org.swcplan.reports.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.swcplan.model.Dataset;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.outlook.MonitoredPanel;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.reports.Language;
import org.swcplan.reports.gap.GapOutput;

/** Builds each kind of chart from the model's results, in the style's language. */
public final class Charts {
    private Charts() {
    }

    /** A unit's trajectory with its observed years (interpolated ones left out), forecast and the milestones of {@code gaps}. */
    public static JFreeChart trajectory(Dataset dataset, RegionOutlook outlook, List<GapRow> gaps, Scope unit,
                                        ChartStyle style) {
        UnitForecast forecast = outlook.unit(unit);
        Map<Integer, Double> observed = new LinkedHashMap<>();
        for (int year : MonitoredPanel.of(dataset).observedYears(unit)) {
            observed.put(year, unit instanceof CountyCode code ? dataset.record(code, year).orElseThrow().swcRatePct()
                    : StandingAnalysis.of(dataset, year).city().swcRatePct());
        }
        List<TrajectoryChart.Milestone> milestones = gaps.stream().filter(g -> g.unit().equals(unit))
                .map(g -> new TrajectoryChart.Milestone(g.milestone(), g.targetPct(), outcome(g, style.language()),
                        !g.assessed())).toList();
        return TrajectoryChart.build(forecast, name(forecast.nameZh(), forecast.nameEn(), style.language()), observed,
                milestones, style);
    }

    /** What a trajectory says of a milestone: the chance of reaching it, or whether a passed one was met. */
    private static String outcome(GapRow row, Language language) {
        return row.assessed() ? language.text("status." + row.status().key())
                : language.text("series.p", GapOutput.probability(row, language));
    }

    /** Counties by gap at one milestone ({@code gaps} holds that milestone's rows). */
    public static JFreeChart gaps(Dataset dataset, List<GapRow> gaps, ChartStyle style) {
        return GapChart.build(gaps, g -> name(dataset, g.unit(), style.language()), style);
    }

    public static JFreeChart tileMap(Dataset dataset, int year, ChartStyle style) {
        List<TileMapChart.Tile> tiles = dataset.counties().stream().map(c -> new TileMapChart.Tile(c.tile().row(),
                c.tile().col(), style.language().name(shortName(c), c.nameEn().split(" ")[0]),
                dataset.record(c.code(), year).orElseThrow().swcRatePct())).toList();
        return TileMapChart.build(tiles, year, style);
    }

    public static JFreeChart allocation(Dataset dataset, Allocation allocation, ChartStyle style) {
        List<AllocationChart.Bar> bars = allocation.counties().stream().map(s -> new AllocationChart.Bar(
                name(dataset, s.county(), style.language()), s.bauKm2PerYear(), s.extraKm2PerYear(),
                s.capacityKm2PerYear())).toList();
        return AllocationChart.build(bars, allocation.milestone(),
                style.language().text("method." + allocation.method().key()), dataset.isIllustrative(),
                style);
    }

    /** A unit's name in the chart's language. */
    static String name(Dataset dataset, Scope unit, Language language) {
        if (unit instanceof CountyCode code) {
            County c = dataset.county(code).orElseThrow();
            return language.name(c.nameZh(), c.nameEn());
        }
        return language.name(StandingAnalysis.CITY_NAME_ZH, StandingAnalysis.CITY_NAME_EN);
    }

    private static String name(String zh, String en, Language language) {
        return language.name(zh, en);
    }

    /** 盐湖区 → 盐湖, 绛县 stays 绛县 (a one-character stem keeps its suffix). */
    static String shortName(County county) {
        String name = county.nameZh();
        return name.length() > 2 && (name.endsWith("县") || name.endsWith("区") || name.endsWith("市"))
                ? name.substring(0, name.length() - 1) : name;
    }
}

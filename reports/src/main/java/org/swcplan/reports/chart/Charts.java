package org.swcplan.reports.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.swcplan.model.Dataset;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.GapStatus;
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

    /**
     * Whether the dataset has an outline for every county (boundaries.geojson), so that
     * {@link #countyRateMap} and {@link #countyStatusMap} draw the real county boundaries; without
     * them they draw the tile layout, and {@link #countyMapFallback} says so.
     */
    public static boolean hasCountyBoundaries(Dataset dataset) {
        return !dataset.counties().isEmpty() && dataset.countiesWithoutBoundary().isEmpty();
    }

    /**
     * The warning to give when the maps fall back to the tile layout, empty when they draw outlines.
     * Give it once, however many maps are drawn.
     */
    public static Optional<String> countyMapFallback(Dataset dataset) {
        if (hasCountyBoundaries(dataset)) {
            return Optional.empty();
        }
        String why = dataset.boundaries().isEmpty() ? "the dataset has no county outlines (boundaries.geojson)"
                : "boundaries.geojson has no outline for " + String.join("、",
                dataset.countiesWithoutBoundary().stream().map(County::nameZh).toList());
        return Optional.of(why + "; maps are drawn as tile maps");
    }

    /**
     * The counties on their outlines, coloured by 水土保持率 in {@code year} in round class breaks
     * (a sequential palette), each labelled with its name and rate; the tile map where the dataset
     * has no outlines ({@link #hasCountyBoundaries}).
     */
    public static JFreeChart countyRateMap(Dataset dataset, int year, ChartStyle style) {
        if (!hasCountyBoundaries(dataset)) {
            return tileMap(dataset, year, style);
        }
        Language lang = style.language();
        double cosLat = CountyMapChart.cosMidLatitude(dataset.boundaries());
        List<OptionalDouble> rates = dataset.counties().stream().map(c -> dataset.record(c.code(), year)
                .map(r -> OptionalDouble.of(r.swcRatePct())).orElse(OptionalDouble.empty())).toList();
        double[] breaks = CountyMapChart.breaksOf(rates).orElse(new double[] {0, 100});
        List<CountyMapChart.Area> areas = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            County county = dataset.counties().get(i);
            areas.add(new CountyMapChart.Area(CountyMapChart.outline(dataset.boundary(county.code()).orElseThrow(),
                    cosLat), CountyMapChart.rateFill(rates.get(i), breaks),
                    CountyMapChart.rateLabel(mapName(county, lang), rates.get(i), lang)));
        }
        return CountyMapChart.build(lang.text("tilemap.title", Integer.toString(year)), areas,
                lang.text("tilemap.legend"), CountyMapChart.rateKeys(breaks, rates.contains(OptionalDouble.empty()), lang),
                mapNotes(dataset, true, lang), style);
    }

    /**
     * The counties on their outlines (else on the tile layout) coloured by their status at one
     * milestone, {@code gaps} holding that milestone's rows (the city's row is not drawn); the
     * statuses and colours are those of {@link #gaps}.
     */
    public static JFreeChart countyStatusMap(Dataset dataset, List<GapRow> gaps, ChartStyle style) {
        Language lang = style.language();
        boolean outlines = hasCountyBoundaries(dataset);
        double cosLat = outlines ? CountyMapChart.cosMidLatitude(dataset.boundaries()) : 1;
        List<CountyMapChart.Area> areas = new ArrayList<>();
        Set<GapStatus> shown = new TreeSet<>();
        boolean anyMissing = false;
        for (County county : dataset.counties()) {
            Optional<GapRow> row = gaps.stream().filter(g -> g.unit().equals(county.code())).findFirst();
            row.ifPresent(r -> shown.add(r.status()));
            anyMissing |= row.isEmpty();
            areas.add(new CountyMapChart.Area(outlines
                    ? CountyMapChart.outline(dataset.boundary(county.code()).orElseThrow(), cosLat)
                    : CountyMapChart.tile(county.tile().row(), county.tile().col()),
                    row.map(r -> style.status(r.status())).orElse(CountyMapChart.NO_DATA), List.of(mapName(county, lang))));
        }
        List<CountyMapChart.Key> keys = new ArrayList<>(shown.stream()
                .map(s -> new CountyMapChart.Key(lang.text("status." + s.key()), style.status(s))).toList());
        if (anyMissing) {
            keys.add(new CountyMapChart.Key(lang.text("map.no_data"), CountyMapChart.NO_DATA));
        }
        GapRow first = gaps.get(0);
        return CountyMapChart.build(lang.text(first.assessed() ? "map.status.title.assessed" : "map.status.title",
                        Integer.toString(first.milestone())), areas, lang.text("map.status.legend"), keys,
                mapNotes(dataset, outlines, lang), style);
    }

    /** Under a map: that it is schematic (where it draws outlines), and that the county data are illustrative. */
    private static List<String> mapNotes(Dataset dataset, boolean outlines, Language lang) {
        List<String> notes = new ArrayList<>();
        if (outlines) {
            notes.add(lang.text("map.note"));
        }
        if (dataset.isIllustrative()) {
            notes.add(lang.text("map.illustrative"));
        }
        return notes;
    }

    /** A county's name on a map: 盐湖区 in Chinese, Yanhu in English. */
    private static String mapName(County county, Language language) {
        return language.name(county.nameZh(), county.nameEn().split(" ")[0]);
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

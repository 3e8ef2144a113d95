package org.swcplan.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.allocation.AllocationMethod;
import org.swcplan.model.allocation.Allocator;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.GapStatus;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.region.Scope;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.reports.Language;
import org.swcplan.reports.ReportFixtures;
import org.swcplan.reports.text.Numbers;

/** Charts are checked on what is handed to JFreeChart, plus a smoke test that draws them. */
class ChartsTest {
    private static final Dataset DATA = ReportFixtures.region();
    private static final Projection PROJECTION = Projection.of(DATA, ForecastMethods.auto(),
            new RegionForecaster.Settings(2030, 300, 1), KSource.CALIBRATED);
    private static final RegionOutlook OUTLOOK = PROJECTION.bau();
    private static final List<GapRow> GAPS = GapAnalysis.rate(DATA, PROJECTION, List.of(2025, 2030));
    /** English labels and the logical font: independent of the fonts installed. */
    private static final ChartStyle STYLE = new ChartStyle(new ChartFont("SansSerif", Language.EN, Optional.empty()));

    @Test
    void trajectoryHasObservedYearsForecastBandsTargetsAndGlidePaths() {
        JFreeChart chart = Charts.trajectory(DATA, OUTLOOK, GAPS, ReportFixtures.B, STYLE);
        assertThat(chart.getTitle().getText()).startsWith("Yuanqu County");
        XYPlot plot = chart.getXYPlot();
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset(0);
        assertThat(bands.getSeriesCount()).isEqualTo(2);
        assertThat(bands.getItemCount(0)).isEqualTo(1 + 6);
        assertThat(bands.getStartYValue(0, 6)).isLessThanOrEqualTo(bands.getStartYValue(1, 6));
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(6);
        assertThat(plot.getDataset(2).getSeriesCount()).isEqualTo(2);
        GapRow at2030 = GAPS.stream().filter(g -> g.unit().equals(ReportFixtures.B) && g.milestone() == 2030)
                .findFirst().orElseThrow();
        assertThat(plot.getDataset(3).getSeriesKey(1).toString()).isEqualTo("2030 target 68.00 % (P = "
                + Numbers.probabilityPct(at2030.probabilityOfReaching()) + " %)");
    }

    @Test
    void aPassedMilestoneIsMarkedMetOrMissedWithoutAGlidePath() {
        Dataset data = ReportFixtures.regionThrough2025();
        Projection projection = Projection.of(data, ForecastMethods.auto(), new RegionForecaster.Settings(2030, 300, 1),
                KSource.CALIBRATED);
        List<GapRow> gaps = GapAnalysis.rate(data, projection, GapAnalysis.reportedMilestones(data));
        XYPlot plot = Charts.trajectory(data, projection.bau(), gaps, ReportFixtures.B, STYLE).getXYPlot();
        assertThat(plot.getDataset(2).getSeriesCount()).as("glide paths").isEqualTo(1);
        assertThat(plot.getDataset(3).getSeriesKey(0).toString()).isEqualTo("2025 target 65.00 % (missed)");
        JFreeChart chart = Charts.gaps(data, gaps.stream().filter(g -> g.milestone() == 2025).toList(), STYLE);
        assertThat(chart.getTitle().getText()).isEqualTo("Gap to the 2025 target (observed)");
        CategoryPlot bars = chart.getCategoryPlot();
        // sorted by gap: 垣曲县 missed first, in the missed colour
        assertThat(bars.getDataset().getColumnKey(0)).isEqualTo("Yuanqu County");
        assertThat(bars.getRenderer().getItemPaint(0, 0)).isEqualTo(STYLE.status(GapStatus.MISSED));
        assertThat(bars.getRenderer().getItemPaint(0, 1)).isEqualTo(STYLE.status(GapStatus.MET));
    }

    @Test
    void everyBarIsColouredByItsRowsOwnStatus() {
        for (int milestone : List.of(2025, 2030)) {
            List<GapRow> rows = GAPS.stream().filter(g -> g.milestone() == milestone).toList();
            CategoryPlot plot = Charts.gaps(DATA, rows, STYLE).getCategoryPlot();
            for (int i = 0; i < plot.getDataset().getColumnCount(); i++) {
                String name = plot.getDataset().getColumnKey(i).toString();
                GapRow row = rows.stream().filter(r -> Charts.name(DATA, r.unit(), Language.EN).equals(name))
                        .findFirst().orElseThrow();
                assertThat(plot.getRenderer().getItemPaint(0, i)).as(name).isEqualTo(STYLE.status(row.status()));
            }
        }
        assertThat(ChartStyle.STATUS).containsOnlyKeys(GapStatus.values());
    }

    @Test
    void trajectoryShowsOnlyMonitoredYearsAndGoesPastAMissingOne() {
        Dataset holed = new Dataset(DATA.counties(), DATA.monitoring().stream()
                .filter(r -> !(r.county().equals(ReportFixtures.B) && r.year() == 2022)).toList(), DATA.treatment(),
                DATA.baselines(), DATA.targets(), DATA.indicators(), DATA.tasks(), DATA.parameters());
        Projection projection = Projection.of(holed, ForecastMethods.auto(),
                new RegionForecaster.Settings(2030, 300, 1), KSource.CALIBRATED);
        RegionOutlook outlook = projection.bau();
        List<GapRow> gaps = GapAnalysis.rate(holed, projection, List.of(2025, 2030));
        for (Scope unit : List.of(ReportFixtures.B, Scope.CITY)) {
            XYDataset observed = Charts.trajectory(holed, outlook, gaps, unit, STYLE).getXYPlot().getDataset(1);
            assertThat(IntStream.range(0, observed.getItemCount(0)).map(i -> (int) observed.getXValue(0, i)))
                    .as("%s", unit).containsExactly(2019, 2020, 2021, 2023, 2024);
        }
        XYDataset a = Charts.trajectory(holed, outlook, gaps, ReportFixtures.A, STYLE).getXYPlot().getDataset(1);
        assertThat(a.getItemCount(0)).isEqualTo(6);
    }

    @Test
    void cityTrajectoryUsesTheCityTargets() {
        JFreeChart chart = Charts.trajectory(DATA, OUTLOOK, GAPS, Scope.CITY, STYLE);
        assertThat(chart.getXYPlot().getDataset(3).getSeriesKey(0).toString()).startsWith("2025 target 65.00 %");
    }

    @Test
    void gapChartSortsCountiesByGapAndColoursThemByStatus() {
        List<GapRow> at2030 = GAPS.stream().filter(g -> g.milestone() == 2030).toList();
        JFreeChart chart = Charts.gaps(DATA, at2030, STYLE);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        assertThat(data.getColumnCount()).isEqualTo(3);
        for (int i = 1; i < 3; i++) {
            assertThat(data.getValue(0, i).doubleValue()).isLessThanOrEqualTo(data.getValue(0, i - 1).doubleValue());
        }
        GapRow first = at2030.stream().filter(g -> !g.unit().equals(Scope.CITY))
                .max(Comparator.comparingDouble(GapRow::gapPp)).orElseThrow();
        assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(STYLE.status(first.status()));
        assertThat(plot.getRangeMarkers(Layer.FOREGROUND)).hasSize(2);
    }

    @Test
    void tileMapPlacesEveryCountyWithItsNameAndRate() {
        JFreeChart chart = Charts.tileMap(DATA, 2024, STYLE);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(3);
        assertThat(plot.getAnnotations()).hasSize(6);
        assertThat(chart.getTitle().getText()).contains("2024");
    }

    @Test
    void allocationChartStacksBauAndExtraTreatmentBesideCapacity() {
        var allocation = Allocator.allocate(DATA, PROJECTION, 2030, 68, AllocationMethod.LEAST_COST);
        JFreeChart chart = Charts.allocation(DATA, allocation, STYLE);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getRowCount()).isEqualTo(3);
        // the fixture's data is illustrative, so are the capacities and costs the chart shows
        assertThat(DATA.isIllustrative()).isTrue();
        assertThat(chart.getSubtitles()).anySatisfy(t -> assertThat(t).isInstanceOfSatisfying(
                org.jfree.chart.title.TextTitle.class, title -> assertThat(title.getText()).contains("Illustrative data")));
        assertThat(data.getValue(0, 0).doubleValue()).isEqualTo(allocation.counties().get(0).bauKm2PerYear());
        assertThat(data.getValue(1, 0).doubleValue()).isEqualTo(allocation.counties().get(0).extraKm2PerYear());
        assertThat(data.getValue(2, 0).doubleValue()).isEqualTo(30);
    }

    @Test
    void chartsDrawAsPngAndSvgTheSameWayTwice() throws Exception {
        JFreeChart chart = Charts.trajectory(DATA, OUTLOOK, GAPS, Scope.CITY, STYLE);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartFiles.png(chart, png);
        byte[] bytes = png.toByteArray();
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ChartFiles.png(Charts.trajectory(DATA, OUTLOOK, GAPS, Scope.CITY, STYLE), again);
        assertThat(again.toByteArray()).isEqualTo(bytes);
        StringWriter svg = new StringWriter();
        ChartFiles.svg(chart, svg, "city");
        assertThat(svg.toString()).contains("<svg").contains("width=\"900\"").contains("id=\"city-");
    }

    @Test
    void tickLabelsDoNotFollowTheMachinesLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            JFreeChart chart = Charts.gaps(DATA, GAPS.stream().filter(g -> g.milestone() == 2030).toList(), STYLE);
            NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
            assertThat(axis.getStandardTickUnits().getCeilingTickUnit(0.5).valueToString(1.5)).isEqualTo("1.5");
        } finally {
            Locale.setDefault(before);
        }
    }
}

package org.swcplan.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.CountyBoundary;
import org.swcplan.model.region.CountyBoundary.LonLat;
import org.swcplan.model.region.CountyBoundary.Polygon;
import org.swcplan.model.region.CountyBoundary.Ring;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.Language;
import org.swcplan.reports.ReportFixtures;

/** The county maps: what is handed to the plot, the fallback without outlines, and a drawing smoke test. */
class CountyMapChartTest {
    private static final Dataset PLAIN = ReportFixtures.region();
    private static final Dataset OUTLINED = outlined(PLAIN);
    private static final ChartStyle EN = new ChartStyle(new ChartFont("SansSerif", Language.EN, Optional.empty()));
    private static final ChartStyle ZH = new ChartStyle(new ChartFont("SansSerif", Language.ZH, Optional.empty()));
    private static final List<GapRow> AT_2030 = GapAnalysis.rate(PLAIN, Projection.of(PLAIN, ForecastMethods.auto(),
                    new RegionForecaster.Settings(2030, 300, 1), KSource.CALIBRATED), List.of(2025, 2030)).stream()
            .filter(g -> g.milestone() == 2030).toList();

    private static Ring ring(double... lonLat) {
        return new Ring(IntStream.range(0, lonLat.length / 2).mapToObj(i -> new LonLat(lonLat[2 * i], lonLat[2 * i + 1]))
                .toList());
    }

    /** 盐湖区 a square with a hole, 垣曲县 two squares, 平陆县 a square: side by side around 35° N. */
    static Dataset outlined(Dataset plain) {
        List<CountyBoundary> outlines = List.of(
                new CountyBoundary(ReportFixtures.A, List.of(new Polygon(ring(110, 35, 110.5, 35, 110.5, 35.5, 110, 35.5),
                        List.of(ring(110.2, 35.2, 110.3, 35.2, 110.3, 35.3))))),
                new CountyBoundary(ReportFixtures.B, List.of(new Polygon(ring(110.5, 35, 111, 35, 111, 35.5, 110.5, 35.5),
                        List.of()), new Polygon(ring(111.1, 35.1, 111.2, 35.1, 111.2, 35.2, 111.1, 35.2), List.of()))),
                new CountyBoundary(ReportFixtures.C, List.of(new Polygon(ring(110.5, 34.5, 111, 34.5, 111, 35, 110.5, 35),
                        List.of()))));
        return new Dataset(plain.counties(), plain.monitoring(), plain.treatment(), plain.baselines(), plain.targets(),
                plain.indicators(), plain.tasks(), plain.parameters(), plain.city(), plain.references(), outlines);
    }

    private static CountyMapPlot plot(JFreeChart chart) {
        return (CountyMapPlot) chart.getPlot();
    }

    private static List<String> subtitles(JFreeChart chart) {
        return chart.getSubtitles().stream().filter(TextTitle.class::isInstance).map(t -> ((TextTitle) t).getText())
                .toList();
    }

    @Test
    void rateMapColoursEachCountyByItsClassBreak() {
        JFreeChart chart = Charts.countyRateMap(OUTLINED, 2024, EN);
        assertThat(chart.getTitle().getText()).isEqualTo("SWC rate by county, 2024");
        // 2024 rates: 盐湖区 88.92 %, 垣曲县 62.63 %, 平陆县 75.31 %: breaks 60, 65 … 90 in six classes
        assertThat(CountyMapChart.breaks(62.63, 88.92)).containsExactly(60, 65, 70, 75, 80, 85, 90);
        assertThat(plot(chart).areas()).extracting(CountyMapChart.Area::fill).containsExactly(
                CountyMapChart.SEQUENTIAL[6], CountyMapChart.SEQUENTIAL[0], CountyMapChart.SEQUENTIAL[4]);
        assertThat(plot(chart).getLegendItems().getItemCount()).isEqualTo(6);
        LegendItem top = plot(chart).getLegendItems().get(0);
        assertThat(top.getLabel()).isEqualTo("85–90");
        assertThat(top.getFillPaint()).isEqualTo(CountyMapChart.SEQUENTIAL[6]);
    }

    @Test
    void rateMapLabelsAndNotesAreInTheStylesLanguage() {
        JFreeChart english = Charts.countyRateMap(OUTLINED, 2024, EN);
        assertThat(plot(english).areas().get(0).label()).containsExactly("Yanhu", "88.9 %");
        assertThat(subtitles(english)).containsExactly("Schematic map; boundaries for reference only\n"
                + "Illustrative county data, not published statistics");
        JFreeChart chinese = Charts.countyRateMap(OUTLINED, 2024, ZH);
        assertThat(chinese.getTitle().getText()).isEqualTo("2024年各县（市、区）水土保持率");
        assertThat(plot(chinese).areas()).extracting(CountyMapChart.Area::label).containsExactly(
                List.of("盐湖区", "88.9%"), List.of("垣曲县", "62.6%"), List.of("平陆县", "75.3%"));
        assertThat(subtitles(chinese)).singleElement().asString().startsWith("示意图，边界仅供参考\n");
    }

    @Test
    void aCountyWithoutARateThatYearIsGreyAndSaidSo() {
        Dataset holed = new Dataset(OUTLINED.counties(), OUTLINED.monitoring().stream()
                .filter(r -> !(r.county().equals(ReportFixtures.C) && r.year() == 2024)).toList(), OUTLINED.treatment(),
                OUTLINED.baselines(), OUTLINED.targets(), OUTLINED.indicators(), OUTLINED.tasks(), OUTLINED.parameters(),
                OUTLINED.city(), OUTLINED.references(), OUTLINED.boundaries());
        CountyMapPlot plot = plot(Charts.countyRateMap(holed, 2024, EN));
        assertThat(plot.areas().get(2).fill()).isEqualTo(CountyMapChart.NO_DATA);
        assertThat(plot.areas().get(2).label()).containsExactly("Pinglu");
        LegendItem last = plot.getLegendItems().get(plot.getLegendItems().getItemCount() - 1);
        assertThat(last.getLabel()).isEqualTo("no data");
    }

    @Test
    void statusMapTakesEachCountysStatusColourFromTheGapChartsPalette() {
        JFreeChart chart = Charts.countyStatusMap(OUTLINED, AT_2030, EN);
        assertThat(chart.getTitle().getText()).isEqualTo("Counties by status at the 2030 target (forecast)");
        List<CountyCode> codes = OUTLINED.counties().stream().map(c -> c.code()).toList();
        for (int i = 0; i < codes.size(); i++) {
            CountyCode code = codes.get(i);
            GapRow row = AT_2030.stream().filter(g -> g.unit().equals(code)).findFirst().orElseThrow();
            assertThat(plot(chart).areas().get(i).fill()).as("%s", code).isEqualTo(EN.status(row.status()));
        }
        List<String> statuses = AT_2030.stream().filter(g -> !g.unit().equals(Scope.CITY)).map(GapRow::status)
                .distinct().sorted().map(s -> "status." + s.key()).map(Language.EN::text).toList();
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot(chart).getLegendItems().getItemCount(); i++) {
            legend.add(plot(chart).getLegendItems().get(i).getLabel());
        }
        assertThat(legend).isEqualTo(statuses);
    }

    @Test
    void withoutOutlinesTheRateMapIsTheTileMapAndTheStatusMapUsesTheTileLayout() {
        assertThat(Charts.hasCountyBoundaries(PLAIN)).isFalse();
        assertThat(Charts.countyMapFallback(PLAIN)).hasValue(
                "the dataset has no county outlines (boundaries.geojson); maps are drawn as tile maps");
        assertThat(Charts.hasCountyBoundaries(OUTLINED)).isTrue();
        assertThat(Charts.countyMapFallback(OUTLINED)).isEmpty();

        JFreeChart rate = Charts.countyRateMap(PLAIN, 2024, EN);
        assertThat(rate.getPlot()).isInstanceOf(XYPlot.class);
        assertThat(rate.getTitle().getText()).isEqualTo(Charts.tileMap(PLAIN, 2024, EN).getTitle().getText());
        CountyMapPlot status = plot(Charts.countyStatusMap(PLAIN, AT_2030, EN));
        Rectangle2D pinglu = status.areas().get(2).shape().getBounds2D();
        assertThat(pinglu.getCenterX()).isEqualTo(1);
        assertThat(pinglu.getCenterY()).isEqualTo(-1);
        assertThat(subtitles(Charts.countyStatusMap(PLAIN, AT_2030, EN))).noneMatch(t -> t.contains("Schematic"));
    }

    @Test
    void aDatasetMissingSomeOutlinesNamesThemAndFallsBack() {
        Dataset partial = new Dataset(OUTLINED.counties(), OUTLINED.monitoring(), OUTLINED.treatment(),
                OUTLINED.baselines(), OUTLINED.targets(), OUTLINED.indicators(), OUTLINED.tasks(), OUTLINED.parameters(),
                OUTLINED.city(), OUTLINED.references(), OUTLINED.boundaries().subList(0, 2));
        assertThat(Charts.countyMapFallback(partial)).hasValue(
                "boundaries.geojson has no outline for 平陆县; maps are drawn as tile maps");
        assertThat(Charts.countyRateMap(partial, 2024, EN).getPlot()).isInstanceOf(XYPlot.class);
    }

    @Test
    void longitudeIsShortenedByTheCosineOfTheMidLatitude() {
        CountyBoundary square = new CountyBoundary(ReportFixtures.A, List.of(new Polygon(ring(10, 59, 11, 59, 11, 61,
                10, 61), List.of())));
        double cos = CountyMapChart.cosMidLatitude(List.of(square));
        assertThat(cos).isCloseTo(0.5, within(1e-12));
        Rectangle2D bounds = CountyMapChart.outline(square, cos).getBounds2D();
        // a degree of longitude at 60° N is half as long as a degree of latitude
        assertThat(bounds.getWidth() / bounds.getHeight()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void classBreaksAreRoundStepsWithinThePalette() {
        assertThat(CountyMapChart.breaks(62.8, 91.8)).containsExactly(60, 65, 70, 75, 80, 85, 90, 95);
        assertThat(CountyMapChart.breaks(70.1, 71.3)).containsExactly(70, 71, 72);
        assertThat(CountyMapChart.breaks(10, 95)).containsExactly(0, 20, 40, 60, 80, 100);
        assertThat(CountyMapChart.breaks(80, 80)).containsExactly(80, 81);
        double[] breaks = CountyMapChart.breaks(62.8, 91.8);
        assertThat(CountyMapChart.classOf(60, breaks)).isZero();
        assertThat(CountyMapChart.classOf(65, breaks)).isEqualTo(1);
        assertThat(CountyMapChart.classOf(95, breaks)).isEqualTo(6);
    }

    @Test
    void labelsOfCrowdedCountiesDoNotOverlap() {
        // thirteen strips narrower than their labels, side by side: the labels must stagger
        List<CountyMapChart.Area> strips = IntStream.range(0, 13).mapToObj(i -> new CountyMapChart.Area(
                new Rectangle2D.Double(i * 0.1, 0, 0.1, 1), CountyMapChart.SEQUENTIAL[i % 7],
                List.of("Xinjiang", "88.8 %"))).toList();
        CountyMapPlot plot = new CountyMapPlot(strips, new org.jfree.chart.LegendItemCollection(),
                EN.font().font(java.awt.Font.BOLD, 12f), EN.font().font(java.awt.Font.PLAIN, 11f));
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        List<Rectangle2D> boxes = plot.labelBoxes(g2, new Rectangle2D.Double(0, 0, 700, 460));
        g2.dispose();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("labels %d and %d", i, j).isFalse();
            }
        }
    }

    @Test
    void mapsDrawTheSameBytesTwiceWithOneFilledPathPerCounty() throws Exception {
        for (JFreeChart chart : List.of(Charts.countyRateMap(OUTLINED, 2024, EN),
                Charts.countyStatusMap(OUTLINED, AT_2030, EN))) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartFiles.png(chart, png);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            ChartFiles.png(chart, again);
            assertThat(png.toByteArray()).startsWith(0x89, 'P', 'N', 'G').isEqualTo(again.toByteArray());
            String svg = svg(chart);
            assertThat(svg(chart)).isEqualTo(svg);
            assertThat(countyPaths(svg)).isEqualTo(3);
        }
    }

    static String svg(JFreeChart chart) throws Exception {
        StringWriter out = new StringWriter();
        ChartFiles.svg(chart, out, "map");
        return out.toString();
    }

    /**
     * Filled paths of the size of a county: more than 20 pixels across (legend swatches are 14) and
     * less than the chart (the background).
     */
    static long countyPaths(String svg) {
        Matcher paths = Pattern.compile("<path d=\"([^\"]*)\"[^>]*style=\"[^\"]*fill:rgb").matcher(svg);
        long count = 0;
        while (paths.find()) {
            double[] xy = Pattern.compile("-?[0-9.]+").matcher(paths.group(1)).results()
                    .mapToDouble(m -> Double.parseDouble(m.group())).toArray();
            double width = IntStream.range(0, xy.length / 2).mapToDouble(i -> xy[2 * i]).max().orElse(0)
                    - IntStream.range(0, xy.length / 2).mapToDouble(i -> xy[2 * i]).min().orElse(0);
            double height = IntStream.range(0, xy.length / 2).mapToDouble(i -> xy[2 * i + 1]).max().orElse(0)
                    - IntStream.range(0, xy.length / 2).mapToDouble(i -> xy[2 * i + 1]).min().orElse(0);
            if (Math.max(width, height) > 20 && Math.max(width, height) < ChartStyle.WIDTH - 100) {
                count++;
            }
        }
        return count;
    }
}

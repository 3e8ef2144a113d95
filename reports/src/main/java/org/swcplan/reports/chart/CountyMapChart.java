package org.swcplan.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.swcplan.model.region.CountyBoundary;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Numbers;

/**
 * A choropleth of the counties: each filled by its class (a rate's class break, or a status),
 * labelled at an inside point, with a legend of the classes and the note that the map is
 * schematic. Outlines are drawn in longitude × cos(mid-latitude) against latitude, so that a
 * kilometre east is as long as a kilometre north.
 */
public final class CountyMapChart {
    /**
     * One county on the map.
     *
     * @param shape its outline, or its square on the tile layout, in map units (y north)
     * @param label the lines of its label: its name (drawn in bold), and perhaps its value
     */
    public record Area(Shape shape, Paint fill, List<String> label) {
        public Area {
            label = List.copyOf(label);
        }
    }

    /** An entry of the legend. */
    public record Key(String label, Paint paint) {
    }

    /** ColorBrewer YlGn, 7 classes (Cynthia Brewer, colorbrewer2.org): light for low rates, dark green for high. */
    static final Color[] SEQUENTIAL = {new Color(0xff, 0xff, 0xcc), new Color(0xd9, 0xf0, 0xa3),
        new Color(0xad, 0xdd, 0x8e), new Color(0x78, 0xc6, 0x79), new Color(0x41, 0xab, 0x5d),
        new Color(0x23, 0x84, 0x43), new Color(0x00, 0x5a, 0x32)};
    static final Color NO_DATA = new Color(0xd9, 0xd9, 0xd9);
    /** Round steps of the class breaks, in points: the finest that gives at most {@link #SEQUENTIAL}'s classes. */
    private static final double[] STEPS = {1, 2, 5, 10, 20, 25};

    private CountyMapChart() {
    }

    /**
     * @param heading   the legend's heading
     * @param notes     lines under the map (the schematic-map note first)
     */
    public static JFreeChart build(String title, List<Area> areas, String heading, List<Key> keys, List<String> notes,
                                   ChartStyle style) {
        LegendItemCollection legend = new LegendItemCollection();
        for (Key key : keys) {
            legend.add(new LegendItem(key.label(), null, null, null, new Rectangle2D.Double(-7, -5, 14, 10), key.paint(),
                    new BasicStroke(0.8f), CountyMapPlot.BORDER));
        }
        CountyMapPlot plot = new CountyMapPlot(areas, legend, style.font().font(Font.BOLD, 12f),
                style.font().font(Font.PLAIN, 11f));
        plot.setInsets(new RectangleInsets(8, 8, 8, 8));
        JFreeChart chart = style.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        LegendTitle items = new LegendTitle(plot, new ColumnArrangement(), new ColumnArrangement());
        items.setItemFont(style.font().font(Font.PLAIN, 12f));
        items.setHorizontalAlignment(HorizontalAlignment.LEFT);
        BlockContainer block = new BlockContainer(new ColumnArrangement(HorizontalAlignment.LEFT,
                VerticalAlignment.CENTER, 0, 4));
        TextTitle headingTitle = new TextTitle(heading, style.font().font(Font.BOLD, 12f));
        headingTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        block.add(headingTitle);
        block.add(items);
        CompositeTitle legendBlock = new CompositeTitle(block);
        legendBlock.setPosition(RectangleEdge.RIGHT);
        legendBlock.setMargin(new RectangleInsets(0, 4, 0, 16));
        chart.addSubtitle(legendBlock);
        if (!notes.isEmpty()) {
            TextTitle note = new TextTitle(String.join("\n", notes), style.font().font(Font.PLAIN, 11f));
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.LEFT);
            note.setTextAlignment(HorizontalAlignment.LEFT);
            note.setPaint(Color.DARK_GRAY);
            note.setMargin(new RectangleInsets(0, 12, 4, 0));
            chart.addSubtitle(note);
        }
        return chart;
    }

    /** The boundary as a shape in map units: longitude × {@code cosLat} east, latitude north; holes cut out. */
    static Shape outline(CountyBoundary boundary, double cosLat) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (CountyBoundary.Ring ring : boundary.rings()) {
            List<CountyBoundary.LonLat> points = ring.points();
            path.moveTo(points.get(0).lonDeg() * cosLat, points.get(0).latDeg());
            for (CountyBoundary.LonLat p : points.subList(1, points.size())) {
                path.lineTo(p.lonDeg() * cosLat, p.latDeg());
            }
            path.closePath();
        }
        return path;
    }

    /** cos of the latitude midway between the outlines' southern- and northernmost points. */
    static double cosMidLatitude(List<CountyBoundary> boundaries) {
        double south = boundaries.stream().flatMap(b -> b.rings().stream()).flatMap(r -> r.points().stream())
                .mapToDouble(CountyBoundary.LonLat::latDeg).min().orElse(0);
        double north = boundaries.stream().flatMap(b -> b.rings().stream()).flatMap(r -> r.points().stream())
                .mapToDouble(CountyBoundary.LonLat::latDeg).max().orElse(0);
        return Math.cos(Math.toRadians((south + north) / 2));
    }

    /** A county's square on the tile layout (row 0 north, column 0 west), for maps without outlines. */
    static Shape tile(int row, int col) {
        return new Rectangle2D.Double(col - 0.47, -row - 0.47, 0.94, 0.94);
    }

    /**
     * Class breaks for rates: round steps (1, 2, 5, 10, 20 or 25 points), the finest giving no more
     * classes than the palette has. Breaks[i] to breaks[i + 1] is class i; the last class includes its top.
     */
    static double[] breaks(double min, double max) {
        for (double step : STEPS) {
            double low = Math.floor(min / step) * step;
            double high = Math.max(Math.ceil(max / step) * step, low + step);
            int classes = (int) Math.round((high - low) / step);
            if (classes <= SEQUENTIAL.length) {
                double[] breaks = new double[classes + 1];
                for (int i = 0; i <= classes; i++) {
                    breaks[i] = low + i * step;
                }
                return breaks;
            }
        }
        return new double[] {0, 100};
    }

    /** The class of a rate, 0 for the first. */
    static int classOf(double ratePct, double[] breaks) {
        for (int i = 1; i < breaks.length - 1; i++) {
            if (ratePct < breaks[i]) {
                return i - 1;
            }
        }
        return breaks.length - 2;
    }

    /** The palette's colour for class {@code i} of {@code classes}, spread from its lightest to its darkest. */
    static Color classColour(int i, int classes) {
        return classes == 1 ? SEQUENTIAL[SEQUENTIAL.length / 2]
                : SEQUENTIAL[(int) Math.round(i * (SEQUENTIAL.length - 1) / (double) (classes - 1))];
    }

    /** The legend of the rate classes, plus "no data" when some county has no rate. */
    static List<Key> rateKeys(double[] breaks, boolean anyMissing, Language lang) {
        List<Key> keys = new ArrayList<>();
        int classes = breaks.length - 1;
        for (int i = classes - 1; i >= 0; i--) {
            keys.add(new Key(figure(breaks[i]) + "–" + figure(breaks[i + 1]), classColour(i, classes)));
        }
        if (anyMissing) {
            keys.add(new Key(lang.text("map.no_data"), NO_DATA));
        }
        return keys;
    }

    /** A rate's fill: its class's colour, or grey without a rate. */
    static Color rateFill(OptionalDouble ratePct, double[] breaks) {
        return ratePct.isPresent() ? classColour(classOf(ratePct.getAsDouble(), breaks), breaks.length - 1) : NO_DATA;
    }

    /** The label of a county with its rate: its name, and the rate as the language writes it. */
    static List<String> rateLabel(String name, OptionalDouble ratePct, Language lang) {
        return ratePct.isPresent() ? List.of(name, lang.percent(Numbers.fixed(ratePct.getAsDouble(), 1))) : List.of(name);
    }

    private static String figure(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Breaks over the rates present, if any. */
    static Optional<double[]> breaksOf(List<OptionalDouble> rates) {
        double[] present = rates.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).toArray();
        if (present.length == 0) {
            return Optional.empty();
        }
        return Optional.of(breaks(Arrays.stream(present).min().orElseThrow(),
                Arrays.stream(present).max().orElseThrow()));
    }
}

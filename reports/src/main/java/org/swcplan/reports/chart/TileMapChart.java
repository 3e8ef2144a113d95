package org.swcplan.reports.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Numbers;

/** The counties on their schematic tile grid, coloured by rate and labelled with name and value. */
public final class TileMapChart {
    /** One county's tile. */
    public record Tile(int row, int col, String name, double ratePct) {
    }

    /** Colours from low (red) through middle (yellow) to high (green) rates, in steps. */
    static final Color[] RAMP = {new Color(0xd7, 0x30, 0x27), new Color(0xf4, 0x6d, 0x43), new Color(0xfd, 0xae, 0x61),
        new Color(0xfe, 0xe0, 0x8b), new Color(0xd9, 0xef, 0x8b), new Color(0xa6, 0xd9, 0x6a), new Color(0x66, 0xbd, 0x63),
        new Color(0x1a, 0x98, 0x50)};

    private TileMapChart() {
    }

    public static JFreeChart build(List<Tile> tiles, int year, ChartStyle style) {
        Language lang = style.language();
        double min = Math.floor(tiles.stream().mapToDouble(Tile::ratePct).min().orElse(0));
        double max = Math.ceil(tiles.stream().mapToDouble(Tile::ratePct).max().orElse(100));
        if (max <= min) {
            max = min + 1;
        }
        double[][] xyz = new double[3][tiles.size()];
        for (int i = 0; i < tiles.size(); i++) {
            xyz[0][i] = tiles.get(i).col();
            xyz[1][i] = -tiles.get(i).row();
            xyz[2][i] = tiles.get(i).ratePct();
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("rate", xyz);
        LookupPaintScale scale = new LookupPaintScale(min, max + 1e-9, Color.LIGHT_GRAY);
        for (int i = 0; i < RAMP.length; i++) {
            scale.add(min + (max - min) * i / RAMP.length, RAMP[i]);
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(0.94);
        renderer.setBlockHeight(0.94);
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        int maxCol = tiles.stream().mapToInt(Tile::col).max().orElse(0);
        int maxRow = tiles.stream().mapToInt(Tile::row).max().orElse(0);
        x.setRange(-0.6, maxCol + 0.6);
        y.setRange(-maxRow - 0.6, 0.6);
        x.setVisible(false);
        y.setVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = style.apply(new JFreeChart(lang.text("tilemap.title", Integer.toString(year)),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (Tile t : tiles) {
            XYTextAnnotation name = new XYTextAnnotation(t.name(), t.col(), -t.row() + 0.12);
            name.setFont(style.font().font(Font.BOLD, 13f));
            plot.addAnnotation(name);
            XYTextAnnotation value = new XYTextAnnotation(Numbers.fixed(t.ratePct(), 1) + " %", t.col(), -t.row() - 0.15);
            value.setFont(style.font().font(Font.PLAIN, 12f));
            plot.addAnnotation(value);
        }
        NumberAxis legendAxis = new NumberAxis(lang.text("tilemap.legend"));
        legendAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        legendAxis.setRange(min, max);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setMargin(4, 60, 4, 60);
        legendAxis.setLabelFont(style.font().font(Font.PLAIN, 12f));
        legendAxis.setTickLabelFont(style.font().font(Font.PLAIN, 10f));
        chart.addSubtitle(legend);
        return chart;
    }
}

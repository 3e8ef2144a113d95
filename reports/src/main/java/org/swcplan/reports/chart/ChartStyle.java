package org.swcplan.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.swcplan.model.gap.GapStatus;
import org.swcplan.reports.Language;

/** Fixed sizes, fonts and colours, so that the same data always gives the same picture. */
public record ChartStyle(ChartFont font) {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 540;
    static final Color OBSERVED = new Color(0x1f, 0x3a, 0x5f);
    static final Color MEDIAN = new Color(0x2b, 0x6c, 0xb0);
    static final Color BAND80 = new Color(0x2b, 0x6c, 0xb0, 0x55);
    static final Color BAND95 = new Color(0x2b, 0x6c, 0xb0, 0x28);
    /** The bands as they look where both are drawn (the 80 % band lies on the 95 % one), for legend swatches. */
    static final Color BAND80_SWATCH = new Color(0x9e, 0xbb, 0xdc);
    static final Color BAND95_SWATCH = new Color(0xda, 0xe4, 0xf1);
    static final Color TARGET = new Color(0xc0, 0x39, 0x2b);
    static final Color GLIDE = new Color(0xc0, 0x39, 0x2b, 0x99);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    /**
     * One colour per status, as the model decides it: greens only for units likely to reach their
     * target (or a passed milestone met), oranges to reds as the chance falls.
     */
    static final Map<GapStatus, Color> STATUS = Map.of(
            GapStatus.ACHIEVED, new Color(0x1a, 0x93, 0x50),
            GapStatus.ON_TRACK, new Color(0x66, 0xbd, 0x63),
            GapStatus.ACCELERATION_NEEDED, new Color(0xfd, 0xae, 0x61),
            GapStatus.LIMITED_PROGRESS, new Color(0xf4, 0x6d, 0x43),
            GapStatus.DETERIORATION, new Color(0xa5, 0x00, 0x26),
            GapStatus.MET, new Color(0x1a, 0x93, 0x50),
            GapStatus.MISSED, new Color(0xd7, 0x30, 0x27));

    public Language language() {
        return font.language();
    }

    public Paint status(GapStatus status) {
        return STATUS.get(status);
    }

    private static void rootLocale(ValueAxis axis) {
        if (axis instanceof NumberAxis number && number.getNumberFormatOverride() == null) {
            number.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        }
    }

    /** Applies the fonts and a plain white background to a built chart. */
    JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("swc");
        theme.setExtraLargeFont(font.font(Font.BOLD, 18f));
        theme.setLargeFont(font.font(Font.BOLD, 14f));
        theme.setRegularFont(font.font(Font.PLAIN, 12f));
        theme.setSmallFont(font.font(Font.PLAIN, 10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.apply(chart);
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        // tick labels in Locale.ROOT: the same picture whatever the machine's locale
        if (plot instanceof XYPlot xy) {
            rootLocale(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot category) {
            rootLocale(category.getRangeAxis());
        }
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}

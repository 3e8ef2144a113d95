package org.swcplan.reports.chart;

import java.awt.Shape;
import java.awt.geom.Line2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.swcplan.model.outlook.ForecastPoint;
import org.swcplan.model.outlook.UnitForecast;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Numbers;

/**
 * A unit's trajectory: observed rates, the forecast median with shaded 80 % and 95 % bands, each
 * milestone target as a marker labelled with its probability (a passed one: met or missed), and
 * the straight glide path from the last observation to each target ahead.
 */
public final class TrajectoryChart {
    /**
     * A milestone target and what is said of it: the probability of reaching it, or whether a passed
     * one was met.
     *
     * @param ahead whether the milestone is still ahead (a glide path leads to it)
     */
    public record Milestone(int year, double targetPct, String outcome, boolean ahead) {
    }

    private TrajectoryChart() {
    }

    /**
     * @param observed year → observed rate, in year order
     */
    public static JFreeChart build(UnitForecast forecast, String unitName, Map<Integer, Double> observed,
                                   List<Milestone> milestones, ChartStyle style) {
        Language lang = style.language();
        YIntervalSeries band95 = new YIntervalSeries(lang.text("series.band95"));
        YIntervalSeries band80 = new YIntervalSeries(lang.text("series.band80"));
        int last = forecast.lastObservedYear();
        double lastRate = forecast.lastObservedRatePct();
        band95.add(last, lastRate, lastRate, lastRate);
        band80.add(last, lastRate, lastRate, lastRate);
        for (ForecastPoint p : forecast.points()) {
            band95.add(p.year(), p.medianPct(), p.lo95Pct(), p.hi95Pct());
            band80.add(p.year(), p.medianPct(), p.lo80Pct(), p.hi80Pct());
        }
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band95);
        bands.addSeries(band80);

        XYSeries history = new XYSeries(lang.text("series.observed"));
        observed.forEach(history::add);
        XYSeriesCollection observedData = new XYSeriesCollection(history);

        XYSeriesCollection glide = new XYSeriesCollection();
        XYSeriesCollection targets = new XYSeriesCollection();
        List<Milestone> ahead = milestones.stream().filter(Milestone::ahead).toList();
        for (Milestone m : ahead) {
            XYSeries path = new XYSeries(lang.text("series.glide") + " " + m.year());
            path.add(last, lastRate);
            path.add(m.year(), m.targetPct());
            glide.addSeries(path);
        }
        for (Milestone m : milestones) {
            XYSeries target = new XYSeries(lang.text("series.target", Integer.toString(m.year()),
                    Numbers.fixed(m.targetPct(), 2), m.outcome()));
            target.add(m.year(), m.targetPct());
            targets.addSeries(target);
        }

        NumberAxis years = new NumberAxis(lang.text("axis.year"));
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        years.setAutoRangeIncludesZero(false);
        NumberAxis rate = new NumberAxis(lang.text("axis.rate"));
        rate.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(bands, years, rate, null);
        plot.setDataset(1, observedData);
        plot.setDataset(2, glide);
        plot.setDataset(3, targets);
        JFreeChart chart = style.apply(new JFreeChart(lang.text("trajectory.title", unitName),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true));

        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setSeriesFillPaint(0, ChartStyle.BAND95);
        bandRenderer.setSeriesFillPaint(1, ChartStyle.BAND80);
        bandRenderer.setSeriesPaint(0, ChartStyle.MEDIAN);
        bandRenderer.setSeriesPaint(1, ChartStyle.MEDIAN);
        bandRenderer.setSeriesStroke(0, new BasicStroke(0.1f));
        bandRenderer.setSeriesStroke(1, new BasicStroke(2.5f));
        bandRenderer.setAlpha(1f);
        plot.setRenderer(0, bandRenderer);

        XYLineAndShapeRenderer observedRenderer = new XYLineAndShapeRenderer(true, true);
        observedRenderer.setSeriesPaint(0, ChartStyle.OBSERVED);
        observedRenderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        observedRenderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, observedRenderer);

        XYLineAndShapeRenderer glideRenderer = new XYLineAndShapeRenderer(true, false);
        XYLineAndShapeRenderer targetRenderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < ahead.size(); i++) {
            glideRenderer.setSeriesPaint(i, ChartStyle.GLIDE);
            glideRenderer.setSeriesStroke(i, glideStroke(i));
        }
        for (int i = 0; i < milestones.size(); i++) {
            targetRenderer.setSeriesPaint(i, ChartStyle.TARGET);
            targetRenderer.setSeriesShape(i, new Rectangle2D.Double(-5, -5, 10, 10));
        }
        plot.setRenderer(2, glideRenderer);
        plot.setRenderer(3, targetRenderer);
        // bands first, targets last: a target is never hidden under a band
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setFixedLegendItems(legend(lang, ahead, milestones, targets));
        return chart;
    }

    /**
     * The legend: observations, the median, each band as a filled swatch, each glide path (told apart
     * by its dashes) and each target.
     */
    private static LegendItemCollection legend(Language lang, List<Milestone> ahead, List<Milestone> milestones,
                                               XYSeriesCollection targets) {
        LegendItemCollection items = new LegendItemCollection();
        Shape dot = new Ellipse2D.Double(-4, -4, 8, 8);
        Line2D line = new Line2D.Double(-8, 0, 8, 0);
        Shape swatch = new Rectangle2D.Double(-8, -5, 16, 10);
        items.add(new LegendItem(lang.text("series.observed"), null, null, null, true, dot, true, ChartStyle.OBSERVED,
                false, ChartStyle.OBSERVED, new BasicStroke(1f), true, line, new BasicStroke(2f), ChartStyle.OBSERVED));
        items.add(new LegendItem(lang.text("series.median"), null, null, null, false, swatch, false, ChartStyle.MEDIAN,
                false, ChartStyle.MEDIAN, new BasicStroke(1f), true, line, new BasicStroke(2.5f), ChartStyle.MEDIAN));
        items.add(new LegendItem(lang.text("series.band80"), null, null, null, swatch, ChartStyle.BAND80_SWATCH));
        items.add(new LegendItem(lang.text("series.band95"), null, null, null, swatch, ChartStyle.BAND95_SWATCH));
        for (int i = 0; i < ahead.size(); i++) {
            items.add(new LegendItem(lang.text("series.glide.year", Integer.toString(ahead.get(i).year())), null, null,
                    null, false, swatch, false, ChartStyle.GLIDE, false, ChartStyle.GLIDE, new BasicStroke(1f), true,
                    new Line2D.Double(-12, 0, 12, 0), glideStroke(i), ChartStyle.GLIDE));
        }
        for (int i = 0; i < milestones.size(); i++) {
            items.add(new LegendItem((String) targets.getSeriesKey(i), null, null, null,
                    new Rectangle2D.Double(-5, -5, 10, 10), ChartStyle.TARGET));
        }
        return items;
    }

    /** The dashes of the i-th glide path: longer for later milestones, so that each can be told apart. */
    private static BasicStroke glideStroke(int i) {
        float dash = 4f + 4f * i;
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {dash, 3f}, 0f);
    }
}

package org.swcplan.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.Language;
import org.swcplan.reports.text.Numbers;

/**
 * Counties sorted by their gap at a milestone (to the forecast median, or to the observed rate at a
 * passed milestone), coloured by the status the model gives each row, with the city's gap as a
 * reference line.
 */
public final class GapChart {
    private GapChart() {
    }

    /**
     * @param rows   one milestone's rows, counties and the city
     * @param names  the name to show for each row, in the chart's language
     */
    public static JFreeChart build(List<GapRow> rows, Function<GapRow, String> names,
                                   ChartStyle style) {
        Language lang = style.language();
        List<GapRow> counties = rows.stream().filter(r -> !r.unit().equals(Scope.CITY))
                .sorted(Comparator.comparingDouble(GapRow::gapPp).reversed().thenComparing(r -> r.unit().id())).toList();
        GapRow city = rows.stream().filter(r -> r.unit().equals(Scope.CITY)).findFirst().orElseThrow();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (GapRow r : counties) {
            data.addValue(r.gapPp(), "gap", names.apply(r));
        }
        CategoryAxis axis = new CategoryAxis();
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis value = new NumberAxis(lang.text("gaps.axis"));
        Paint[] paints = counties.stream().map(r -> style.status(r.status())).toArray(Paint[]::new);
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return paints[column];
            }
        };
        CategoryPlot plot = new CategoryPlot(data, axis, value, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        String title = city.assessed() ? "gaps.title.assessed" : "gaps.title";
        JFreeChart chart = style.apply(new JFreeChart(lang.text(title, Integer.toString(city.milestone())),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        LegendItemCollection legend = new LegendItemCollection();
        counties.stream().map(GapRow::status).distinct().sorted()
                .forEach(s -> legend.add(new LegendItem(lang.text("status." + s.key()), style.status(s))));
        plot.setFixedLegendItems(legend);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        ValueMarker marker = new ValueMarker(city.gapPp(), Color.DARK_GRAY, new BasicStroke(1.5f));
        marker.setLabel(lang.text("gaps.city", Numbers.fixed(city.gapPp(), 2)));
        marker.setLabelFont(style.font().font(Font.PLAIN, 11f));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(marker);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        return chart;
    }
}

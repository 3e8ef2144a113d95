package org.swcplan.reports.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.GroupedStackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.KeyToGroupMap;
import org.jfree.data.category.DefaultCategoryDataset;
import org.swcplan.reports.Language;

/**
 * Treatment per year per county for an allocation: business as usual and the extra treatment
 * stacked into the whole programme, beside each county's capacity.
 */
public final class AllocationChart {
    /** One county's bars: its BAU pace, the extra treatment a year (mean) and its capacity, km²/a. */
    public record Bar(String name, double bauKm2PerYear, double extraKm2PerYear, double capacityKm2PerYear) {
    }

    private AllocationChart() {
    }

    /**
     * @param what         the allocation method, for the title
     * @param illustrative whether the data (and so the capacities and costs) are illustrative: said under the title
     */
    public static JFreeChart build(List<Bar> bars, int milestone, String what, boolean illustrative, ChartStyle style) {
        Language lang = style.language();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String bau = lang.text("allocation.bau");
        String extra = lang.text("allocation.series");
        String capacity = lang.text("allocation.capacity");
        for (Bar b : bars) {
            data.addValue(b.bauKm2PerYear(), bau, b.name());
            data.addValue(b.extraKm2PerYear(), extra, b.name());
            data.addValue(b.capacityKm2PerYear(), capacity, b.name());
        }
        KeyToGroupMap groups = new KeyToGroupMap("programme");
        groups.mapKeyToGroup(bau, "programme");
        groups.mapKeyToGroup(extra, "programme");
        groups.mapKeyToGroup(capacity, "capacity");
        GroupedStackedBarRenderer renderer = new GroupedStackedBarRenderer();
        renderer.setSeriesToGroupMap(groups);
        CategoryAxis axis = new CategoryAxis();
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        CategoryPlot plot = new CategoryPlot(data, axis, new NumberAxis(lang.text("allocation.axis")), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = style.apply(new JFreeChart(lang.text("allocation.title", Integer.toString(milestone), what),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        if (illustrative) {
            chart.addSubtitle(new TextTitle(lang.text("allocation.illustrative"), style.font().font(Font.PLAIN, 11f)));
        }
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x9e, 0xc5, 0xe0));
        renderer.setSeriesPaint(1, ChartStyle.MEDIAN);
        renderer.setSeriesPaint(2, new Color(0xbb, 0xbb, 0xbb));
        renderer.setItemMargin(0.05);
        return chart;
    }
}

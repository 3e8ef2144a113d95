package org.swcplan.reports.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.swcplan.reports.Language;

/** Treatment per year per county for an allocation (or a scenario), beside each county's capacity. */
public final class AllocationChart {
    /** One county's bar: the treatment planned and its capacity, km²/a. */
    public record Bar(String name, double treatmentKm2PerYear, double capacityKm2PerYear) {
    }

    private AllocationChart() {
    }

    /**
     * @param what  the allocation method or scenario, for the title
     */
    public static JFreeChart build(List<Bar> bars, int milestone, String what, ChartStyle style) {
        Language lang = style.language();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar b : bars) {
            data.addValue(b.treatmentKm2PerYear(), lang.text("allocation.series"), b.name());
            data.addValue(b.capacityKm2PerYear(), lang.text("allocation.capacity"), b.name());
        }
        CategoryAxis axis = new CategoryAxis();
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, axis, new NumberAxis(lang.text("allocation.axis")), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = style.apply(new JFreeChart(lang.text("allocation.title", Integer.toString(milestone), what),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.MEDIAN);
        renderer.setSeriesPaint(1, new Color(0xbb, 0xbb, 0xbb));
        renderer.setItemMargin(0.05);
        return chart;
    }
}

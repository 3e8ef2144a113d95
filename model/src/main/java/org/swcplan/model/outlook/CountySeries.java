package org.swcplan.model.outlook;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.TimeSeries;
import org.swcplan.model.region.County;

/** The counties' monitored erosion areas as annual series. */
public final class CountySeries {
    private CountySeries() {
    }

    /**
     * One series per county (id = county code, category = Chinese name), km², over the years of the
     * {@link MonitoredPanel} (a county's missing years in between interpolated).
     */
    public static List<TimeSeries> erosionKm2(Dataset dataset) {
        MonitoredPanel panel = MonitoredPanel.of(dataset);
        List<Integer> years = panel.years();
        List<TimeSeries> series = new ArrayList<>();
        for (County county : dataset.counties()) {
            double[] values = new double[years.size()];
            for (int i = 0; i < years.size(); i++) {
                values[i] = panel.erosionKm2(county.code(), years.get(i));
            }
            series.add(new TimeSeries(county.code().value(), county.nameZh(), panel.firstYear(), values));
        }
        return series;
    }
}

package org.swcplan.model.outlook;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.TimeSeries;
import org.swcplan.model.region.County;

/** The counties' monitored erosion areas as annual series, over the years every county was monitored. */
public final class CountySeries {
    private CountySeries() {
    }

    /** One series per county (id = county code, category = Chinese name), km². */
    public static List<TimeSeries> erosionKm2(Dataset dataset) {
        List<Integer> years = dataset.latestCompleteRun();
        int first = years.get(0);
        List<TimeSeries> series = new ArrayList<>();
        for (County county : dataset.counties()) {
            double[] values = new double[years.size()];
            for (int year : years) {
                values[year - first] = dataset.record(county.code(), year).orElseThrow().erosionKm2();
            }
            series.add(new TimeSeries(county.code().value(), county.nameZh(), first, values));
        }
        return series;
    }
}

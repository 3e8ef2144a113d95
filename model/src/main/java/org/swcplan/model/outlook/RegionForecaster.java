package org.swcplan.model.outlook;

import org.swcplan.model.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swcplan.model.Dataset;
import org.swcplan.model.RuleBroken;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.interval.ErrorScale;
import org.swcplan.model.forecast.interval.GroupForecaster;
import org.swcplan.model.forecast.interval.SamplePaths;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;

/**
 * Forecasts the 水土保持率 of every county and of the city. Each county's monitored erosion is
 * forecast as the logit of its erosion share (so rates stay within 0–100 %), with sample paths
 * drawn jointly for all counties (see {@link org.swcplan.model.forecast.interval.ErrorModel});
 * erosion in km² is the share times the county's latest land area, and the city's path is the sum
 * of the county paths.
 */
public final class RegionForecaster {
    /** The shortest history a rolling origin fits, and at most how many origins are used. */
    static final int MIN_TRAIN = 3;
    static final int MAX_ORIGINS = 10;

    private RegionForecaster() {
    }

    /**
     * @param paths number of joint sample paths
     * @param seed  random seed: the same inputs and seed give the same forecasts
     */
    public record Settings(int toYear, int paths, long seed) {
        public static final int DEFAULT_PATHS = 2000;
        public static final long DEFAULT_SEED = 20240118L;
        public static final int MIN_PATHS = 10;
        /** Ten times the default; the sample paths of every county and year are held in memory. */
        public static final int MAX_PATHS = 20_000;

        public Settings {
            if (paths < MIN_PATHS || paths > MAX_PATHS) {
                throw new IllegalArgumentException("sample paths must be within " + MIN_PATHS + "–" + MAX_PATHS
                        + ", was " + paths);
            }
            if (toYear > Checks.Years.MAX) {
                throw new IllegalArgumentException("the last year must be at most " + Checks.Years.MAX + ", was " + toYear);
            }
        }
    }

    /**
     * Uses the years of the {@link MonitoredPanel}: from the first to the latest year in which every
     * county was monitored, a county's missing years in between interpolated.
     *
     * @throws IllegalArgumentException when {@code toYear} is not after the last observed year, or
     *                                  fewer than 2 years have data for every county
     */
    public static RegionOutlook forecast(Dataset dataset, ForecastMethod method, Settings settings) {
        MonitoredPanel panel = MonitoredPanel.of(dataset);
        int last = panel.lastYear();
        if (settings.toYear() <= last) {
            throw new RuleBroken("the forecast must end after the last observed year " + last
                    + ", was " + settings.toYear(), "forecastEnd",
                    List.of(String.valueOf(settings.toYear()), String.valueOf(last)));
        }
        int horizon = settings.toYear() - last;
        List<County> counties = dataset.counties();
        List<double[]> histories = new ArrayList<>();
        Map<CountyCode, Double> land = new LinkedHashMap<>();
        for (County county : counties) {
            histories.add(panel.logitShares(county.code()));
            land.put(county.code(), panel.landAreaKm2(county.code(), last));
        }
        // a year no county was monitored in holds no forecast error to learn from
        boolean[] observed = new boolean[panel.years().size()];
        Arrays.fill(observed, true);
        panel.unobservedYears().forEach(year -> observed[year - panel.firstYear()] = false);
        GroupForecaster.Result result = GroupForecaster.forecast(histories, observed, OnRateScale.adapt(method),
                ErrorScale.LEVEL, new GroupForecaster.Settings(horizon, settings.paths(), settings.seed(), MIN_TRAIN,
                        MAX_ORIGINS));

        Map<CountyCode, double[][]> erosion = new LinkedHashMap<>();
        List<UnitForecast> units = new ArrayList<>();
        for (int c = 0; c < counties.size(); c++) {
            County county = counties.get(c);
            SamplePaths logits = result.paths().get(c);
            double[][] km2 = new double[settings.paths()][horizon];
            for (int p = 0; p < settings.paths(); p++) {
                for (int h = 1; h <= horizon; h++) {
                    km2[p][h - 1] = RateScale.share(logits.value(p, h)) * land.get(county.code());
                }
            }
            erosion.put(county.code(), km2);
            AnnualRecord lastRecord = dataset.record(county.code(), last).orElseThrow();
            units.add(new UnitForecast(county.code(), county.nameZh(), county.nameEn(), method.id(), last,
                    lastRecord.swcRatePct(), List.of()));
        }
        units.add(new UnitForecast(Scope.CITY, StandingAnalysis.CITY_NAME_ZH, StandingAnalysis.CITY_NAME_EN,
                method.id(), last, StandingAnalysis.of(dataset, last).city().swcRatePct(), List.of()));
        return RegionOutlook.of(method.id(), settings.seed(), last, units, erosion, land);
    }
}

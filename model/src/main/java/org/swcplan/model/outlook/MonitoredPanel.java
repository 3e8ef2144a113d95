package org.swcplan.model.outlook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.swcplan.model.Dataset;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.County;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.region.Scope;

/**
 * The monitoring history that forecasts are made from: every year from the first to the latest in
 * which every county was monitored, and for each county and year the logit of its erosion share
 * and its land area.
 *
 * <p>The forecasting methods (drift, exponential smoothing, Theta, the rolling-origin errors) take
 * equally spaced annual series. A county's missing interior year is therefore filled by linear
 * interpolation between its neighbouring observed years, the logit share and the land area each on
 * a straight line; such cells are marked, so that outputs can show observed values only.
 */
public final class MonitoredPanel {
    /** At most this many counties are named in the message of a refused panel. */
    static final int MAX_NAMED_COUNTIES = 8;
    /** At most this many year ranges are named per county. */
    static final int MAX_NAMED_RANGES = 4;

    /** One county in one year. */
    public record Cell(CountyCode county, int year) {
        public Cell {
            Objects.requireNonNull(county, "county");
        }
    }

    private final List<CountyCode> counties;
    private final int firstYear;
    private final double[][] logitShare;
    private final double[][] landKm2;
    private final double[][] erosionKm2;
    private final boolean[][] interpolated;

    private MonitoredPanel(List<CountyCode> counties, int firstYear, double[][] logitShare, double[][] landKm2,
                           double[][] erosionKm2, boolean[][] interpolated) {
        this.counties = List.copyOf(counties);
        this.firstYear = firstYear;
        this.logitShare = logitShare;
        this.landKm2 = landKm2;
        this.erosionKm2 = erosionKm2;
        this.interpolated = interpolated;
    }

    /**
     * @throws IllegalArgumentException when fewer than 2 years have data for every county, naming
     *                                  the counties and years that are missing
     */
    public static MonitoredPanel of(Dataset dataset) {
        int[] complete = dataset.monitoring().stream().mapToInt(AnnualRecord::year).distinct().sorted()
                .filter(dataset::isComplete).toArray();
        if (complete.length < 2) {
            throw new IllegalArgumentException(tooShort(dataset, complete));
        }
        int first = complete[0];
        int last = complete[complete.length - 1];
        int n = last - first + 1;
        List<County> counties = dataset.counties();
        double[][] logit = new double[counties.size()][n];
        double[][] land = new double[counties.size()][n];
        double[][] erosion = new double[counties.size()][n];
        boolean[][] filled = new boolean[counties.size()][n];
        for (int c = 0; c < counties.size(); c++) {
            CountyCode code = counties.get(c).code();
            int before = -1;
            for (int t = 0; t < n; t++) {
                AnnualRecord r = dataset.record(code, first + t).orElse(null);
                if (r == null) {
                    filled[c][t] = true;
                    continue;
                }
                logit[c][t] = RateScale.logitShare(r.erosionKm2(), r.landAreaKm2());
                land[c][t] = r.landAreaKm2();
                erosion[c][t] = r.erosionKm2();
                // the first and last years are complete, so every gap has an observed year on each side
                for (int gap = before + 1; gap < t; gap++) {
                    double w = (gap - before) / (double) (t - before);
                    logit[c][gap] = (1 - w) * logit[c][before] + w * logit[c][t];
                    land[c][gap] = (1 - w) * land[c][before] + w * land[c][t];
                    erosion[c][gap] = RateScale.share(logit[c][gap]) * land[c][gap];
                }
                before = t;
            }
        }
        return new MonitoredPanel(counties.stream().map(County::code).toList(), first, logit, land, erosion, filled);
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return firstYear + logitShare[0].length - 1;
    }

    /** Every year from the first to the last, oldest first. */
    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear()).boxed().toList();
    }

    /** The years in which every county was monitored (nothing interpolated), oldest first. */
    public List<Integer> observedYears() {
        return years().stream().filter(y -> counties.stream().noneMatch(c -> isInterpolated(c, y))).toList();
    }

    /**
     * The years in which the unit was monitored, oldest first: a county's own, the city's those in
     * which every county was.
     */
    public List<Integer> observedYears(Scope unit) {
        if (unit instanceof CountyCode code) {
            return years().stream().filter(y -> !isInterpolated(code, y)).toList();
        }
        return observedYears();
    }

    /** The years in which no county was monitored: every value of the year is interpolated. */
    public List<Integer> unobservedYears() {
        return years().stream().filter(y -> counties.stream().allMatch(c -> isInterpolated(c, y))).toList();
    }

    /** The counties, in code order. */
    public List<CountyCode> counties() {
        return counties;
    }

    /** The interpolated cells, counties in code order, years ascending. */
    public List<Cell> interpolatedCells() {
        List<Cell> cells = new ArrayList<>();
        for (CountyCode county : counties) {
            for (int year : years()) {
                if (isInterpolated(county, year)) {
                    cells.add(new Cell(county, year));
                }
            }
        }
        return cells;
    }

    public boolean isInterpolated(CountyCode county, int year) {
        return interpolated[index(county)][offset(year)];
    }

    /** The county's logit erosion shares, one per year from the first to the last. */
    public double[] logitShares(CountyCode county) {
        return logitShare[index(county)].clone();
    }

    public double logitShare(CountyCode county, int year) {
        return logitShare[index(county)][offset(year)];
    }

    public double landAreaKm2(CountyCode county, int year) {
        return landKm2[index(county)][offset(year)];
    }

    /** Monitored erosion, km²; where interpolated, the interpolated share times the interpolated land. */
    public double erosionKm2(CountyCode county, int year) {
        return erosionKm2[index(county)][offset(year)];
    }

    private int index(CountyCode county) {
        int i = counties.indexOf(county);
        if (i < 0) {
            throw new IllegalArgumentException("no county " + county + " in the monitored panel");
        }
        return i;
    }

    private int offset(int year) {
        if (year < firstYear || year > lastYear()) {
            throw new IllegalArgumentException("year " + year + " is outside the monitored years " + firstYear + "–"
                    + lastYear());
        }
        return year - firstYear;
    }

    private static String tooShort(Dataset dataset, int[] complete) {
        StringBuilder message = new StringBuilder("a forecast needs at least 2 years monitored in every county; ");
        if (dataset.monitoring().isEmpty()) {
            return message.append("there are no monitoring records").toString();
        }
        message.append(complete.length == 0 ? "no year has data for all" : "only " + complete[0] + " has data for all");
        TreeSet<Integer> span = new TreeSet<>();
        dataset.monitoring().forEach(r -> span.add(r.year()));
        List<String> missing = new ArrayList<>();
        for (County county : dataset.counties()) {
            int[] absent = IntStream.rangeClosed(span.first(), span.last())
                    .filter(y -> dataset.record(county.code(), y).isEmpty()).toArray();
            if (absent.length > 0) {
                missing.add(county.nameZh() + " " + ranges(absent));
            }
        }
        if (missing.isEmpty()) {
            return message.append("; there is no other year of monitoring").toString();
        }
        message.append("; missing: ").append(String.join(", ", missing.subList(0, Math.min(missing.size(),
                MAX_NAMED_COUNTIES))));
        if (missing.size() > MAX_NAMED_COUNTIES) {
            message.append(" and ").append(missing.size() - MAX_NAMED_COUNTIES).append(" more counties");
        }
        return message.toString();
    }

    /** Ascending years as compact ranges: 2018, 2020–2023 → "2018、2020–2023". */
    static String ranges(int[] years) {
        List<String> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= years.length; i++) {
            if (i == years.length || years[i] != years[i - 1] + 1) {
                ranges.add(start == i - 1 ? Integer.toString(years[start]) : years[start] + "–" + years[i - 1]);
                start = i;
            }
        }
        if (ranges.size() > MAX_NAMED_RANGES) {
            return String.join("、", ranges.subList(0, MAX_NAMED_RANGES)) + "…";
        }
        return String.join("、", ranges);
    }

    @Override
    public String toString() {
        return "MonitoredPanel[" + counties.size() + " counties, " + firstYear + "–" + lastYear() + ", "
                + interpolatedCells().size() + " interpolated]";
    }
}

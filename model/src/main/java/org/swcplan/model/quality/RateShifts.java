package org.swcplan.model.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.swcplan.model.forecast.TheilSen;
import org.swcplan.model.monitoring.AnnualRecord;
import org.swcplan.model.region.County;

/**
 * Changes in a county's 水土保持率 that a trend should not be read through: a one-off step, and a
 * sustained decline after years of gains.
 */
final class RateShifts {
    /** A step must move the rate at least this far (percentage points) from the typical change. */
    static final double STEP_MIN_PP = 1.0;
    /**
     * ... and at least this many robust standard deviations (1.4826 × the median absolute deviation,
     * which equals the standard deviation for normal changes); 4 keeps false alarms rare in the
     * five or six changes a county usually has.
     */
    static final double STEP_ROBUST_SDS = 4;
    /** Steps are looked for only among at least this many year-to-year changes (3 to compare with). */
    static final int STEP_MIN_CHANGES = 4;
    /** A decline is read over this many latest observed years, against at least as many before. */
    static final int DECLINE_YEARS = 3;

    private RateShifts() {
    }

    /**
     * A note per year-to-year change that stands out from the county's other changes: its distance
     * from their median exceeds both {@link #STEP_MIN_PP} and {@link #STEP_ROBUST_SDS} robust
     * standard deviations. Only changes between consecutive monitored years count.
     *
     * @param records the county's records, oldest first
     */
    static List<QualityNote> steps(County county, List<AnnualRecord> records) {
        List<Integer> years = new ArrayList<>();
        List<Double> changes = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).year() == records.get(i - 1).year() + 1) {
                years.add(records.get(i).year());
                changes.add(records.get(i).swcRatePct() - records.get(i - 1).swcRatePct());
            }
        }
        List<QualityNote> notes = new ArrayList<>();
        if (changes.size() < STEP_MIN_CHANGES) {
            return notes;
        }
        double[] values = changes.stream().mapToDouble(Double::doubleValue).toArray();
        double median = TheilSen.median(values);
        double mad = TheilSen.median(Arrays.stream(values).map(v -> Math.abs(v - median)).toArray());
        double threshold = Math.max(STEP_MIN_PP, STEP_ROBUST_SDS * 1.4826 * mad);
        boolean[] step = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            step[i] = Math.abs(values[i] - median) > threshold;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            if (!step[i]) {
                low = Math.min(low, values[i]);
                high = Math.max(high, values[i]);
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (step[i]) {
                notes.add(QualityNote.of(QualityNote.Kind.STEP, county.nameZh(), signed(values[i]),
                        Integer.toString(years.get(i)), signed(low), signed(high)));
            }
        }
        return notes;
    }

    /**
     * A note when the robust (Theil–Sen) slope of the rate over the county's last
     * {@link #DECLINE_YEARS} monitored years is negative while that of the years before (at least as
     * many) was positive: gains have turned into a decline that a trend over all years would hide.
     *
     * @param records the county's records, oldest first
     */
    static Optional<QualityNote> decline(County county, List<AnnualRecord> records) {
        int n = records.size();
        if (n < 2 * DECLINE_YEARS) {
            return Optional.empty();
        }
        List<AnnualRecord> before = records.subList(0, n - DECLINE_YEARS);
        List<AnnualRecord> recent = records.subList(n - DECLINE_YEARS, n);
        double earlier = slope(before);
        double lately = slope(recent);
        if (!(lately < 0 && earlier > 0)) {
            return Optional.empty();
        }
        return Optional.of(QualityNote.of(QualityNote.Kind.DECLINE, county.nameZh(),
                String.format(Locale.ROOT, "%.2f", -lately), Integer.toString(recent.get(0).year()),
                Integer.toString(recent.get(DECLINE_YEARS - 1).year()), String.format(Locale.ROOT, "%.2f", earlier),
                Integer.toString(before.get(0).year()), Integer.toString(before.get(before.size() - 1).year())));
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    private static double slope(List<AnnualRecord> records) {
        return TheilSen.slope(records.stream().mapToDouble(AnnualRecord::year).toArray(),
                records.stream().mapToDouble(AnnualRecord::swcRatePct).toArray());
    }
}

package org.swcplan.model.scenario;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.model.Dataset;
import org.swcplan.model.params.CountyParameters;
import org.swcplan.model.region.CountyCode;
import org.swcplan.model.treatment.TreatmentRecord;

/**
 * A county's treatment effectiveness k (km² of monitored erosion removed per km² newly treated)
 * estimated from its own history, by least squares of the yearly erosion change on the year's new
 * treatment (ΔE = a − k · T, over pairs of consecutive monitored years), and combined with the
 * county's prior from {@code params.csv} (its {@code effectiveness_k} ± {@code effectiveness_k_sd},
 * by default 0.4 ± 0.1: national and Yellow River figures span 0.3–0.5) by precision weighting.
 *
 * @param priorK        the prior mean (params.csv)
 * @param priorSd       the prior spread (params.csv)
 * @param estimate      −slope of the regression; NaN with fewer than 3 years or no spread in treatment
 * @param standardError its standard error; NaN where the estimate is
 * @param shrunk        the precision-weighted combination with the prior, within 0.05–1
 * @param shrunkSd      its standard deviation
 * @param years         how many yearly changes were used
 */
public record EffectivenessEstimate(CountyCode county, double priorK, double priorSd, double estimate,
                                    double standardError, double shrunk, double shrunkSd, int years) {
    /** The least k the combination may give: treatment always removes some erosion. */
    static final double MIN_K = 0.05;

    public static EffectivenessEstimate of(Dataset dataset, CountyCode county) {
        CountyParameters parameters = dataset.parameters(county);
        double priorK = parameters.effectivenessK();
        double priorSd = parameters.effectivenessKSd();
        List<double[]> points = new ArrayList<>();
        for (TreatmentRecord t : dataset.treatmentOf(county)) {
            var now = dataset.record(county, t.year());
            var before = dataset.record(county, t.year() - 1);
            if (now.isPresent() && before.isPresent()) {
                points.add(new double[] {t.newTreatedKm2(), now.get().erosionKm2() - before.get().erosionKm2()});
            }
        }
        int n = points.size();
        if (n < 3) {
            return prior(county, priorK, priorSd, n);
        }
        double meanT = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanD = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (double[] p : points) {
            sxx += (p[0] - meanT) * (p[0] - meanT);
            sxy += (p[0] - meanT) * (p[1] - meanD);
        }
        if (sxx == 0) {
            return prior(county, priorK, priorSd, n);
        }
        double slope = sxy / sxx;
        double rss = 0;
        for (double[] p : points) {
            double r = p[1] - (meanD + slope * (p[0] - meanT));
            rss += r * r;
        }
        double se = Math.sqrt(rss / (n - 2) / sxx);
        double k = -slope;
        if (priorSd == 0) {
            // a prior held exactly: the history cannot move it
            return new EffectivenessEstimate(county, priorK, 0, k, se, priorK, 0, n);
        }
        double wData = se > 0 ? 1 / (se * se) : 1e12;
        double wPrior = 1 / (priorSd * priorSd);
        double shrunk = (wData * k + wPrior * priorK) / (wData + wPrior);
        return new EffectivenessEstimate(county, priorK, priorSd, k, se, Math.max(MIN_K, Math.min(1, shrunk)),
                Math.sqrt(1 / (wData + wPrior)), n);
    }

    private static EffectivenessEstimate prior(CountyCode county, double priorK, double priorSd, int years) {
        return new EffectivenessEstimate(county, priorK, priorSd, Double.NaN, Double.NaN, priorK, priorSd, years);
    }
}

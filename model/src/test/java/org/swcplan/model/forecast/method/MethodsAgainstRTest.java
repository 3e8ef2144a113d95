package org.swcplan.model.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.swcplan.model.forecast.BoxCox;
import org.swcplan.model.forecast.method.ExponentialSmoothing.Trend;

/**
 * Reference values from R 4.2.2 with forecast 8.20 (Debian r-cran-forecast), for
 * y = c(112.3, 118.9, 121.4, 130.2, 128.7, 135.9, 141.2, 139.8, 147.5, 152.0, 155.3, 161.9):
 * ses(y, h=4), thetaf(y, h=4), rwf(y, h=4, drift=TRUE), holt(y, h=4, damped=TRUE),
 * and BoxCox.lambda(ts(y), method="loglik", lower=0, upper=1) for y and for
 * z = ts(c(5, 7, 12, 18, 30, 41, 66, 90, 150, 210)) (as a time series R profiles a trend regression).
 */
class MethodsAgainstRTest {
    private static final double[] Y = {112.3, 118.9, 121.4, 130.2, 128.7, 135.9, 141.2, 139.8, 147.5, 152.0, 155.3, 161.9};

    @Test
    void driftMatchesRwfWithDrift() {
        assertThat(new DriftMethod().forecast(Y, 4)).containsExactly(new double[] {166.4091, 170.9182, 175.4273, 179.9364},
                within(1e-4));
    }

    @Test
    void sesMatchesR() {
        // R: alpha = 0.9999 (its upper bound), l = 112.3507; mean 161.8993 at every horizon
        ExponentialSmoothing.Fit fit = new ExponentialSmoothing(Trend.NONE).fit(Y);
        assertThat(fit.alpha()).isCloseTo(0.9999, within(1e-4));
        assertThat(fit.forecast(4)).containsExactly(new double[] {161.8993, 161.8993, 161.8993, 161.8993}, within(1e-3));
    }

    @Test
    void thetaMatchesThetaf() {
        assertThat(new ThetaMethod().forecast(Y, 4)).containsExactly(new double[] {164.0193, 166.1391, 168.2588, 170.3786},
                within(2e-3));
    }

    @Test
    void dampedFilterReproducesRsFittedModel() {
        // R's fit: alpha 0.1200685, beta 1.743076e-4, phi 0.98, l 109.2288, b 4.795709; mse 4.399715;
        // mean 163.1846 166.7986 170.3402 173.8110
        ExponentialSmoothing.Fit r = ExponentialSmoothing.filter(Y, 1.200685e-01, 1.743076e-04, 0.98, 109.2288, 4.795709);
        assertThat(r.sse() / Y.length).isCloseTo(4.399715, within(1e-4));
        assertThat(r.forecast(4)).containsExactly(new double[] {163.1846, 166.7986, 170.3402, 173.8110}, within(1e-3));
    }

    @Test
    void dampedFitIsAtLeastAsLikelyAsRs() {
        // with additive errors the likelihood is a decreasing function of the sum of squared errors
        ExponentialSmoothing.Fit ours = new ExponentialSmoothing(Trend.DAMPED).fit(Y);
        assertThat(ours.sse()).isLessThanOrEqualTo(4.399715 * Y.length * (1 + 1e-6));
        assertThat(ours.phi()).isBetween(0.8, 0.98);
        assertThat(ours.beta()).isLessThanOrEqualTo(ours.alpha());
    }

    @Test
    void holtFitIsAtLeastAsLikelyAsRs() {
        // R holt(y): alpha 1.000055e-4, beta 1.000016e-4, l 109.8197, b 4.204045
        double rSse = ExponentialSmoothing.filter(Y, 1.000055e-04, 1.000016e-04, 1, 109.8197, 4.204045).sse();
        assertThat(new ExponentialSmoothing(Trend.LINEAR).fit(Y).sse()).isLessThanOrEqualTo(rSse * (1 + 1e-6));
    }

    @Test
    void boxCoxLambdaMatchesR() {
        assertThat(BoxCox.chooseFor(Y).lambda()).isCloseTo(1, within(1e-9));
        assertThat(BoxCox.chooseFor(new double[] {5, 7, 12, 18, 30, 41, 66, 90, 150, 210}).lambda())
                .isCloseTo(0.05, within(1e-9));
    }
}

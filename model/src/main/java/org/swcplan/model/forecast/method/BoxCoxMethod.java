package org.swcplan.model.forecast.method;

import org.swcplan.model.forecast.BoxCox;
import org.swcplan.model.forecast.ForecastMethod;

/**
 * Another method applied to the Box-Cox transformed series (λ by likelihood in [0, 1]), its
 * forecasts transformed back (medians, no bias adjustment). A series with a value ≤ 0 is
 * forecast untransformed.
 */
public final class BoxCoxMethod implements ForecastMethod {
    private final ForecastMethod inner;

    public BoxCoxMethod(ForecastMethod inner) {
        this.inner = inner;
    }

    @Override
    public String id() {
        return "boxcox-" + inner.id();
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        if (history.length < 3 || !BoxCox.applies(history)) {
            return inner.forecast(history, horizon);
        }
        BoxCox transform = BoxCox.chooseFor(history);
        return transform.invert(inner.forecast(transform.apply(history), horizon));
    }
}

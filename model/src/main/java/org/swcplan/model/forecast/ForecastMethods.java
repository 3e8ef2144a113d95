package org.swcplan.model.forecast;

import java.util.List;
import org.swcplan.model.UnknownName;
import org.swcplan.model.forecast.method.BoxCoxMethod;
import org.swcplan.model.forecast.method.CombinationMethod;
import org.swcplan.model.forecast.method.DriftMethod;
import org.swcplan.model.forecast.method.ExponentialSmoothing;
import org.swcplan.model.forecast.method.ExponentialSmoothing.Trend;
import org.swcplan.model.forecast.method.LinearTrendMethod;
import org.swcplan.model.forecast.method.LogisticMethod;
import org.swcplan.model.forecast.method.NaiveMethod;
import org.swcplan.model.forecast.method.ThetaMethod;

/** Every forecasting method by its id. */
public final class ForecastMethods {
    /** The default: a robust combination, see {@link #auto()}. */
    public static final String AUTO = "auto";

    private ForecastMethods() {
    }

    /** All methods, simplest first, {@code auto} last. */
    public static List<ForecastMethod> all() {
        return List.of(new NaiveMethod(), new DriftMethod(), new LinearTrendMethod(),
                new ExponentialSmoothing(Trend.NONE), new ExponentialSmoothing(Trend.LINEAR),
                new ExponentialSmoothing(Trend.DAMPED), new ThetaMethod(), new LogisticMethod(),
                new BoxCoxMethod(new ThetaMethod()), auto());
    }

    public static List<String> ids() {
        return all().stream().map(ForecastMethod::id).toList();
    }

    /**
     * @throws IllegalArgumentException naming the known ids
     */
    public static ForecastMethod byId(String id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownName("unknown method \"" + id + "\"; known: "
                        + String.join(", ", ids()), UnknownName.Thing.METHOD, id, List.of(), ids()));
    }

    /**
     * The median, at each horizon, of five forecasts that fail in different ways: the random walk
     * (ARIMA(0,1,0)), the random walk with drift, damped-trend exponential smoothing, Theta, and
     * Theta on the Box-Cox transformed series. On short yearly series a combination is the
     * strongest simple recipe known (M3, M4), and the median keeps one member's runaway trend from
     * moving the result. See docs/forecasting.md for its measured accuracy.
     */
    public static ForecastMethod auto() {
        return new CombinationMethod(AUTO, CombinationMethod.Rule.MEDIAN, List.of(new NaiveMethod(), new DriftMethod(),
                new ExponentialSmoothing(Trend.DAMPED), new ThetaMethod(), new BoxCoxMethod(new ThetaMethod())));
    }
}

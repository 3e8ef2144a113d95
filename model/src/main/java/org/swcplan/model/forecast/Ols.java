package org.swcplan.model.forecast;

/** Ordinary least squares of a series on time 0, 1, …, n−1. */
public record Ols(double intercept, double slope) {
    /** Fits y_t = intercept + slope · t; a single point gives a flat line. */
    public static Ols trend(double[] y) {
        int n = y.length;
        if (n == 1) {
            return new Ols(y[0], 0);
        }
        double meanT = (n - 1) / 2.0;
        double meanY = 0;
        for (double v : y) {
            meanY += v;
        }
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - meanT) * (y[t] - meanY);
            sxx += (t - meanT) * (t - meanT);
        }
        double slope = sxy / sxx;
        return new Ols(meanY - slope * meanT, slope);
    }

    public double at(double t) {
        return intercept + slope * t;
    }

    /** Residual sum of squares of the fit on {@code y}. */
    public double rss(double[] y) {
        double rss = 0;
        for (int t = 0; t < y.length; t++) {
            double r = y[t] - at(t);
            rss += r * r;
        }
        return rss;
    }
}

package org.swcplan.model.forecast.interval;

/** Sample quantiles, of sorted samples or by selection without sorting. */
public final class Quantiles {
    private Quantiles() {
    }

    /** R's type 7: linear interpolation between the order statistics of a sorted sample. */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        if (fraction == 0 || sorted[above] == sorted[below]) {
            return sorted[below];
        }
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    /**
     * Puts the k-th smallest value at index k, smaller ones before it and larger ones after
     * (Hoare's selection, linear time on average): a quantile of many paths without sorting them.
     *
     * @return the k-th smallest value
     */
    public static double select(double[] a, int k) {
        int left = 0;
        int right = a.length - 1;
        while (left < right) {
            double pivot = a[(left + right) >>> 1];
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                break;
            }
        }
        return a[k];
    }
}

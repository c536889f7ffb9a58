package org.quietline.call.range;

/**
 * Poisson regression with a log link, fitted by iteratively reweighted least squares with a small ridge:
 * {@code E[y] = exp(b·x)}. Used with two or three features, so the normal equations are solved directly.
 * Stateless.
 */
final class PoissonFit {

    private static final int MAX_ITERATIONS = 50;
    private static final double RIDGE = 1e-3;

    private PoissonFit() {
    }

    /**
     * The coefficients for rows {@code x} (each starting with a constant 1) and counts {@code y}; the
     * {@code fallback} when the data cannot support a fit (too few rows, or nothing to predict).
     */
    static double[] fit(double[][] x, double[] y, double[] fallback) {
        int n = y.length;
        double total = 0;
        for (double v : y) {
            total += v;
        }
        if (n < 30 || total < 5) {
            return fallback.clone();
        }
        int k = x[0].length;
        double[] b = new double[k];
        b[0] = Math.log(total / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] h = new double[k][k];
            double[] g = new double[k];
            for (int i = 0; i < n; i++) {
                double mu = Math.exp(Math.max(-30, Math.min(10, dot(b, x[i]))));
                double[] row = x[i];
                for (int a = 0; a < k; a++) {
                    g[a] += row[a] * (y[i] - mu);
                    double weighted = row[a] * mu;
                    for (int c = a; c < k; c++) {
                        h[a][c] += weighted * row[c];
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int c = 0; c < a; c++) {
                    h[a][c] = h[c][a];
                }
            }
            for (int a = 0; a < k; a++) {
                g[a] -= RIDGE * b[a];
                h[a][a] += RIDGE;
            }
            double[] step = solve(h, g);
            double largest = 0;
            for (int a = 0; a < k; a++) {
                b[a] += step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (!Double.isFinite(largest)) {
                return fallback.clone();
            }
            if (largest < 1e-7) {
                break;
            }
        }
        return b;
    }

    static double dot(double[] b, double[] x) {
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            s += b[i] * x[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting on a small system. */
    private static double[] solve(double[][] a, double[] rhs) {
        int k = rhs.length;
        double[][] m = new double[k][k + 1];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a[i], 0, m[i], 0, k);
            m[i][k] = rhs[i];
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < k; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= k; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] out = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double s = m[r][k];
            for (int c = r + 1; c < k; c++) {
                s -= m[r][c] * out[c];
            }
            out[r] = s / m[r][r];
        }
        return out;
    }
}

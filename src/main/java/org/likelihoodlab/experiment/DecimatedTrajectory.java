package org.likelihoodlab.experiment;

/**
 * A bounded record of a long trajectory for drawing: memory and drawing cost stay fixed however
 * many steps are added. Rows fall into at most {@code capacity} buckets of equal width; when all
 * are full, neighbouring buckets merge and the width doubles. Each bucket keeps, per series, its
 * first value and its minimum and maximum with their steps, so spikes survive decimation (the
 * min/max of every bucket is drawn), and the very first and the latest rows are always kept.
 */
public final class DecimatedTrajectory {

    private final int series;
    private final int capacity;
    private final long[] first;
    private final double[][] firstVal;
    private final double[][] min;
    private final double[][] max;
    private final long[][] minStep;
    private final long[][] maxStep;
    private int count;
    private long width = 1;
    private long inBucket;
    private long lastStep = -1;
    private final double[] lastVal;

    /**
     * @param series the number of values per row
     * @param capacity the maximum number of buckets, even and &ge; 2
     */
    public DecimatedTrajectory(int series, int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and >= 2, was " + capacity);
        }
        this.series = series;
        this.capacity = capacity;
        first = new long[capacity];
        firstVal = new double[series][capacity];
        min = new double[series][capacity];
        max = new double[series][capacity];
        minStep = new long[series][capacity];
        maxStep = new long[series][capacity];
        lastVal = new double[series];
    }

    /** Adds a row; steps must increase. */
    public void add(long step, double[] values) {
        if (count == 0 || inBucket == width) {
            if (count == capacity) {
                compact();
            }
            int b = count++;
            first[b] = step;
            for (int s = 0; s < series; s++) {
                double v = values[s];
                firstVal[s][b] = v;
                min[s][b] = v;
                max[s][b] = v;
                minStep[s][b] = step;
                maxStep[s][b] = step;
            }
            inBucket = 1;
        } else {
            int b = count - 1;
            for (int s = 0; s < series; s++) {
                double v = values[s];
                if (v < min[s][b]) {
                    min[s][b] = v;
                    minStep[s][b] = step;
                }
                if (v > max[s][b]) {
                    max[s][b] = v;
                    maxStep[s][b] = step;
                }
            }
            inBucket++;
        }
        lastStep = step;
        System.arraycopy(values, 0, lastVal, 0, series);
    }

    private void compact() {
        int half = capacity / 2;
        for (int i = 0; i < half; i++) {
            int a = 2 * i;
            int b = a + 1;
            first[i] = first[a];
            for (int s = 0; s < series; s++) {
                firstVal[s][i] = firstVal[s][a];
                boolean bMin = min[s][b] < min[s][a];
                min[s][i] = bMin ? min[s][b] : min[s][a];
                minStep[s][i] = bMin ? minStep[s][b] : minStep[s][a];
                boolean bMax = max[s][b] > max[s][a];
                max[s][i] = bMax ? max[s][b] : max[s][a];
                maxStep[s][i] = bMax ? maxStep[s][b] : maxStep[s][a];
            }
        }
        count = half;
        width *= 2;
    }

    /** Forgets every row. */
    public void clear() {
        count = 0;
        width = 1;
        inBucket = 0;
        lastStep = -1;
    }

    /** @return the latest step added, or -1 */
    public long lastStep() {
        return lastStep;
    }

    /** @return the number of buckets in use */
    public int buckets() {
        return count;
    }

    /**
     * Whole rows for drawing paths through several series at once (e.g. the (mu, sigma) path):
     * the first row of every bucket, then the latest row.
     *
     * @return {@code [steps, series 0, series 1, ...]}, arrays of equal length
     */
    public double[][] rows() {
        int k = count + (lastStep >= 0 && (count == 0 || first[count - 1] != lastStep) ? 1 : 0);
        double[][] out = new double[series + 1][k];
        for (int b = 0; b < count; b++) {
            out[0][b] = first[b];
            for (int s = 0; s < series; s++) {
                out[s + 1][b] = firstVal[s][b];
            }
        }
        if (k > count) {
            out[0][count] = lastStep;
            for (int s = 0; s < series; s++) {
                out[s + 1][count] = lastVal[s];
            }
        }
        return out;
    }

    /**
     * The points to draw for one series, in step order: per bucket its first row, its minimum and
     * its maximum (duplicates removed), then the latest row.
     *
     * @return {@code [steps, values]}, two arrays of equal length
     */
    public double[][] view(int s) {
        double[] xs = new double[3 * count + 1];
        double[] ys = new double[3 * count + 1];
        int k = 0;
        for (int b = 0; b < count; b++) {
            long f = first[b];
            long lo = minStep[s][b];
            long hi = maxStep[s][b];
            // order the (up to) three points of the bucket by step
            long[] st = {f, lo, hi};
            double[] va = {firstVal[s][b], min[s][b], max[s][b]};
            for (int i = 1; i < 3; i++) {
                for (int j = i; j > 0 && st[j] < st[j - 1]; j--) {
                    long t = st[j];
                    st[j] = st[j - 1];
                    st[j - 1] = t;
                    double u = va[j];
                    va[j] = va[j - 1];
                    va[j - 1] = u;
                }
            }
            for (int i = 0; i < 3; i++) {
                if (k == 0 || st[i] != (long) xs[k - 1]) {
                    xs[k] = st[i];
                    ys[k] = va[i];
                    k++;
                }
            }
        }
        if (lastStep >= 0 && (k == 0 || (long) xs[k - 1] != lastStep)) {
            xs[k] = lastStep;
            ys[k] = lastVal[s];
            k++;
        }
        return new double[][] {java.util.Arrays.copyOf(xs, k), java.util.Arrays.copyOf(ys, k)};
    }
}

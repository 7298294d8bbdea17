package org.likelihoodlab.charts;

import org.jfree.data.xy.AbstractXYDataset;

/**
 * An XY dataset over plain arrays, replaced wholesale once per frame: no per-point objects and
 * one change event per update (JFreeChart redraws the whole chart on each event).
 */
public final class ArrayXYDataset extends AbstractXYDataset {

    private final String[] keys;
    private final double[][] xs;
    private final double[][] ys;

    /** @param keys the series names, shown in the legend */
    public ArrayXYDataset(String... keys) {
        this.keys = keys.clone();
        this.xs = new double[keys.length][0];
        this.ys = new double[keys.length][0];
    }

    /**
     * Replaces one series' points (the arrays are kept, not copied); fires no event.
     *
     * @param series index of the series
     * @param x the x values
     * @param y the y values, same length
     */
    public void setSeries(int series, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        xs[series] = x;
        ys[series] = y;
    }

    /** Tells listeners (the plot) that the data changed: one redraw. */
    public void changed() {
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return keys.length;
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return keys[series];
    }

    @Override
    public int getItemCount(int series) {
        return xs[series].length;
    }

    @Override
    public Number getX(int series, int item) {
        return xs[series][item];
    }

    @Override
    public double getXValue(int series, int item) {
        return xs[series][item];
    }

    @Override
    public Number getY(int series, int item) {
        return ys[series][item];
    }

    @Override
    public double getYValue(int series, int item) {
        return ys[series][item];
    }
}

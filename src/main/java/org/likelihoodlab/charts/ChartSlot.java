package org.likelihoodlab.charts;

/**
 * The charts of the window, by name: the four trajectory charts and the two surface views. The
 * window lays them out, draws them and exports each one through this name (never an index).
 */
public enum ChartSlot {
    /** The mean(s) against step. */
    MEAN("meanChart"),
    /** sigma, or Sigma's diagonal and rho, against step. */
    SCALE("scaleChart"),
    /** The average log-likelihood against step. */
    LOG_LIK("logLikChart"),
    /** The data's histogram with the true and fitted densities. */
    DENSITY("densityChart"),
    /** 1-D: the log-likelihood surface; 2-D: the covariance ellipses. */
    SURFACE("surfaceChart"),
    /** 2-D only: the log-likelihood over the mean at the current Sigma. */
    MEAN_SURFACE("meanSurfaceChart");

    private final String id;

    ChartSlot(String id) {
        this.id = id;
    }

    /** @return the node id of the chart in the window, also the default file name of its export */
    public String id() {
        return id;
    }

    /** @return true for the four charts of the trajectories tab */
    public boolean isTrajectory() {
        return ordinal() <= DENSITY.ordinal();
    }
}

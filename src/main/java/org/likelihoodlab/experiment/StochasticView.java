package org.likelihoodlab.experiment;

/**
 * What the window and the figures show of a stochastic run besides its trajectory (math.md
 * 9.2-9.5): the learning rate of the last update, the averaged iterate, the predicted noise ball
 * and the measured spread of the last window of steps. Immutable; arrays are owned by the view.
 *
 * @param lrNow lr_k of the last update (the base rate at step 0 or without a schedule)
 * @param scheduled true if lr_k changes with k
 * @param averaged the averaged iterate in reported coordinates, or {@code null} if the run does not average
 * @param ball the predicted noise ball at the learning rate in force, or {@code null} (batch, a schedule,
 *     another optimizer, or past the stability bound)
 * @param windowSd the measured sd of each reported parameter over the last {@code window} steps, or
 *     {@code null} before there are enough steps
 * @param window how many steps {@code windowSd} covers
 */
public record StochasticView(double lrNow, boolean scheduled, double[] averaged, NoiseBall.Prediction ball,
        double[] windowSd, long window) {
}

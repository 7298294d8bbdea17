package org.likelihoodlab.ui;

import javafx.animation.AnimationTimer;

/**
 * One {@link AnimationTimer} that pulls the worker's latest snapshot once per frame, and keeps
 * the recent frame times (for the frame-rate figures of {@code bench-ui}).
 */
final class FrameLoop {

    private final Runnable perFrame;
    private final FxWorkMeter meter;
    private final long[] frameTimes = new long[1 << 16];
    private int frames;
    private boolean started;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frameTimes[frames & (frameTimes.length - 1)] = now;
            frames++;
            long t0 = System.nanoTime();
            perFrame.run();
            meter.add(System.nanoTime() - t0);
        }
    };

    /** @param meter told how long each frame's work took */
    FrameLoop(Runnable perFrame, FxWorkMeter meter) {
        this.perFrame = perFrame;
        this.meter = meter;
    }

    void start() {
        if (started) {
            throw new IllegalStateException("the frame loop is already running");
        }
        started = true;
        timer.start();
    }

    void stop() {
        timer.stop();
        started = false;
    }

    /** @return the number of frames so far */
    int frames() {
        return frames;
    }

    /** @return the longest time between two consecutive frames from frame {@code from} to {@code to}, in ns */
    long longestGap(int from, int to) {
        long gap = 0;
        for (int i = Math.max(from, to - frameTimes.length + 1) + 1; i < to; i++) {
            gap = Math.max(gap, frameTime(i) - frameTime(i - 1));
        }
        return gap;
    }

    /** @return the time of frame i (valid for the most recent 65536 frames) */
    long frameTime(int i) {
        return frameTimes[i & (frameTimes.length - 1)];
    }
}

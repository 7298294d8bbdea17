package org.likelihoodlab.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.experiment.Scenario;

/**
 * A small chart of the learning rate lr_k against the step k for the schedule in force (math.md
 * 9.2), from k = 1 to the run's last step, with a dot where the run is: the shape of 1/t, 1/√t,
 * step or cosine decay (and the warm-up ramp) at a glance, beside the number. The curve is the
 * schedule's own formula at each pixel column, on a logarithmic axis when it spans more than a
 * decade. Drawn again only when the settings change or the run moves by a pixel.
 */
final class ScheduleSparkline extends Canvas {

    static final double WIDTH = 250;
    static final double HEIGHT = 64;
    private static final double LEFT = 44;
    private static final double BOTTOM = 14;

    private Scenario shown;
    private long shownColumn = -1;

    ScheduleSparkline() {
        super(WIDTH, HEIGHT);
        setId("lrScheduleChart");
    }

    /** Shows the schedule of the run in force with the run at {@code step}. */
    void show(Scenario s, long step) {
        long steps = Math.max(2, s.steps());
        long column = Math.round((WIDTH - LEFT) * Math.min(1, (double) step / steps));
        if (s == shown && column == shownColumn) {
            return;
        }
        shown = s;
        shownColumn = column;
        draw(s, step, steps);
    }

    /** @return lr_k over the columns (for tests: the curve drawn) */
    static double[] curve(Scenario s, int columns) {
        long steps = Math.max(2, s.steps());
        double[] v = new double[columns];
        for (int i = 0; i < columns; i++) {
            long k = 1 + Math.round((steps - 1) * (double) i / (columns - 1));
            v[i] = s.schedule().lr(k, s.lr(), s.warmup());
        }
        return v;
    }

    private void draw(Scenario s, long step, long steps) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        if (!Columns.scheduled(s)) {
            return;
        }
        int cols = (int) (WIDTH - LEFT);
        double[] v = curve(s, cols);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double x : v) {
            if (x > 0) {
                min = Math.min(min, x);
            }
            max = Math.max(max, x);
        }
        if (!(max > 0)) {
            return;
        }
        double lo = min;
        double hi = max;
        boolean log = hi / lo > 10;
        double plotH = HEIGHT - BOTTOM - 4;
        java.util.function.DoubleUnaryOperator y = val -> {
            double t = log ? (Math.log(Math.max(val, lo)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))
                    : hi == lo ? 0.5 : val / hi;
            return 4 + plotH * (1 - t);
        };
        Color ink = Color.web("#555555");
        g.setStroke(Color.web("#bbbbbb"));
        g.setLineWidth(1);
        g.strokeLine(LEFT, 4, LEFT, 4 + plotH);
        g.strokeLine(LEFT, 4 + plotH, WIDTH, 4 + plotH);
        g.setFill(ink);
        g.setFont(Font.font(9.5));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Fields.format(ControlPanel.round3(hi)), LEFT - 3, y.applyAsDouble(hi));
        g.fillText(Fields.format(ControlPanel.round3(log ? lo : 0)), LEFT - 3, 4 + plotH);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("lr\u2096 (" + (log ? "log" : "linear") + ")", LEFT + 3, HEIGHT - BOTTOM + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("k = " + steps, WIDTH - 1, HEIGHT - BOTTOM + 2);
        g.setStroke(Color.web("#0072B2"));
        g.setLineWidth(1.6);
        g.beginPath();
        for (int i = 0; i < cols; i++) {
            if (i == 0) {
                g.moveTo(LEFT + i, y.applyAsDouble(v[i]));
            } else {
                g.lineTo(LEFT + i, y.applyAsDouble(v[i]));
            }
        }
        g.stroke();
        long k = Math.max(1, Math.min(steps, step));
        double px = LEFT + (cols - 1) * (double) (k - 1) / (steps - 1);
        double py = y.applyAsDouble(s.schedule().lr(k, s.lr(), s.warmup()));
        g.setFill(Color.web("#D55E00"));
        g.fillOval(px - 3.5, py - 3.5, 7, 7);
    }
}

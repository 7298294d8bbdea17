package org.likelihoodlab.ui;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.jfree.chart.fx.ChartViewer;
import org.likelihoodlab.charts.RunFigures;

/**
 * The four live charts in a 2x2 grid. Redraws only when a new snapshot arrives (at most once a
 * frame); a new run (or a new dimension) rebuilds the reference lines or the figures.
 */
final class ChartsPane extends GridPane {

    private final LabModel model;
    private final ChartViewer[] viewers = new ChartViewer[4];
    private RunFigures figures;
    private long shownRun = -1;
    private long markedStep = -2;
    private double fontScale = 1;

    ChartsPane(LabModel model) {
        this.model = model;
        setId("chartsPane");
        setHgap(4);
        setVgap(4);
        String[] ids = {"meanChart", "scaleChart", "logLikChart", "densityChart"};
        for (int i = 0; i < 4; i++) {
            viewers[i] = new ChartViewer();
            viewers[i].setId(ids[i]);
            viewers[i].setMinSize(200, 150);
            add(viewers[i], i % 2, i / 2);
        }
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(r);
        }
        model.snapshotProperty().addListener((obs, a, s) -> {
            if (s != null) {
                show(s);
            }
        });
    }

    /** @return the figures on screen (for tests and export) */
    RunFigures figures() {
        return figures;
    }

    ChartViewer viewer(int i) {
        return viewers[i];
    }

    void setFontScale(double scale) {
        fontScale = scale;
        if (figures != null) {
            figures.setFontScale(scale);
        }
    }

    private void show(Snapshot s) {
        if (figures == null || figures.dim() != s.dim()) {
            figures = new RunFigures(s.dim());
            figures.setFontScale(fontScale);
            for (int i = 0; i < 4; i++) {
                viewers[i].setChart(figures.charts()[i]);
            }
            shownRun = -1;
        }
        if (s.runId() != shownRun) {
            figures.showData(s.data(), LabModel.truthOf(s.scenario()), s.mle());
            shownRun = s.runId();
            markedStep = -2;
        }
        figures.showTrajectory(s.xs(), s.ys(), s.reported());
        long mark = s.state() == RunState.DIVERGED ? s.divergedAt() : s.convergedAt();
        if (mark != markedStep) {
            if (s.state() == RunState.DIVERGED) {
                figures.markStep(s.divergedAt(), "diverged at " + s.divergedAt(), true);
            } else if (s.convergedAt() >= 0) {
                figures.markStep(s.convergedAt(), "converged at " + s.convergedAt(), false);
            } else {
                figures.markStep(-1, null, false);
            }
            markedStep = mark;
        }
    }
}

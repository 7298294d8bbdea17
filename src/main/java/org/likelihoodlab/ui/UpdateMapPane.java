package org.likelihoodlab.ui;

import java.util.function.BooleanSupplier;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.likelihoodlab.charts.UpdateMapFigure;
import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.experiment.UpdateMaps;
import org.likelihoodlab.optim.UpdateMap;

/**
 * The update map tab (math.md section 9.6), live: the eigenvalues of the linearised update at the
 * run's current state in the complex plane with the unit circle, a sentence on which direction
 * grows or shrinks and by what factor per step, and the spectral radius against step. It follows
 * the selected run's snapshots while its tab is shown, at most {@link #REFRESH_NANOS} apart (the
 * map of one state is a few engine updates; the radius line one map per recorded row). Both charts
 * zoom and pan ({@link ChartView}), and a zoom stays on while they follow the run.
 */
final class UpdateMapPane extends VBox {

    /** Redraws at most this often. */
    static final long REFRESH_NANOS = 200_000_000L;

    private final LabModel model;
    private final BooleanSupplier shown;
    private final UpdateMapFigure figure = new UpdateMapFigure();
    private final ChartView planeCell;
    private final ChartView radiusCell;
    private final Label sentence = new Label();
    private org.likelihoodlab.charts.ChartStyle style = org.likelihoodlab.charts.ChartStyle.DEFAULT;
    private long lastRefresh;
    private Snapshot drawn;
    private UpdateMap.Result current;
    /** Radii of the recorded rows of the run shown, by step: each refresh computes only the new rows. */
    private final java.util.Map<Long, Double> radii = new java.util.HashMap<>();
    private long cachedRun = -1;
    private int cachedChanges = -1;
    /** FX-thread time a refresh may spend on new rows of the radius line. */
    static final long BUDGET_NANOS = 6_000_000L;
    static final int MAX_CACHED = 100_000;
    private boolean missing;
    private final javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(200));

    /** @param shown true while the pane is on screen (its tab is selected) */
    UpdateMapPane(LabModel model, BooleanSupplier shown) {
        this.model = model;
        this.shown = shown;
        setId("updateMapPane");
        setSpacing(4);
        setPadding(new Insets(4));
        sentence.setId("updateMapSentence");
        sentence.setWrapText(true);
        sentence.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        planeCell = new ChartView("updateMapPlane", figure.planeChart());
        radiusCell = new ChartView("updateMapRadius", figure.radiusChart());
        for (ChartView v : new ChartView[] {planeCell, radiusCell}) {
            v.setMinSize(150, 150);
        }
        planeCell.setHover((x, y) -> {
            ChartView.Shown p = planeCell.nearest(x, y, 24);
            return p == null ? null : p.series() + " eigenvalue \u03bb = " + Fields.format(p.x())
                    + (p.y() >= 0 ? " + " : " \u2212 ") + Fields.format(Math.abs(p.y())) + "i\n|\u03bb| = "
                    + Fields.format(Math.hypot(p.x(), p.y()));
        });
        radiusCell.setHover((x, y) -> {
            ChartView.Shown p = radiusCell.nearest(x, y, 24);
            return p == null ? null : "step " + Math.round(p.x()) + "\nspectral radius " + Fields.format(p.y());
        });
        new ChartViewMenu(planeCell, model, "update-map");
        new ChartViewMenu(radiusCell, model, "spectral-radius");
        restyle();
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.add(planeCell, 0, 0);
        grid.add(radiusCell, 1, 0);
        ColumnConstraints a = new ColumnConstraints();
        a.setPercentWidth(45);
        ColumnConstraints b = new ColumnConstraints();
        b.setPercentWidth(55);
        grid.getColumnConstraints().addAll(a, b);
        RowConstraints r = new RowConstraints();
        r.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().add(r);
        VBox.setVgrow(grid, Priority.ALWAYS);
        Label hint = new Label("The Jacobian of one update at the current state, by central differences of the "
                + "engine's own update (momentum and Nesterov: the map on (\u03b8, buf)); online and mini-batch runs "
                + "show the map of the whole-data update. At the MLE with gradient ascent the eigenvalues are "
                + "1 + \u03b1\u03bb\u1d62(H): one leaves the unit circle exactly at the learning-rate bound. The radius "
                + "line has one point per recorded (decimated) step, so of a period-2 orbit it may show one state only.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(sentence, grid, hint);
        model.snapshotProperty().addListener((o, x, s) -> refresh(false));
        later.setOnFinished(e -> {
            if (missing && shown.getAsBoolean()) {
                drawn = null;
                refresh(true);
            }
        });
    }

    void setStyle(org.likelihoodlab.charts.ChartStyle s) {
        style = s;
        restyle();
    }

    private void restyle() {
        style.apply(figure.planeChart());
        style.apply(figure.radiusChart());
    }

    ChartView planeView() {
        return planeCell;
    }

    ChartView radiusView() {
        return radiusCell;
    }

    /** @return the map last shown, or null */
    UpdateMap.Result current() {
        return current;
    }

    UpdateMapFigure figure() {
        return figure;
    }

    String sentence() {
        return sentence.getText();
    }

    /**
     * Recomputes the map for the latest snapshot (now if {@code force}, else if the pane is shown and
     * the last refresh was long enough ago).
     */
    void refresh(boolean force) {
        Snapshot s = model.snapshot();
        long now = System.nanoTime();
        if (s == null || s == drawn || !force && (!shown.getAsBoolean() || now - lastRefresh < REFRESH_NANOS)) {
            return;
        }
        lastRefresh = now;
        drawn = s;
        double[] rep = s.reported();
        current = UpdateMaps.at(s.scenario(), s.data(), rep, s.step());
        sentence.setText("Step " + s.step() + ": " + UpdateMaps.sentence(s.scenario(), current));
        figure.showMap(current, UpdateMap.scaleName(s.scenario().param()));
        planeCell.zoom().keep();
        double[][] rows = s.rows();
        double[] steps = rows.length == 0 ? new double[0] : rows[Columns.STEP_ROW];
        if (s.runId() != cachedRun || s.changes().size() != cachedChanges) {
            // a new run, or a live change: the rows from its step on have other settings
            radii.clear();
            cachedRun = s.runId();
            cachedChanges = s.changes().size();
        }
        if (radii.size() > MAX_CACHED) {
            radii.clear();
        }
        // a few milliseconds of new rows a refresh; the rest come with the next ones
        var radiusChart = figure.radiusChart();
        radiusChart.setNotify(false);
        figure.showRadius(steps, UpdateMaps.radii(s.plan(), s.data(), rows, radii, now + BUDGET_NANOS));
        radiusCell.zoom().keep();
        radiusChart.setNotify(true);   // one redraw
        missing = radii.size() < steps.length && java.util.Arrays.stream(steps).anyMatch(k -> !radii.containsKey((long) k));
        if (missing) {
            later.playFromStart();
        }
    }
}

package org.likelihoodlab.ui;

import org.likelihoodlab.charts.ChartSlot;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.likelihoodlab.charts.RunFigures;

/**
 * The charts, in two tabs: "Trajectories" (mean, scale, log-likelihood, data and density in a
 * 2x2 grid) and "Surface" (1-D: the log-likelihood surface with its options; 2-D: the covariance
 * ellipses and the surface over the mean). A {@link ChartPainter} draws the visible charts off
 * the FX thread; once a frame this pane passes it the latest snapshot and shows finished images.
 * The surface's options bar, the charts' context menus and the tabs made on first use are
 * {@link SurfaceOptionsBar}, {@link ChartContextMenus} and {@link LazyViewTabs}.
 */
final class ChartsPane extends TabPane {

    private final ChartCell[] cells = new ChartCell[ChartPainter.SLOTS];
    private final ChartPainter painter = new ChartPainter();
    private final ChartTouch touch;
    private final LabModel model;
    private final Tab trajectoriesTab;
    private final Tab surfaceTab;
    private final GridPane surfaceGrid = new GridPane();
    private final HBox surfaceOptions;
    /** The sweep, stability map, update map and 3-D surface tabs, their views made on first use. */
    private final LazyViewTabs views;
    private Snapshot offered;
    private long shownVersion = -1;

    ChartsPane(LabModel model) {
        this.model = model;
        setId("chartsPane");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        touch = new ChartTouch(model, painter, this::cell);
        for (int i = 0; i < ChartPainter.SLOTS; i++) {
            cells[i] = new ChartCell(ChartSlot.values()[i]);
            ChartGestures.install(cells[i], touch);
            cells[i].widthProperty().addListener((o, a, b) -> layoutChanged());
            cells[i].heightProperty().addListener((o, a, b) -> layoutChanged());
        }
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(4);
        for (ChartSlot c : ChartSlot.values()) {
            if (c.isTrajectory()) {
                grid.add(cell(c), c.ordinal() % 2, c.ordinal() / 2);
            }
        }
        share(grid, 2, 2);
        trajectoriesTab = new Tab("Trajectories", grid);
        trajectoriesTab.setId("trajectoriesTab");
        surfaceOptions = new SurfaceOptionsBar(model, painter);
        surfaceGrid.setHgap(4);
        VBox surfaceBox = new VBox(4, surfaceOptions, surfaceGrid);
        VBox.setVgrow(surfaceGrid, Priority.ALWAYS);
        surfaceTab = new Tab("Surface", surfaceBox);
        surfaceTab.setId("surfaceTab");
        views = new LazyViewTabs(model);
        getTabs().addAll(trajectoriesTab, surfaceTab, views.surface3dTab, views.sweepTab, views.stabilityTab,
                views.updateMapTab);
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            views.selected(b);
            layoutChanged();
        });
        model.dim.addListener((o, a, b) -> {
            // a zoom belongs to the run's coordinates: a 2-D run starts with automatic ranges
            for (ChartSlot slot : ChartSlot.values()) {
                touch.zoom(slot, null);
            }
            arrangeSurface(b.intValue());
        });
        followOutputScale();
        arrangeSurface(model.dim.get());
    }

    /** Draws the charts at the screen's output scale (HiDPI), following the window to another screen. */
    private void followOutputScale() {
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o2, a2, w) -> followOutputScale(w));
                followOutputScale(scene.getWindow());
            }
        });
    }

    private void followOutputScale(javafx.stage.Window w) {
        if (w != null) {
            painter.setOutputScale(w.getOutputScaleX());
            w.outputScaleXProperty().addListener((o, a, x) -> painter.setOutputScale(x.doubleValue()));
        }
    }

    private static void share(GridPane g, int cols, int rows) {
        g.getColumnConstraints().clear();
        g.getRowConstraints().clear();
        for (int i = 0; i < cols; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / cols);
            c.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().add(c);
        }
        for (int i = 0; i < rows; i++) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(100.0 / rows);
            r.setVgrow(Priority.ALWAYS);
            g.getRowConstraints().add(r);
        }
    }

    /** 1-D: one big surface; 2-D: the ellipse view beside the mean surface. */
    private void arrangeSurface(int dim) {
        surfaceGrid.getChildren().clear();
        surfaceGrid.add(cell(ChartSlot.SURFACE), 0, 0);
        if (dim == 2) {
            surfaceGrid.add(cell(ChartSlot.MEAN_SURFACE), 1, 0);
        }
        share(surfaceGrid, dim == 2 ? 2 : 1, 1);
        surfaceTab.setText(dim == 2 ? "Ellipses and surface" : "Surface");
        surfaceOptions.setVisible(dim == 1);
        surfaceOptions.setManaged(dim == 1);
        layoutChanged();
    }

    /** Installs each chart's context menu: save as PNG (2x), SVG or PDF, or copy to the clipboard. */
    void setContextActions(java.util.function.BiConsumer<ChartSlot, org.likelihoodlab.charts.Figures.Format> save,
            java.util.function.Consumer<ChartSlot> copy, java.util.function.Consumer<ChartSlot> data) {
        ChartContextMenus.install(this, touch, save, copy, data);
    }

    private void layoutChanged() {
        int[] w = new int[ChartPainter.SLOTS];
        int[] h = new int[ChartPainter.SLOTS];
        boolean[] shown = new boolean[ChartPainter.SLOTS];
        boolean traj = getSelectionModel().getSelectedItem() == trajectoriesTab;
        for (int i = 0; i < ChartPainter.SLOTS; i++) {
            w[i] = (int) Math.floor(cells[i].getWidth());
            h[i] = (int) Math.floor(cells[i].getHeight());
            shown[i] = ChartSlot.values()[i].isTrajectory() ? traj
                    : getSelectionModel().getSelectedItem() == surfaceTab && cells[i].getParent() != null;
        }
        painter.setLayout(w, h, shown);
        Snapshot s = model.snapshot();
        if (offered == null && s != null) {
            // the first sizes (in the layout pass of stage.show()): the painter starts on the run now,
            // not at the next frame, so the first chart pixels come a pulse sooner
            offered = s;
            painter.offer(s);
        }
    }

    /**
     * Once a frame: hands over the selected run's latest snapshot and the visible runs of the race
     * (fewer than two: no race), and shows finished images.
     */
    void frame(Snapshot s, java.util.List<org.likelihoodlab.charts.RunLine> race) {
        if (!race.equals(offeredRace)) {
            offeredRace = race;
            painter.offerRace(race);
            offered = null;   // draw again with the new race, even if the snapshot is the same
        }
        frame(s);
        views.frame(s);
    }

    private java.util.List<org.likelihoodlab.charts.RunLine> offeredRace = java.util.List.of();

    void frame(Snapshot s) {
        if (s != null && s != offered) {
            offered = s;
            painter.offer(s);
        }
        ChartPainter.Frame f = painter.take();
        if (f == null) {
            return;
        }
        for (int i = 0; i < ChartPainter.SLOTS; i++) {
            int[] px = f.pixels()[i];
            if (px != null) {
                cells[i].show(px, f.widths()[i], f.heights()[i], f.scale(), f.geometry()[i]);
            }
        }
        cell(ChartSlot.SURFACE).handles(touch.handles(ChartSlot.SURFACE).stream()
                .map(h -> new double[] {h.x(), h.y()}).toList());
        shownVersion = f.version();
    }

    /** @return the sweep view, made on first use */
    SweepPane sweep() {
        return views.sweep();
    }

    /** @return the stability map view, made on first use */
    StabilityPane stability() {
        return views.stability();
    }

    /** @return the update map view, made on first use */
    UpdateMapPane updateMap() {
        return views.updateMap();
    }

    /** @return the 3-D surface view, made on first use */
    Surface3DPane surface3d() {
        return views.surface3d();
    }

    /** @return the snapshot version whose charts are on screen, or -1 */
    long shownVersion() {
        return shownVersion;
    }

    /** @return the figures the painter last drew (for tests) */
    RunFigures figures() {
        return painter.figures();
    }

    ChartPainter painter() {
        return painter;
    }

    /** @return the image on screen for a chart (for tests) */
    WritableImage image(ChartSlot slot) {
        return cells[slot.ordinal()].image();
    }

    /** @return the zoom a user set on a chart, or {@code null} (automatic ranges) */
    org.likelihoodlab.charts.Zoom zoom(ChartSlot slot) {
        return painter.zoom(slot);
    }

    ChartTouch touch() {
        return touch;
    }

    ChartCell cell(ChartSlot slot) {
        return cells[slot.ordinal()];
    }

    void setStyle(org.likelihoodlab.charts.ChartStyle style) {
        painter.setStyle(style);
        views.setStyle(style);
    }

    void shutdown() {
        painter.shutdown();
    }
}

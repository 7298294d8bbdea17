package org.likelihoodlab.ui;

import org.likelihoodlab.charts.ChartSlot;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.likelihoodlab.charts.RunFigures;
import org.likelihoodlab.math.Surfaces;

/**
 * The charts, in two tabs: "Trajectories" (mean, scale, log-likelihood, data and density in a
 * 2x2 grid) and "Surface" (1-D: the log-likelihood surface with its options; 2-D: the covariance
 * ellipses and the surface over the mean). A {@link ChartPainter} draws the visible charts off
 * the FX thread; once a frame this pane passes it the latest snapshot and shows finished images.
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
    private final Tab sweepTab;
    /** Made when its tab is first opened (or asked for): nobody waits for it at start. */
    private SweepPane sweep;
    private final Tab stabilityTab;
    /** Made when its tab is first opened, as the sweep. */
    private StabilityPane stability;
    private final Tab updateMapTab;
    /** Made when its tab is first opened; follows the run while its tab is shown. */
    private UpdateMapPane updateMap;
    private final Tab surface3dTab = new Tab("3-D surface");
    /** Made when its tab is first opened; follows the run while its tab is shown. */
    private Surface3DPane surface3d;
    private org.likelihoodlab.charts.ChartStyle style;
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
        surfaceOptions = surfaceOptions();
        surfaceGrid.setHgap(4);
        VBox surfaceBox = new VBox(4, surfaceOptions, surfaceGrid);
        VBox.setVgrow(surfaceGrid, Priority.ALWAYS);
        surfaceTab = new Tab("Surface", surfaceBox);
        surfaceTab.setId("surfaceTab");
        sweepTab = new Tab("Learning-rate sweep");
        sweepTab.setId("sweepTab");
        stabilityTab = new Tab("Stability map");
        stabilityTab.setId("stabilityTab");
        updateMapTab = new Tab("Update map");
        updateMapTab.setId("updateMapTab");
        surface3dTab.setId("surface3dTab");
        getTabs().addAll(trajectoriesTab, surfaceTab, surface3dTab, sweepTab, stabilityTab, updateMapTab);
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == sweepTab) {
                sweep();
            }
            if (b == stabilityTab) {
                stability();
            }
            if (b == updateMapTab) {
                updateMap().refresh(true);
            }
            if (b == surface3dTab) {
                surface3d().follow(model.snapshot());
            }
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

    private HBox surfaceOptions() {
        ComboBox<Surfaces.Scale> scale = new ComboBox<>(FXCollections.observableArrayList(Surfaces.Scale.values()));
        scale.setId("surfaceScale");
        scale.setValue(Surfaces.Scale.SIGMA);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Surfaces.Scale s) {
                return s == null ? "" : "(\u03bc, " + s.label() + ")";
            }

            @Override
            public Surfaces.Scale fromString(String s) {
                return null;
            }
        });
        scale.setTooltip(new Tooltip("The coordinates of the surface: the same likelihood, differently conditioned"));
        CheckBox own = new CheckBox("Run's own coordinates");
        own.setId("surfaceOwn");
        own.setTooltip(new Tooltip("Show the surface in the coordinates the optimizer moves in"));
        CheckBox log = new CheckBox("log \u03c3 axis");
        log.setId("surfaceLog");
        log.setTooltip(new Tooltip("A logarithmic \u03c3 axis (with the (\u03bc, \u03c3) coordinates)"));
        CheckBox lock = new CheckBox("Fix axes");
        lock.setId("surfaceLock");
        lock.setTooltip(new Tooltip("Keep the current axis ranges instead of following the path"));
        CheckBox natural = new CheckBox("Natural-gradient arrow");
        natural.setId("surfaceNatural");
        natural.setSelected(true);
        natural.setTooltip(new Tooltip("Also show where a natural-gradient step would go"));
        CheckBox regions = new CheckBox("95 % regions");
        regions.setId("surfaceRegions");
        regions.setTooltip(new Tooltip("The likelihood-ratio and Wald 95 % confidence regions of (\u03bc, \u03c3), "
                + "with the standard errors under the chart"));
        Runnable apply = () -> {
            Surfaces.Scale sc = own.isSelected() ? Surfaces.Scale.of(model.param.get()) : scale.getValue();
            if (own.isSelected() && scale.getValue() != sc) {
                scale.setValue(sc);
            }
            log.setDisable(sc != Surfaces.Scale.SIGMA);
            painter.setSurfaceOptions(new ChartPainter.SurfaceOptions(sc, log.isSelected() && sc == Surfaces.Scale.SIGMA,
                    lock.isSelected(), natural.isSelected(), regions.isSelected()));
        };
        scale.valueProperty().addListener((o, a, b) -> apply.run());
        own.selectedProperty().addListener((o, a, b) -> {
            scale.setDisable(b);
            apply.run();
        });
        log.selectedProperty().addListener((o, a, b) -> apply.run());
        lock.selectedProperty().addListener((o, a, b) -> apply.run());
        natural.selectedProperty().addListener((o, a, b) -> apply.run());
        regions.selectedProperty().addListener((o, a, b) -> apply.run());
        model.param.addListener((o, a, b) -> apply.run());
        HBox box = new HBox(12, new Label("Coordinates"), scale, own, log, lock, natural, regions);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 4, 0, 4));
        return box;
    }

    /** Installs each chart's context menu: save as PNG (2x), SVG or PDF, or copy to the clipboard. */
    void setContextActions(java.util.function.BiConsumer<ChartSlot, org.likelihoodlab.charts.Figures.Format> save,
            java.util.function.Consumer<ChartSlot> copy, java.util.function.Consumer<ChartSlot> data) {
        for (int i = 0; i < ChartPainter.SLOTS; i++) {
            ChartSlot slot = ChartSlot.values()[i];
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
            for (org.likelihoodlab.charts.Figures.Format f : org.likelihoodlab.charts.Figures.Format.values()) {
                javafx.scene.control.MenuItem m = new javafx.scene.control.MenuItem("Save as " + f.name() + "\u2026");
                m.setOnAction(e -> save.accept(slot, f));
                menu.getItems().add(m);
            }
            javafx.scene.control.MenuItem c = new javafx.scene.control.MenuItem("Copy to clipboard");
            c.setOnAction(e -> copy.accept(slot));
            javafx.scene.control.MenuItem fit = new javafx.scene.control.MenuItem("Zoom to fit");
            fit.setOnAction(e -> touch.zoom(slot, null));
            fit.setId(slot.id() + "ZoomToFit");
            javafx.scene.control.MenuItem csv = new javafx.scene.control.MenuItem("Export data (CSV)\u2026");
            csv.setOnAction(e -> data.accept(slot));
            menu.getItems().addAll(c, new javafx.scene.control.SeparatorMenuItem(), fit, csv);
            cells[i].setOnContextMenuRequested(e -> menu.show(cell(slot), e.getScreenX(), e.getScreenY()));
        }
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
        if (surface3d != null && surface3dTab.isSelected()) {
            surface3d.follow(s);
        }
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
        if (sweep == null) {
            sweep = new SweepPane(model);
            if (style != null) {
                sweep.setStyle(style);
            }
            sweepTab.setContent(sweep);
        }
        return sweep;
    }

    /** @return the stability map view, made on first use */
    StabilityPane stability() {
        if (stability == null) {
            stability = new StabilityPane(model);
            if (style != null) {
                stability.setStyle(style);
            }
            stabilityTab.setContent(stability);
        }
        return stability;
    }

    /** @return the update map view, made on first use */
    UpdateMapPane updateMap() {
        if (updateMap == null) {
            updateMap = new UpdateMapPane(model, updateMapTab::isSelected);
            if (style != null) {
                updateMap.setStyle(style);
            }
            updateMapTab.setContent(updateMap);
        }
        return updateMap;
    }

    /** @return the 3-D surface view, made on first use */
    Surface3DPane surface3d() {
        if (surface3d == null) {
            surface3d = new Surface3DPane(model);
            surface3dTab.setContent(surface3d);
        }
        return surface3d;
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
        this.style = style;
        painter.setStyle(style);
        if (sweep != null) {
            sweep.setStyle(style);
        }
        if (stability != null) {
            stability.setStyle(style);
        }
        if (updateMap != null) {
            updateMap.setStyle(style);
        }
    }

    void shutdown() {
        painter.shutdown();
    }
}

package org.likelihoodlab.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.likelihoodlab.charts.EllipseFigure;
import org.likelihoodlab.charts.HeightField;
import org.likelihoodlab.charts.RunView;
import org.likelihoodlab.charts.SurfaceFigure;
import org.likelihoodlab.experiment.Columns;
import org.likelihoodlab.io.AtomicFiles;
import org.likelihoodlab.math.Surfaces;

/**
 * The "3-D surface" tab: the log-likelihood ℓ(μ, σ) (in 2-D ℓ(μ₁, μ₂) at the current Σ) as a
 * shaded height field with the optimizer's path on it, following the selected run while the tab
 * is shown. Drag to turn, wheel to zoom, Shift+arrows; "Reset view"; "Save PNG…" writes a
 * snapshot in the background. The mesh is rebuilt only when the data, the ranges (or Σ) change;
 * the path follows at about 10 Hz. Without 3-D graphics the tab says so in one line.
 */
final class Surface3DPane extends BorderPane {

    /** Updates of the path at most this often (nanoseconds). */
    private static final long PERIOD = 100_000_000L;
    private static final int MU_ROW = Columns.inRow(Columns.MU);
    private static final int SIGMA_ROW = Columns.inRow(Columns.SIGMA);
    private static final int MU2_ROW = Columns.inRow(Columns.MU2);

    private final LabModel model;
    private final boolean supported;
    private final OrbitControls orbit = new OrbitControls();
    private final SurfaceScene scene = new SurfaceScene(orbit);
    private final Label caption = new Label();
    private SubScene view;
    private Snapshot shown;
    private long shownAt;
    private double[] range;
    private Object meshKey;
    /** 2-D: the Σ the mesh was built at. */
    private double[] meshSigma;
    /** 2-D: false while Σ is not positive definite (no surface). */
    private boolean meshDefined = true;
    private long meshes;

    Surface3DPane(LabModel model) {
        this(model, Platform.isSupported(ConditionalFeature.SCENE3D));
    }

    /** @param supported whether this machine draws 3-D scenes (false: the notice) */
    Surface3DPane(LabModel model, boolean supported) {
        this.model = model;
        this.supported = supported;
        setId("surface3dPane");
        Button reset = new Button("Reset view");
        reset.setId("surface3dReset");
        reset.setOnAction(e -> orbit.reset());
        Button save = new Button("Save PNG\u2026");
        save.setId("surface3dSave");
        save.setOnAction(e -> chooseAndSave());
        caption.setId("surface3dCaption");
        HBox bar = new HBox(10, reset, save, caption);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        setTop(bar);
        if (!supported) {
            reset.setDisable(true);
            save.setDisable(true);
            Label notice = new Label("No 3-D view: this graphics pipeline cannot draw 3-D scenes (JavaFX SCENE3D, "
                    + "e.g. with -Dprism.order=sw); start the window with OpenGL (Mesa llvmpipe needs "
                    + "-Dprism.forceGPU=true) to see it; the Surface tab shows the same as a heatmap.");
            notice.setId("surface3dNotice");
            notice.setWrapText(true);
            notice.setPadding(new Insets(20));
            setCenter(notice);
            return;
        }
        view = new SubScene(scene.root, 800, 600, true, SceneAntialiasing.BALANCED);
        view.setId("surface3dView");
        view.setFill(Color.web("#F4F4F4"));
        PerspectiveCamera camera = new PerspectiveCamera(true);
        camera.setNearClip(1);
        camera.setFarClip(20000);
        camera.setFieldOfView(30);
        camera.getTransforms().addAll(orbit.turn, orbit.tilt, orbit.distance);
        view.setCamera(camera);
        StackPane holder = new StackPane(view);
        holder.setMinSize(100, 100);
        view.widthProperty().bind(holder.widthProperty());
        view.heightProperty().bind(holder.heightProperty());
        view.setFocusTraversable(true);
        orbit.attach(view);
        ContextMenu menu = new ContextMenu();
        MenuItem png = new MenuItem("Save PNG\u2026");
        png.setOnAction(e -> chooseAndSave());
        MenuItem home = new MenuItem("Reset view");
        home.setOnAction(e -> orbit.reset());
        menu.getItems().addAll(png, home);
        view.setOnContextMenuRequested(e -> menu.show(view, e.getScreenX(), e.getScreenY()));
        setCenter(holder);
    }

    /** Once a frame while the tab is shown: follows the run (the path at about 10 Hz, the mesh when needed). */
    void follow(Snapshot s) {
        if (!supported || s == null || s == shown) {
            return;
        }
        long now = System.nanoTime();
        if (shown != null && shown.runId() == s.runId() && now - shownAt < PERIOD) {
            return;
        }
        shown = s;
        shownAt = now;
        RunView v = s.view();
        double[][] rows = v.rows();
        double[] cur = v.reported();
        if (v.dim() == 1) {
            double[] py = rows[SIGMA_ROW];
            range = SurfaceFigure.follow(range, SurfaceFigure.fit(rows[MU_ROW], py, v.mle(), v.truth(),
                    Surfaces.Scale.SIGMA, false));
            Object key = java.util.List.of(v.data(), range);
            if (!key.equals(meshKey)) {
                HeightField f = HeightField.of1d(v.data().moments(), range);
                scene.show(f, "\u03bc", "\u03c3", f.onSurface(v.mle()[0], v.mle()[1]));
                meshKey = key;
                meshes++;
            }
            scene.root.setVisible(true);
            scene.showPath(rows[MU_ROW], py, cur[0], cur[1]);
            caption.setText("\u2113(\u03bc, \u03c3): drag to turn, wheel to zoom (Shift+arrows, Shift+\u00b1)");
        } else {
            range = SurfaceFigure.follow(range, EllipseFigure.meanRange(v));
            Object key = java.util.List.of(v.data(), range);
            if (!key.equals(meshKey) || moved(meshSigma, cur)) {
                meshSigma = new double[] {cur[2], cur[3], cur[4]};
                HeightField f = HeightField.of2d(v.data().moments(), cur[2], cur[3], cur[4], range);
                meshKey = key;
                meshes++;
                meshDefined = f.defined();
                if (meshDefined) {
                    scene.show(f, "\u03bc\u2081", "\u03bc\u2082", f.onSurface(v.mle()[0], v.mle()[1]));
                }
            }
            scene.root.setVisible(meshDefined);
            if (!meshDefined) {
                caption.setText("\u03a3 is not positive definite here: no surface over (\u03bc\u2081, \u03bc\u2082)");
                return;
            }
            scene.showPath(rows[MU_ROW], rows[MU2_ROW], cur[0], cur[1]);
            caption.setText("\u2113(\u03bc\u2081, \u03bc\u2082) at the current \u03a3: drag to turn, wheel to zoom");
        }
    }

    /**
     * @return true if Σ moved visibly since the mesh was built (by more than 1e-4 of its size): a
     *     converging run stops rebuilding the mesh
     */
    static boolean moved(double[] built, double[] reported) {
        if (built == null) {
            return true;
        }
        double size = Math.abs(built[0]) + Math.abs(built[2]);
        double change = Math.abs(reported[2] - built[0]) + Math.abs(reported[3] - built[1])
                + Math.abs(reported[4] - built[2]);
        return !(change <= 1e-4 * size);
    }

    private void chooseAndSave() {
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle("Save the 3-D view");
        fc.setInitialFileName("surface-3d.png");
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG (*.png)", "*.png"));
        java.io.File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            savePng(f.toPath());
        }
    }

    /**
     * Takes a snapshot of the view (on the FX thread, as JavaFX requires) and encodes and writes it
     * in the background.
     *
     * @return completes with true once the file is written
     */
    CompletableFuture<Boolean> savePng(Path file) {
        if (view == null || view.getWidth() < 1 || view.getHeight() < 1) {
            model.say("Nothing to save: the 3-D view is not shown", true);
            return CompletableFuture.completedFuture(false);
        }
        WritableImage img = view.snapshot(null, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new ExportJobs(model).export(file, out -> {
            BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            b.setRGB(0, 0, w, h, argb, 0, w);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(b, "png", bytes);
            AtomicFiles.write(out, o -> o.write(bytes.toByteArray()));
        });
    }

    /** @return true if this machine draws the 3-D view (false: the notice is shown) */
    boolean supported() {
        return supported;
    }

    OrbitControls orbit() {
        return orbit;
    }

    SurfaceScene scene() {
        return scene;
    }

    /** @return how many times the mesh was built (for tests: not once a frame) */
    long meshCount() {
        return meshes;
    }

    SubScene view() {
        return view;
    }
}

package org.likelihoodlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PointLight;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import org.likelihoodlab.charts.HeightField;
import org.likelihoodlab.charts.Ribbon;
import org.likelihoodlab.charts.TickFormat;
import org.likelihoodlab.charts.Viridis;

/**
 * The nodes of the 3-D surface view, built from a {@link HeightField}: the surface as a shaded
 * mesh coloured by a viridis strip (u = height, as the heatmap's colours), its contour lines, a
 * frame with tick labels on the floor and a height axis, the optimizer's path lying on the
 * surface, spheres at the MLE (yellow), the start (white) and the current point (vermillion).
 * Labels turn with the camera so they stay readable.
 */
final class SurfaceScene {

    /** At most this many recorded points of the path are drawn (each segment then follows the surface). */
    static final int PATH_POINTS = 300;
    private static final double HALF = HeightField.SIZE / 2;

    final Group root = new Group();
    private final TriangleMesh surfaceMesh = new TriangleMesh();
    private final MeshView surface = new MeshView(surfaceMesh);
    private final MeshView contours = new MeshView();
    private final MeshView path = new MeshView();
    private final MeshView frame = new MeshView();
    private final Group labels = new Group();
    final Sphere mle = sphere(7, Color.web("#F0E442"));
    final Sphere start = sphere(5, Color.WHITE);
    final Sphere current = sphere(6.5, Color.web("#D55E00"));
    private final OrbitControls orbit;
    private HeightField field;

    SurfaceScene(OrbitControls orbit) {
        this.orbit = orbit;
        PhongMaterial m = new PhongMaterial(Color.WHITE);
        m.setDiffuseMap(viridisStrip());
        m.setSpecularColor(Color.gray(0.25));
        surface.setMaterial(m);
        surface.setCullFace(CullFace.NONE);
        surfaceMesh.getTexCoords().setAll(0, 0);
        contours.setMaterial(new PhongMaterial(Color.gray(1, 0.85)));
        path.setMaterial(new PhongMaterial(Color.WHITE));
        frame.setMaterial(new PhongMaterial(Color.gray(0.35)));
        for (MeshView v : new MeshView[] {contours, path, frame}) {
            v.setCullFace(CullFace.NONE);
        }
        AmbientLight ambient = new AmbientLight(Color.gray(0.55));
        PointLight sun = new PointLight(Color.gray(0.6));
        sun.setTranslateX(-300);
        sun.setTranslateY(-900);
        sun.setTranslateZ(-500);
        Group world = new Group(surface, contours, frame, path, mle, start, current, labels, ambient, sun);
        // tick labels are read through the surface: drawn last, over it
        labels.setDepthTest(javafx.scene.DepthTest.DISABLE);
        // the field's middle height at the centre of rotation
        world.setTranslateY(HeightField.HEIGHT / 2);
        root.getChildren().add(world);
        for (Sphere s : new Sphere[] {mle, start, current}) {
            s.setVisible(false);
        }
    }

    private static Sphere sphere(double r, Color c) {
        Sphere s = new Sphere(r, 24);
        s.setMaterial(new PhongMaterial(c));
        return s;
    }

    /** The viridis colours as a one-pixel-high strip: u runs from the floor's colour to the top's. */
    static WritableImage viridisStrip() {
        int n = HeightField.STRIP;
        WritableImage img = new WritableImage(n, 1);
        for (int i = 0; i < n; i++) {
            img.getPixelWriter().setArgb(i, 0, Viridis.argb(i / (n - 1.0)));
        }
        return img;
    }

    /** Shows a new surface: mesh, contours, frame, tick labels and the MLE on top. */
    void show(HeightField f, String xName, String yName, double[] mlePoint) {
        field = f;
        surfaceMesh.getPoints().setAll(f.points());
        surfaceMesh.getTexCoords().setAll(f.texCoords());
        if (surfaceMesh.getFaces().size() == 0) {
            surfaceMesh.getFaces().setAll(f.faces());
        }
        contours.setMesh(mesh(Ribbon.of(f.contours(), 0.7, 0.6)));
        labels.getChildren().clear();
        List<double[]> edges = new ArrayList<>();
        double[] r = f.range();
        double top = -HeightField.HEIGHT;
        // the floor's frame, and the height axis at the back left corner
        edges.add(new double[] {-HALF, 0, -HALF, HALF, 0, -HALF});
        edges.add(new double[] {-HALF, 0, -HALF, -HALF, 0, HALF});
        edges.add(new double[] {-HALF, 0, HALF, -HALF, top, HALF});
        for (double t : HeightField.ticks(r[0], r[1], 5)) {
            double x = f.sceneX(t);
            edges.add(new double[] {x, 0, -HALF, x, 0, -HALF - 6});
            label(TickFormat.text(t), x, 0, -HALF - 22, 13);
        }
        for (double t : HeightField.ticks(r[2], r[3], 5)) {
            double z = f.sceneZ(t);
            edges.add(new double[] {-HALF, 0, z, -HALF - 6, 0, z});
            label(TickFormat.text(t), -HALF - 30, 0, z, 13);
        }
        for (double t : HeightField.ticks(f.bottom(), f.top(), 4)) {
            double y = f.sceneY(t);
            edges.add(new double[] {-HALF, y, HALF, -HALF - 6, y, HALF});
            label(TickFormat.text(t), -HALF - 34, y, HALF, 13);
        }
        label(xName, 0, 0, -HALF - 48, 18);
        label(yName, -HALF - 70, 0, 0, 18);
        label("\u2113", -HALF - 20, top - 24, HALF, 18);
        frame.setMesh(mesh(Ribbon.of(edges, 0.8, 0)));
        place(mle, mlePoint, 0);
    }

    /** Shows the path (data coordinates), its start and the current point, lying on the surface. */
    void showPath(double[] xs, double[] ys, double curX, double curY) {
        if (field == null) {
            return;
        }
        List<double[]> pts = field.lift(xs, ys, PATH_POINTS);
        path.setMesh(pts.size() > 1 ? mesh(Ribbon.of(Ribbon.polyline(pts), 1.4, 1.2)) : null);
        place(start, pts.isEmpty() ? null : pts.get(0), 0);
        place(current, Double.isNaN(field.value(curX, curY)) ? null : field.onSurface(curX, curY), 0);
    }

    private static void place(Sphere s, double[] at, double lift) {
        s.setVisible(at != null);
        if (at != null) {
            s.setTranslateX(at[0]);
            s.setTranslateY(at[1] - lift);
            s.setTranslateZ(at[2]);
        }
    }

    /** A label at a scene point that turns with the camera (the same rotations), so it faces it. */
    private Text label(String s, double x, double y, double z, double size) {
        Text t = new Text(s);
        t.setFont(Font.font(size));
        t.setFill(Color.gray(0.15));
        t.setTranslateX(x - t.getLayoutBounds().getWidth() / 2);
        t.setTranslateY(y);
        t.setTranslateZ(z);
        Rotate turn = new Rotate(0, Rotate.Y_AXIS);
        turn.angleProperty().bind(orbit.turn.angleProperty());
        Rotate tilt = new Rotate(0, Rotate.X_AXIS);
        tilt.angleProperty().bind(orbit.tilt.angleProperty());
        turn.setPivotX(t.getLayoutBounds().getWidth() / 2);
        tilt.setPivotX(t.getLayoutBounds().getWidth() / 2);
        t.getTransforms().addAll(turn, tilt);
        labels.getChildren().add(t);
        return t;
    }

    private static TriangleMesh mesh(Ribbon r) {
        TriangleMesh m = new TriangleMesh();
        m.getPoints().setAll(r.points());
        m.getTexCoords().setAll(0, 0);
        m.getFaces().setAll(r.faces());
        return m;
    }

    /** @return the surface on show, or {@code null} */
    HeightField field() {
        return field;
    }

    /** @return the nodes tests look at */
    List<Node> parts() {
        return List.of(surface, contours, path, frame);
    }

    MeshView surface() {
        return surface;
    }

    MeshView path() {
        return path;
    }
}

package org.likelihoodlab.ui;

import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Window;
import javafx.util.Duration;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.experiment.lesson.LessonScene;
import org.likelihoodlab.experiment.lesson.SceneView;
import org.likelihoodlab.io.LessonJson;
import org.likelihoodlab.math.Surfaces;

/**
 * Lesson mode in the window: a lesson opened from the Lesson menu shows its scenes one at a time,
 * with the caption band under the charts ({@link LessonBand}) and the keys presentation clickers
 * send: Page Down, → and Space next; Page Up and ← previous; B (or .) blanks the screen; Esc
 * leaves. The controls stay live. A second window shows the speaker notes ({@link SpeakerNotes}).
 */
final class LessonMode {

    private final LabWindow window;
    private final LessonPlayer player;
    private final LessonBand band;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper blank = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper highlighted = new ReadOnlyBooleanWrapper(false);
    private final LessonMenu menu;
    private Node bottomBefore;
    private Paint fillBefore;
    private SpeakerNotes notes;
    /** Where the lesson was read from ({@code null}: a new lesson or a shipped one). */
    private Path file;
    private final javafx.event.EventHandler<KeyEvent> keys = this::key;
    private Window keyWindow;

    LessonMode(LabWindow window) {
        this.window = window;
        player = new LessonPlayer(window.model(), new LessonPlayer.Stage() {
            @Override
            public void showView(LessonScene scene) {
                view(scene.view());
            }

            @Override
            public void highlight(String target) {
                highlightBound();
            }
        });
        band = new LessonBand(player, this::showNotes, this::leave);
        window.appearance().scale.addListener((o, a, b) -> band.setFontPx(Appearance.BASE_FONT_PX * b.doubleValue()));
        band.setFontPx(Appearance.BASE_FONT_PX * window.appearance().scale.get());
        menu = new LessonMenu(window, this);
        // the keys are a filter on the window, ahead of the lab's own keys (Space, →) on the scene; it is
        // moved with the window and removed when this lab leaves it, so nothing keeps a closed lab alive
        window.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o2, w0, w) -> attachKeys(w));
                attachKeys(scene.getWindow());
            } else {
                attachKeys(null);
            }
        });
    }

    private void attachKeys(Window w) {
        if (keyWindow != null) {
            keyWindow.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        keyWindow = w;
        if (w != null) {
            w.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    /** The window is closing: the keys go, the lesson's own windows close. */
    void shutdown() {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            javafx.application.Platform.runLater(this::shutdown);
            return;
        }
        leave();
        attachKeys(null);
        if (notes != null) {
            notes.close();
        }
        menu.editor().close();
    }

    // ---- opening and leaving ---- //

    /** Reads a lesson file in the background and enters lesson mode on it (broken scenes are listed, the rest kept). */
    void open(Path lessonFile) {
        window.model().executor().submit("Opening lesson " + lessonFile.getFileName(), p -> LessonJson.read(lessonFile),
                l -> {
                    file = lessonFile.getFileSystem() == java.nio.file.FileSystems.getDefault() ? lessonFile : null;
                    enter(l);
                }, e -> window.model().say(e.getMessage(), true));
    }

    /** Enters lesson mode on a lesson at its first scene. */
    void enter(Lesson l) {
        if (!active.get()) {
            bottomBefore = window.getBottom();
            window.setBottom(new VBox(band, bottomBefore));
            active.set(true);
        }
        String skipped = l.problems().stream().map(Lesson.Problem::describe).collect(Collectors.joining("; "));
        band.setProblems(skipped.isEmpty() ? "" : l.problems().size() + (l.problems().size() == 1 ? " scene" : " scenes")
                + " skipped: " + skipped);
        if (l.scenes().isEmpty()) {
            window.model().say("The lesson " + l.title() + " has no scene that can be shown: " + skipped, true);
        } else if (!skipped.isEmpty()) {
            window.model().say("Lesson opened without " + skipped, true);
        } else {
            window.model().say("Lesson: " + l.title() + " (" + l.scenes().size() + " scenes)", false);
        }
        player.open(l);
    }

    /** Leaves lesson mode: the band goes, the screen is shown, the run stays as it is. */
    void leave() {
        if (!active.get()) {
            return;
        }
        setBlank(false);
        player.stop();
        window.setBottom(bottomBefore);
        active.set(false);
        if (notes != null) {
            notes.close();
        }
    }

    // ---- keys ---- //

    private void key(KeyEvent e) {
        if (!active.get() || e.isShortcutDown() || e.isAltDown() || window.getScene() == null) {
            return;
        }
        boolean typing = window.getScene() != null
                && window.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
        KeyCode k = e.getCode();
        if (typing && k != KeyCode.PAGE_DOWN && k != KeyCode.PAGE_UP && k != KeyCode.ESCAPE) {
            return;
        }
        if (k == KeyCode.PAGE_DOWN || k == KeyCode.RIGHT || k == KeyCode.SPACE || k == KeyCode.DOWN) {
            player.next();
        } else if (k == KeyCode.PAGE_UP || k == KeyCode.LEFT || k == KeyCode.UP) {
            player.previous();
        } else if (k == KeyCode.B || k == KeyCode.PERIOD) {
            setBlank(!blank.get());
        } else if (k == KeyCode.ESCAPE) {
            if (blank.get()) {
                setBlank(false);
            } else {
                leave();
            }
        } else {
            return;
        }
        e.consume();
    }

    /** Blanks the screen (black, as a projector's blank key) or shows it again. */
    void setBlank(boolean on) {
        if (on == blank.get() || window.getScene() == null) {
            return;
        }
        if (on) {
            fillBefore = window.getScene().getFill();
            window.getScene().setFill(Color.BLACK);
        } else {
            window.getScene().setFill(fillBefore);
        }
        window.setVisible(!on);
        blank.set(on);
    }

    // ---- what a scene shows ---- //

    private void view(SceneView v) {
        ChartsPane charts = window.charts();
        String id = v.tab() == SceneView.Tab.SURFACE ? "surfaceTab" : v.tab() == SceneView.Tab.SWEEP ? "sweepTab"
                : "trajectoriesTab";
        for (Tab t : charts.getTabs()) {
            if (id.equals(t.getId())) {
                charts.getSelectionModel().select(t);
                if (v.tab() == SceneView.Tab.SURFACE) {
                    surface(t, v);
                }
            }
        }
        if (v.textScale() != 0) {
            window.appearance().setScale(v.textScale());
        }
        if (v.speed() != 0) {
            window.controlsForTest().speedSlider.setValue(v.speed() == SceneView.FLAT_OUT ? ControlPanel.SPEED_MAX
                    : Math.log10(v.speed()));
        }
    }

    @SuppressWarnings("unchecked")
    private static void surface(Tab t, SceneView v) {
        Node scale = t.getContent().lookup("#surfaceScale");
        Node log = t.getContent().lookup("#surfaceLog");
        Node own = t.getContent().lookup("#surfaceOwn");
        if (own instanceof CheckBox o) {
            o.setSelected(false);
        }
        if (scale instanceof ComboBox<?> c) {
            ((ComboBox<Surfaces.Scale>) c).setValue(v.surface());
        }
        if (log instanceof CheckBox l) {
            l.setSelected(v.logSigmaAxis());
        }
    }

    /** Points at the stability bound on the learning-rate slider for a few seconds. */
    private void highlightBound() {
        Node group = window.controlsForTest().lrSlider.getParent();
        DropShadow glow = new DropShadow(18, Color.web("#E69F00"));
        glow.setSpread(0.6);
        group.setEffect(glow);
        highlighted.set(true);
        PauseTransition p = new PauseTransition(Duration.seconds(4));
        p.setOnFinished(e -> {
            group.setEffect(null);
            highlighted.set(false);
        });
        p.play();
    }

    // ---- the speaker's window ---- //

    void showNotes() {
        if (notes == null) {
            Window owner = window.window();
            notes = new SpeakerNotes(player, owner);
            // the clicker's keys work with either window in front (the laptop's or the projector's)
            notes.stage().addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        }
        notes.show();
    }

    // ---- for the menu, the editor and tests ---- //

    LessonPlayer player() {
        return player;
    }

    LessonBand band() {
        return band;
    }

    SpeakerNotes notes() {
        return notes;
    }

    Path file() {
        return file;
    }

    void setFile(Path f) {
        file = f;
    }

    ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    boolean isActive() {
        return active.get();
    }

    boolean isBlank() {
        return blank.get();
    }

    boolean isHighlighted() {
        return highlighted.get();
    }

    LessonMenu menu() {
        return menu;
    }
}

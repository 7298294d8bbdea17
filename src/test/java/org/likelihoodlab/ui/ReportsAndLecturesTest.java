package org.likelihoodlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.charts.Figures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 7 through the real window: shortcuts, presentation mode, exports, save/open, GIF. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReportsAndLecturesTest {

    private LabWindow window;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Prefs prefs = new Prefs("likelihoodlab-test");
        prefs.clear();
        window = new LabWindow(prefs);
        stage.setScene(new Scene(window, 1280, 800));
        window.start("batch-simultaneous-converges.json", null);
        stage.show();
    }

    @AfterEach
    void stop() {
        window.shutdown();
        window.prefs().clear();
    }

    Snapshot await(Predicate<Snapshot> c) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            Snapshot s = window.model().snapshot();
            return s != null && c.test(s);
        });
        return window.model().snapshot();
    }

    /** The step once the worker has handled every command sent so far, and the screen shows it. */
    long settled() throws Exception {
        long step = window.model().barrier().get(10, TimeUnit.SECONDS);
        await(x -> x.step() == step);
        return step;
    }

    /** Starts an export on the FX thread and waits (on this thread) until it has ended. */
    static boolean exported(java.util.concurrent.Callable<java.util.concurrent.CompletableFuture<Boolean>> c)
            throws Exception {
        return fx(c).get(60, TimeUnit.SECONDS);
    }

    /** Runs on the FX thread (the window's methods update properties shown on screen). */
    static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }

    void focusCharts(FxRobot robot) {
        robot.clickOn("#meanChart");
    }

    @Test
    void spaceRightAndRDoWhatTheySay(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadPreset("online-fix-2d.json"));
        await(s -> s.dim() == 2 && s.state() == RunState.RUNNING);
        focusCharts(robot);
        // Space pauses
        robot.type(KeyCode.SPACE);
        await(s -> s.state() == RunState.PAUSED);
        long at = settled();
        // Right: exactly one step
        robot.type(KeyCode.RIGHT);
        await(s -> s.step() == at + 1);
        assertEquals(at + 1, settled());
        // Space plays again
        robot.type(KeyCode.SPACE);
        await(s -> s.state() == RunState.RUNNING && s.step() > at + 3);
        // R resets to step 0
        robot.type(KeyCode.SPACE);
        await(s -> s.state() == RunState.PAUSED);
        robot.type(KeyCode.R);
        await(s -> s.step() == 0);
    }

    @Test
    void digitKeysLoadPresetsButNotWhileTyping(FxRobot robot) throws Exception {
        focusCharts(robot);
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.model().name.get().startsWith("Online, fixed"));
        robot.type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.model().name.get().contains("coordinate, \u03b1 = 1"));
        // typing a digit into a field does not switch presets
        robot.doubleClickOn("#lrField").eraseText(8).write("3");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().name.get().contains("coordinate, \u03b1 = 1"), window.model().name.get());
    }

    @Test
    void ctrlZUndoesTheLastSettingsChange(FxRobot robot) throws Exception {
        await(s -> true);
        double before = window.model().lr.get();
        robot.doubleClickOn("#lrField").eraseText(8).write("0.05").type(KeyCode.ENTER);
        await(s -> s.lr() == 0.05);
        // the change is over (a drag would be coalesced into one undo step)
        robot.interact(() -> window.model().settleUndo());
        focusCharts(robot);
        // when:
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        // then:
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.model().lr.get() == before);
        await(s -> s.lr() == before);
    }

    @Test
    void pTogglesPresentationModeWhichScalesFontsAndCharts(FxRobot robot) throws Exception {
        focusCharts(robot);
        double normal = robot.lookup("#statusLabel").queryAs(Label.class).getFont().getSize();
        // when:
        robot.type(KeyCode.P);
        // then: the root font size and every label grow; the charts get the same scale and thicker lines
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getStyle().contains("-fx-font-size: 19.5px"), window.getStyle());
        double big = robot.lookup("#statusLabel").queryAs(Label.class).getFont().getSize();
        assertEquals(1.5, big / normal, 0.05);
        assertEquals(1.5, window.charts().painter().style().fontScale());
        assertTrue(window.charts().painter().style().lineScale() > 1.5);
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal, robot.lookup("#statusLabel").queryAs(Label.class).getFont().getSize(), 0.01);
    }

    @Test
    void menuShortcutsAreBoundAndListedInTheHelpDialog(FxRobot robot) throws Exception {
        var bar = (javafx.scene.control.MenuBar) robot.lookup("#menuBar").query();
        java.util.Map<String, String> acc = new java.util.HashMap<>();
        for (var menu : bar.getMenus()) {
            collect(menu.getItems(), acc);
        }
        assertEquals("Shortcut+S", acc.get("saveScenario"));
        assertEquals("Shortcut+O", acc.get("openScenario"));
        assertEquals("Shortcut+E", acc.get("exportFigure"));
        // when:
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        // then: every shortcut of the issue is in the table
        WaitForAsyncUtils.waitForFxEvents();
        var table = robot.lookup("#shortcutsTable").queryAs(javafx.scene.layout.GridPane.class);
        String all = table.getChildren().stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "|" + b);
        for (String k : new String[] {"Space", "Right", "Left", "Home", "R", "Ctrl+E", "Ctrl+S", "Ctrl+O", "1 \u2013 9",
            "Ctrl+Z", "F11",
            "P"}) {
            assertTrue(all.contains(k), k + " in " + all);
        }
        robot.clickOn("Close");
    }

    private static void collect(java.util.List<MenuItem> items, java.util.Map<String, String> acc) {
        for (MenuItem m : items) {
            if (m instanceof javafx.scene.control.Menu sub) {
                collect(sub.getItems(), acc);
            } else if (m.getId() != null && m.getAccelerator() != null) {
                acc.put(m.getId(), m.getAccelerator().toString());
            }
        }
    }

    @Test
    void exportWritesPngAtTheRequestedScaleAValidSvgAndAValidPdf() throws Exception {
        await(s -> s.state() == RunState.CONVERGED);
        Path png = dir.resolve("dash.png");
        Path svg = dir.resolve("dash.svg");
        Path pdf = dir.resolve("dash.pdf");
        assertTrue(exported(() -> window.exportFigure(Figures.Kind.DASHBOARD, Figures.Format.PNG, 3, png)));
        assertTrue(exported(() -> window.exportFigure(Figures.Kind.SURFACE, Figures.Format.SVG, 1, svg)));
        assertTrue(exported(() -> window.exportFigure(Figures.Kind.TRAJECTORIES, Figures.Format.PDF, 1, pdf)));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(3 * Exporter.WIDTH, img.getWidth());
        assertEquals(3 * Exporter.HEIGHT, img.getHeight());
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertEquals("svg", factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getTagName());
        org.likelihoodlab.cli.RenderCommandTest.assertPdf(Files.readAllBytes(pdf), "window PDF");
        assertTrue(exported(() -> window.exportChart(org.likelihoodlab.charts.ChartSlot.SCALE, Figures.Format.PNG, 2, dir.resolve("sigma.png"))));
        assertEquals(2 * Exporter.WIDTH, ImageIO.read(dir.resolve("sigma.png").toFile()).getWidth());
    }

    @Test
    void aFailedExportShowsAnErrorAndKeepsTheOldFile(FxRobot robot) throws Exception {
        await(s -> true);
        // a folder nobody can write into, not even root
        assertFalse(exported(() -> window.exportFigure(Figures.Kind.DENSITY, Figures.Format.PNG, 1, Path.of("/proc/self/x.png"))));
        Label msg = robot.lookup("#modelMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(msg.getText().startsWith("Export failed: cannot write x.png"), msg.getText());
        // an export that fails while an old file is there leaves it as it was
        Path old = dir.resolve("old.svg");
        Files.writeString(old, "precious");
        robot.interact(() -> window.model().dim.set(1));
        assertFalse(exported(() -> window.exportFigure(Figures.Kind.ELLIPSE, Figures.Format.SVG, 1, old)));
        assertEquals("precious", Files.readString(old));
        assertTrue(msg.getText().startsWith("Export failed"), msg.getText());
    }

    @Test
    void saveThenOpenGivesTheSameTrajectory(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadPreset("online-fix-2d.json"));
        robot.interact(() -> window.model().lr.set(0.004));
        Snapshot first = await(s -> s.dim() == 2 && s.lr() == 0.004 && s.step() > 50);
        // the trajectory export replays the live change at the step it was made: it is the run on screen
        Path live = dir.resolve("live.csv");
        robot.interact(() -> window.model().pause());
        Snapshot paused = await(s -> s.state() == RunState.PAUSED);
        assertTrue(exported(() -> window.exportTrajectory(live)));
        var rows = Files.readAllLines(live);
        assertEquals(paused.step() + 2, rows.size());
        String[] last = rows.get(rows.size() - 1).split(",");
        assertEquals(paused.reported()[0], Double.parseDouble(last[1]), 0);
        assertEquals(paused.reported()[4], Double.parseDouble(last[5]), 0);
        // when: saved, something else loaded, and the file opened again
        Path scenario = dir.resolve("mine.json");
        assertTrue(fx(() -> window.saveScenario(scenario)));
        robot.interact(() -> window.loadPreset("fix-adam.json"));
        await(s -> s.dim() == 1);
        robot.interact(() -> window.openScenario(scenario));
        await(s -> s.dim() == 2 && s.step() > first.step());
        robot.interact(() -> window.model().pause());
        await(s -> s.state() == RunState.PAUSED);
        Path b = dir.resolve("b.csv");
        assertTrue(exported(() -> window.exportTrajectory(b)));
        // then: the run on screen is the saved scenario's run, row for row
        org.likelihoodlab.experiment.Scenario saved = org.likelihoodlab.io.ScenarioJson.read(scenario);
        assertEquals(0.004, saved.lr());
        var rb = Files.readAllLines(b);
        var headless = new org.likelihoodlab.experiment.Run(saved.toBuilder().steps(rb.size() - 2).build(),
                org.likelihoodlab.io.Datasets.load(saved.data(), 2));
        java.io.StringWriter sw = new java.io.StringWriter();
        headless.runAll(new org.likelihoodlab.io.TrajectoryCsv(sw, 2));
        assertEquals(String.join("\n", rb) + "\n", sw.toString());
        assertEquals(scenario.toAbsolutePath().normalize(), window.prefs().recent().get(0));
    }

    @Test
    void theGifHasTheRequestedFrameCount() throws Exception {
        await(s -> s.state() == RunState.CONVERGED);
        Path gif = dir.resolve("run.gif");
        boolean[] done = {false};
        fx(() -> window.exportGif(Figures.Kind.SURFACE, 12, 10, 320, 240, gif, null, () -> done[0] = true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> done[0]);
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            r.setInput(in);
            assertEquals(12, r.getNumImages(true));
            assertEquals(320, r.read(0).getWidth());
        }
        String content = new String(Files.readAllBytes(gif), StandardCharsets.ISO_8859_1);
        assertTrue(content.contains("NETSCAPE2.0"), "loops");
    }

    @Test
    void droppingACsvFitsIt(FxRobot robot) throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "a,b\n1,2\n2,3.5\n3,3\n0.5,1\n");
        robot.interact(() -> window.dropped(csv));
        Snapshot s = await(x -> x.dim() == 2 && x.data().n() == 4);
        assertTrue(window.model().name.get().contains("mine.csv"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "1,2,3\n4,5,6\n");
        robot.interact(() -> window.dropped(bad));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#modelMessage").queryAs(Label.class).getText().contains("3 columns"));
        assertEquals(4, window.model().snapshot().data().n(), "the old data stay");
        assertNotNull(s);
    }
}

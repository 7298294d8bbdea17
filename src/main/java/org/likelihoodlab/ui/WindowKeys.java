package org.likelihoodlab.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard: one key filter on the window's scene that plays, steps, moves through the
 * run's history, resets, loads presets and switches the views of a {@link LabWindow}.
 */
final class WindowKeys {

    private final LabWindow window;

    /** Installs the key filter on the window's scene as soon as it has one. */
    WindowKeys(LabWindow window) {
        this.window = window;
        window.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            }
        });
    }

    /**
     * Space play/pause, Right single step (while paused, Left/Right/Home/End move through the
     * run's history: {@link #timelineKey}), R reset, 1-9 presets, P presentation mode, F9 charts
     * only, F11 full screen, Ctrl+Z undo. Plain keys are left to a text field that has the focus.
     */
    private void key(KeyEvent e) {
        boolean typing = window.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            if (!typing) {
                window.undo();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || typing) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.SPACE) {
            window.togglePlay();
        } else if (k == KeyCode.LEFT || k == KeyCode.RIGHT || k == KeyCode.HOME || k == KeyCode.END) {
            if (!timelineKey(k, e.isShiftDown())) {
                return;   // running: Left, Home and End stay the focused control's
            }
        } else if (k == KeyCode.R) {
            window.model().reset();
        } else if (k == KeyCode.P) {
            window.appearance().presentation.set(!window.appearance().presentation.get());
        } else if (k == KeyCode.F11) {
            window.toggleFullScreen();
        } else if (k == KeyCode.F9) {
            window.chartsOnly.set(!window.chartsOnly.get());
        } else if (k.isDigitKey() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            int i = Integer.parseInt(k.getChar().isEmpty() ? k.getName().replaceAll("\\D", "") : k.getChar()) - 1;
            var names = Presets.names();
            if (i >= 0 && i < names.size()) {
                window.loadPreset(names.get(i));
            }
        } else {
            return;
        }
        e.consume();
    }

    /**
     * The timeline's keys: while paused, Left one step back, Right one forward while in the past
     * (Shift: ten), Home the first step, End the live end. Right at the live end is one step of the
     * run, as always.
     *
     * @return false if the key did nothing (a run is running)
     */
    private boolean timelineKey(KeyCode k, boolean shift) {
        Timeline t = window.model().timeline();
        long n = shift ? 10 : 1;
        if (k == KeyCode.RIGHT) {
            if (!t.forward(n)) {
                window.model().stepOnce();
            }
            return true;
        }
        if (!t.browsableProperty().get()) {
            return false;
        }
        if (k == KeyCode.LEFT) {
            t.back(n);
        } else if (k == KeyCode.HOME) {
            t.goTo(0);
        } else {
            t.live();
        }
        return true;
    }
}

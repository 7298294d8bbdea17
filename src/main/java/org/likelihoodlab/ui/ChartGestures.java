package org.likelihoodlab.ui;

import javafx.animation.PauseTransition;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.likelihoodlab.charts.ChartSlot;
import org.likelihoodlab.charts.PlotGeometry;
import org.likelihoodlab.charts.Zoom;

/**
 * What the pointer and the keys do on a live chart: the wheel zooms about the pointer (over an
 * axis, that axis only), a drag pans, a double-click (or Ctrl+0, or the Fit button) gives the
 * automatic ranges back, Ctrl+= / Ctrl+- zoom in and out about the centre; moving shows the value
 * under the pointer. On a chart with handles (the surface's start point, the 2-D ellipses) a drag
 * that begins on a handle moves it instead of panning, and a click (not a double-click) on the
 * data area is passed on: the surface sets the start there, Shift+click the true distribution.
 */
final class ChartGestures {

    /** The charts' side of the gestures (ChartsPane). */
    interface Host {
        void zoom(ChartSlot slot, Zoom zoom);

        /** @return the text for the data point under the pointer, or {@code null} for none */
        String readout(ChartSlot slot, double x, double y);

        /** @return true if a drag from this pointer position (layout pixels) moves a handle */
        boolean grab(ChartSlot slot, double px, double py);

        /** The grabbed handle is dragged to a pointer position (data coordinates); {@code done} on release. */
        void dragHandle(ChartSlot slot, double x, double y, boolean done);

        /** A single click at data coordinates. */
        void click(ChartSlot slot, double x, double y, boolean shift);
    }

    /** A press that moves less than this (pixels) is a click. */
    private static final double CLICK_SLOP = 4;
    /** Zoom per wheel pixel: one notch (40 px) zooms by about 12 %. */
    private static final double WHEEL = 1.0 / 300;

    private final ChartCell cell;
    private final Host host;
    private double pressX;
    private double pressY;
    private PlotGeometry pressGeometry;
    private boolean dragging;
    private boolean handle;
    private final PauseTransition pendingClick = new PauseTransition(Duration.millis(260));

    private ChartGestures(ChartCell cell, Host host) {
        this.cell = cell;
        this.host = host;
    }

    static void install(ChartCell cell, Host host) {
        ChartGestures g = new ChartGestures(cell, host);
        cell.addEventHandler(ScrollEvent.SCROLL, g::scroll);
        cell.addEventHandler(MouseEvent.MOUSE_PRESSED, g::pressed);
        cell.addEventHandler(MouseEvent.MOUSE_DRAGGED, g::dragged);
        cell.addEventHandler(MouseEvent.MOUSE_RELEASED, g::released);
        cell.addEventHandler(MouseEvent.MOUSE_CLICKED, g::clicked);
        cell.addEventHandler(MouseEvent.MOUSE_MOVED, g::moved);
        cell.addEventHandler(MouseEvent.MOUSE_EXITED, e -> cell.hover(0, 0, null));
        cell.addEventHandler(KeyEvent.KEY_PRESSED, g::key);
        cell.fitButton().setOnAction(e -> host.zoom(cell.slot(), null));
    }

    private void scroll(ScrollEvent e) {
        PlotGeometry g = cell.geometry();
        if (g == null || e.getDeltaY() == 0) {
            return;
        }
        Zoom z = g.zoomAbout(e.getX(), e.getY(), Math.exp(-e.getDeltaY() * WHEEL));
        if (z != null) {
            host.zoom(cell.slot(), z);
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressGeometry = cell.geometry();
        dragging = false;
        handle = pressGeometry != null && host.grab(cell.slot(), e.getX(), e.getY());
    }

    private void dragged(MouseEvent e) {
        if (pressGeometry == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < CLICK_SLOP) {
            return;
        }
        dragging = true;
        pendingClick.stop();
        if (handle) {
            host.dragHandle(cell.slot(), pressGeometry.xValue(e.getX()), pressGeometry.yValue(e.getY()), false);
            cell.hover(e.getX(), e.getY(), host.readout(cell.slot(), pressGeometry.xValue(e.getX()),
                    pressGeometry.yValue(e.getY())));
        } else {
            Zoom z = pressGeometry.pannedBy(dx, dy);
            if (z != null) {
                host.zoom(cell.slot(), z);
            }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressGeometry != null && dragging && handle) {
            host.dragHandle(cell.slot(), pressGeometry.xValue(e.getX()), pressGeometry.yValue(e.getY()), true);
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragging) {
            return;
        }
        if (e.getClickCount() >= 2) {
            pendingClick.stop();
            host.zoom(cell.slot(), null);
            return;
        }
        PlotGeometry g = cell.geometry();
        if (g == null || !g.inside(e.getX(), e.getY())) {
            return;
        }
        double x = g.xValue(e.getX());
        double y = g.yValue(e.getY());
        boolean shift = e.isShiftDown();
        // wait for a second click: a double-click zooms to fit and sets nothing
        pendingClick.setOnFinished(f -> host.click(cell.slot(), x, y, shift));
        pendingClick.playFromStart();
    }

    private void moved(MouseEvent e) {
        PlotGeometry g = cell.geometry();
        if (g == null || !g.inside(e.getX(), e.getY())) {
            cell.hover(0, 0, null);
            return;
        }
        cell.hover(e.getX(), e.getY(), host.readout(cell.slot(), g.xValue(e.getX()), g.yValue(e.getY())));
    }

    private void key(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        PlotGeometry g = cell.geometry();
        KeyCode k = e.getCode();
        if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            host.zoom(cell.slot(), null);
        } else if (g != null && (k == KeyCode.EQUALS || k == KeyCode.PLUS || k == KeyCode.ADD)) {
            zoomCentre(g, 0.8);
        } else if (g != null && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
            zoomCentre(g, 1.25);
        } else {
            return;
        }
        e.consume();
    }

    private void zoomCentre(PlotGeometry g, double f) {
        Zoom z = g.zoomAbout(g.left() + g.width() / 2, g.top() + g.height() / 2, f);
        if (z != null) {
            host.zoom(cell.slot(), z);
        }
    }
}

package org.likelihoodlab.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/**
 * Turning a 3-D view about its centre: a mouse drag rotates (left-right about the vertical axis,
 * up-down tilts), the wheel zooms, Shift+arrows rotate and Shift+Plus/Minus zoom (plain arrows
 * belong to the run's timeline), and {@link #reset()} returns to the first view. The transforms
 * go on the camera's rig: {@link #tilt}, {@link #turn}, then {@link #distance}.
 */
final class OrbitControls {

    /** The first view: looking down on the surface from the front, a little from the left. */
    static final double TILT = -32;
    static final double TURN = -25;
    static final double DISTANCE = -1150;
    /** Degrees per pixel dragged. */
    private static final double DEGREES_PER_PIXEL = 0.4;
    private static final double NEAREST = -250;
    private static final double FARTHEST = -4000;

    final Rotate tilt = new Rotate(TILT, Rotate.X_AXIS);
    final Rotate turn = new Rotate(TURN, Rotate.Y_AXIS);
    final Translate distance = new Translate(0, 0, DISTANCE);
    private double lastX;
    private double lastY;

    /** Listens to a node's mouse, wheel and keys. */
    void attach(Node target) {
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            target.requestFocus();
        });
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!e.isPrimaryButtonDown()) {
                return;
            }
            rotate(e.getSceneX() - lastX, e.getSceneY() - lastY);
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            e.consume();
        });
        target.addEventHandler(ScrollEvent.SCROLL, e -> {
            zoom(e.getDeltaY());
            e.consume();
        });
        target.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShiftDown() && key(e.getCode())) {
                e.consume();
            }
        });
    }

    private boolean key(KeyCode c) {
        switch (c) {
            case LEFT -> rotate(-10 / DEGREES_PER_PIXEL, 0);
            case RIGHT -> rotate(10 / DEGREES_PER_PIXEL, 0);
            case UP -> rotate(0, -10 / DEGREES_PER_PIXEL);
            case DOWN -> rotate(0, 10 / DEGREES_PER_PIXEL);
            case PLUS, EQUALS, ADD -> zoom(40);
            case MINUS, SUBTRACT -> zoom(-40);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Turns by a drag of (dx, dy) pixels: right turns the surface right, down tilts it towards you. */
    void rotate(double dx, double dy) {
        turn.setAngle(turn.getAngle() - dx * DEGREES_PER_PIXEL);
        tilt.setAngle(Math.max(-89, Math.min(89, tilt.getAngle() + dy * DEGREES_PER_PIXEL)));
    }

    /** Zooms by a wheel's delta: up (positive) comes closer, 10 % a notch of 40. */
    void zoom(double delta) {
        double d = distance.getZ() * Math.pow(0.9, delta / 40);
        distance.setZ(Math.max(FARTHEST, Math.min(NEAREST, d)));
    }

    /** Back to the first view. */
    void reset() {
        tilt.setAngle(TILT);
        turn.setAngle(TURN);
        distance.setZ(DISTANCE);
    }

    /** @return true while the view is the first one */
    boolean isReset() {
        return tilt.getAngle() == TILT && turn.getAngle() == TURN && distance.getZ() == DISTANCE;
    }
}

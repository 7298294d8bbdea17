package org.likelihoodlab.ui;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Parts of a layout that show only at times, and take no room while hidden (invisible and unmanaged). */
final class Visibility {

    private Visibility() {
    }

    /** Shows the grid rows that hold these controls (label, control, value) only while the condition holds. */
    static void rowsWhen(BooleanBinding when, Node... controls) {
        for (Node control : controls) {
            GridPane grid = (GridPane) control.getParent();
            for (Node n : grid.getChildren()) {
                if (row(n) == row(control)) {
                    n.visibleProperty().bind(when);
                    n.managedProperty().bind(when);
                }
            }
        }
    }

    private static int row(Node n) {
        Integer r = GridPane.getRowIndex(n);
        return r == null ? 0 : r;
    }

    /** A message label that shows the message, and takes room only while there is one. */
    static void message(Label label, StringProperty message) {
        label.textProperty().bind(message);
        label.managedProperty().bind(message.isNotEmpty());
        label.visibleProperty().bind(message.isNotEmpty());
    }
}

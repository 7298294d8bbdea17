package org.likelihoodlab.ui;

import java.util.function.Supplier;
import javafx.scene.control.Label;
import org.likelihoodlab.charts.StabilityMapFigure;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.StabilityMap;

/**
 * The cells of the stability map under the pointer: hovering one gives its numbers, clicking it
 * runs it in the window, Shift+clicking adds it to the race.
 */
final class StabilityMapCells {

    private final LabModel model;
    /** The map on screen, or null before the first. */
    private final Supplier<StabilityMapInputs.Made> made;

    /** Installs the hover and the click on {@code view}, which shows {@code figure}; the hover text goes to {@code hover}. */
    StabilityMapCells(LabModel model, ChartView view, StabilityMapFigure figure, Label hover,
            Supplier<StabilityMapInputs.Made> made) {
        this.model = model;
        this.made = made;
        view.setHover((x, y) -> {
            String text = describe(figure.cellAt(x, y));
            hover.setText(text);
            return text.isBlank() ? null : text;
        });
        // click: run the cell in the window; Shift+click: add it to the race beside the runs there
        view.setOnPick((x, y, shift) -> {
            if (shift) {
                addToRace(figure.cellAt(x, y));
            } else {
                pick(figure.cellAt(x, y));
            }
        });
    }

    /** @return a cell's numbers in one line */
    String describe(StabilityMap.Cell c) {
        StabilityMapInputs.Made made = this.made.get();
        return c == null || made == null ? " " : MapCellText.describe(made.x(), made.y(), c);
    }

    /** Runs a cell's settings in the window (the map's scenario with the cell's two values). */
    void pick(StabilityMap.Cell c) {
        StabilityMapInputs.Made made = this.made.get();
        if (c == null || made == null) {
            return;
        }
        Scenario s = made.x().apply(made.y().apply(made.scenario(), c.y()), c.x());
        model.apply(s.toBuilder().name("Map cell: " + MapCellText.name(made.x(), made.y(), c)).build());
    }

    /** Adds a cell's settings to the race as a new run (same data only: not for an n axis). */
    void addToRace(StabilityMap.Cell c) {
        StabilityMapInputs.Made made = this.made.get();
        if (c == null || made == null) {
            return;
        }
        Scenario s = made.x().apply(made.y().apply(made.scenario(), c.y()), c.x());
        model.addRun(s, MapCellText.name(made.x(), made.y(), c));
    }
}

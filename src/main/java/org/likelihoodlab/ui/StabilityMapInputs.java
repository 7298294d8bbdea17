package org.likelihoodlab.ui;

import java.util.List;
import javafx.beans.property.StringProperty;
import org.likelihoodlab.experiment.MapAxis;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.StabilityTheory;

/**
 * The inputs of the stability map: its two axis rows ({@link MapAxisControls}) and what they
 * describe for the run on screen, the map's scenario, its two axes and the theory's bounds.
 */
final class StabilityMapInputs {

    /** The inputs of a map (of the map on screen, in {@link StabilityPane}). */
    record Made(Scenario scenario, MapAxis x, MapAxis y, List<StabilityTheory.Curve> curves) {
    }

    final MapAxisControls xAxis;
    final MapAxisControls yAxis;

    /**
     * The axes start on a range that suits the run on screen and follow it when their setting
     * changes; {@code changed} runs after such a change.
     */
    StabilityMapInputs(LabModel model, StringProperty message, Runnable changed) {
        xAxis = new MapAxisControls("x", MapAxis.Setting.LR, message);
        yAxis = new MapAxisControls("y", MapAxis.Setting.SIGMA0, message);
        Snapshot shown = model.snapshot();
        if (shown != null && shown.scenario().optimizer().hasMomentum()) {
            yAxis.setting.setValue(MapAxis.Setting.BETA);
        }
        xAxis.suggest(shown);
        yAxis.suggest(shown);
        xAxis.setting.valueProperty().addListener((o, a, b) -> {
            xAxis.suggest(model.snapshot());
            changed.run();
        });
        yAxis.setting.valueProperty().addListener((o, a, b) -> {
            yAxis.suggest(model.snapshot());
            changed.run();
        });
    }

    /**
     * @return the map the axis fields describe for the run on screen, with the theory's bounds
     * @throws IllegalArgumentException naming a field that is not valid, or two axes of one setting
     */
    Made read(Snapshot shown) {
        Scenario s = shown.scenario();
        MapAxis x = xAxis.axis();
        MapAxis y = yAxis.axis();
        if (x.setting() == y.setting()) {
            throw new IllegalArgumentException("the two axes vary the same setting");
        }
        for (MapAxis a : new MapAxis[] {x, y}) {
            a.apply(s, a.values()[0]);
            a.apply(s, a.values()[a.count() - 1]);
        }
        boolean nAxis = x.setting() == MapAxis.Setting.N || y.setting() == MapAxis.Setting.N;
        return new Made(s, x, y, nAxis ? List.of() : StabilityTheory.curves(s, shown.data(), x, y));
    }
}

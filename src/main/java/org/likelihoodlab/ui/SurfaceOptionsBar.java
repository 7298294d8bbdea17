package org.likelihoodlab.ui;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.likelihoodlab.math.Surfaces;

/**
 * The options bar above the 1-D log-likelihood surface: the coordinates of the surface (a
 * ComboBox) and its check boxes, passed to the {@link ChartPainter} whenever one changes.
 */
final class SurfaceOptionsBar extends HBox {

    SurfaceOptionsBar(LabModel model, ChartPainter painter) {
        super(12);
        ComboBox<Surfaces.Scale> scale = new ComboBox<>(FXCollections.observableArrayList(Surfaces.Scale.values()));
        scale.setId("surfaceScale");
        scale.setValue(Surfaces.Scale.SIGMA);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Surfaces.Scale s) {
                return s == null ? "" : "(\u03bc, " + s.label() + ")";
            }

            @Override
            public Surfaces.Scale fromString(String s) {
                return null;
            }
        });
        scale.setTooltip(new Tooltip("The coordinates of the surface: the same likelihood, differently conditioned"));
        CheckBox own = option("surfaceOwn", "Run's own coordinates",
                "Show the surface in the coordinates the optimizer moves in");
        CheckBox log = option("surfaceLog", "log \u03c3 axis", "A logarithmic \u03c3 axis (with the (\u03bc, \u03c3) coordinates)");
        CheckBox lock = option("surfaceLock", "Fix axes", "Keep the current axis ranges instead of following the path");
        CheckBox natural = option("surfaceNatural", "Natural-gradient arrow", "Also show where a natural-gradient step would go");
        natural.setSelected(true);
        CheckBox regions = option("surfaceRegions", "95 % regions", "The likelihood-ratio and Wald 95 % confidence regions of "
                + "(\u03bc, \u03c3), with the standard errors under the chart");
        Runnable apply = () -> {
            Surfaces.Scale sc = own.isSelected() ? Surfaces.Scale.of(model.param.get()) : scale.getValue();
            if (own.isSelected() && scale.getValue() != sc) {
                scale.setValue(sc);
            }
            log.setDisable(sc != Surfaces.Scale.SIGMA);
            painter.setSurfaceOptions(new ChartPainter.SurfaceOptions(sc, log.isSelected() && sc == Surfaces.Scale.SIGMA,
                    lock.isSelected(), natural.isSelected(), regions.isSelected()));
        };
        scale.valueProperty().addListener((o, a, b) -> apply.run());
        own.selectedProperty().addListener((o, a, b) -> {
            scale.setDisable(b);
            apply.run();
        });
        for (CheckBox c : new CheckBox[] {log, lock, natural, regions}) {
            c.selectedProperty().addListener((o, a, b) -> apply.run());
        }
        model.param.addListener((o, a, b) -> apply.run());
        getChildren().addAll(new Label("Coordinates"), scale, own, log, lock, natural, regions);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 4, 0, 4));
    }

    private static CheckBox option(String id, String text, String tip) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setTooltip(new Tooltip(tip));
        return c;
    }
}

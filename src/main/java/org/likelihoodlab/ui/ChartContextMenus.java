package org.likelihoodlab.ui;

import org.likelihoodlab.charts.ChartSlot;

/** The context menu of each chart: save as PNG (2x), SVG or PDF, copy to the clipboard, zoom to fit, export its data. */
final class ChartContextMenus {

    private ChartContextMenus() {
    }

    /** Installs each chart's context menu on its cell of {@code charts}. */
    static void install(ChartsPane charts, ChartTouch touch,
            java.util.function.BiConsumer<ChartSlot, org.likelihoodlab.charts.Figures.Format> save,
            java.util.function.Consumer<ChartSlot> copy, java.util.function.Consumer<ChartSlot> data) {
        for (int i = 0; i < ChartPainter.SLOTS; i++) {
            ChartSlot slot = ChartSlot.values()[i];
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
            for (org.likelihoodlab.charts.Figures.Format f : org.likelihoodlab.charts.Figures.Format.values()) {
                javafx.scene.control.MenuItem m = new javafx.scene.control.MenuItem("Save as " + f.name() + "\u2026");
                m.setOnAction(e -> save.accept(slot, f));
                menu.getItems().add(m);
            }
            javafx.scene.control.MenuItem c = new javafx.scene.control.MenuItem("Copy to clipboard");
            c.setOnAction(e -> copy.accept(slot));
            javafx.scene.control.MenuItem fit = new javafx.scene.control.MenuItem("Zoom to fit");
            fit.setOnAction(e -> touch.zoom(slot, null));
            fit.setId(slot.id() + "ZoomToFit");
            javafx.scene.control.MenuItem csv = new javafx.scene.control.MenuItem("Export data (CSV)\u2026");
            csv.setOnAction(e -> data.accept(slot));
            menu.getItems().addAll(c, new javafx.scene.control.SeparatorMenuItem(), fit, csv);
            charts.cell(slot).setOnContextMenuRequested(e -> menu.show(charts.cell(slot), e.getScreenX(), e.getScreenY()));
        }
    }
}

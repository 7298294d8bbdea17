package org.likelihoodlab.ui;

import javafx.scene.control.Tab;

/**
 * The tabs of {@link ChartsPane} whose views are made when the tab is first opened (or asked for),
 * so nobody waits for them at start: the learning-rate sweep, the stability map, the update map and
 * the 3-D surface.
 */
final class LazyViewTabs {

    private final LabModel model;
    final Tab sweepTab;
    /** Made when its tab is first opened (or asked for): nobody waits for it at start. */
    private SweepPane sweep;
    final Tab stabilityTab;
    /** Made when its tab is first opened, as the sweep. */
    private StabilityPane stability;
    final Tab updateMapTab;
    /** Made when its tab is first opened; follows the run while its tab is shown. */
    private UpdateMapPane updateMap;
    final Tab surface3dTab = new Tab("3-D surface");
    /** Made when its tab is first opened; follows the run while its tab is shown. */
    private Surface3DPane surface3d;
    private org.likelihoodlab.charts.ChartStyle style;

    LazyViewTabs(LabModel model) {
        this.model = model;
        sweepTab = new Tab("Learning-rate sweep");
        sweepTab.setId("sweepTab");
        stabilityTab = new Tab("Stability map");
        stabilityTab.setId("stabilityTab");
        updateMapTab = new Tab("Update map");
        updateMapTab.setId("updateMapTab");
        surface3dTab.setId("surface3dTab");
    }

    /** A tab was selected: if it is one of these, its view is made (if not yet) and brought up to date. */
    void selected(Tab b) {
        if (b == sweepTab) {
            sweep();
        }
        if (b == stabilityTab) {
            stability();
        }
        if (b == updateMapTab) {
            updateMap().refresh(true);
        }
        if (b == surface3dTab) {
            surface3d().follow(model.snapshot());
        }
    }

    /** Once a frame: the 3-D surface follows the run while its tab is shown. */
    void frame(Snapshot s) {
        if (surface3d != null && surface3dTab.isSelected()) {
            surface3d.follow(s);
        }
    }

    /** @return the sweep view, made on first use */
    SweepPane sweep() {
        if (sweep == null) {
            sweep = new SweepPane(model);
            if (style != null) {
                sweep.setStyle(style);
            }
            sweepTab.setContent(sweep);
        }
        return sweep;
    }

    /** @return the stability map view, made on first use */
    StabilityPane stability() {
        if (stability == null) {
            stability = new StabilityPane(model);
            if (style != null) {
                stability.setStyle(style);
            }
            stabilityTab.setContent(stability);
        }
        return stability;
    }

    /** @return the update map view, made on first use */
    UpdateMapPane updateMap() {
        if (updateMap == null) {
            updateMap = new UpdateMapPane(model, updateMapTab::isSelected);
            if (style != null) {
                updateMap.setStyle(style);
            }
            updateMapTab.setContent(updateMap);
        }
        return updateMap;
    }

    /** @return the 3-D surface view, made on first use */
    Surface3DPane surface3d() {
        if (surface3d == null) {
            surface3d = new Surface3DPane(model);
            surface3dTab.setContent(surface3d);
        }
        return surface3d;
    }

    /** The chart style, for the views made and those still to be made. */
    void setStyle(org.likelihoodlab.charts.ChartStyle style) {
        this.style = style;
        if (sweep != null) {
            sweep.setStyle(style);
        }
        if (stability != null) {
            stability.setStyle(style);
        }
        if (updateMap != null) {
            updateMap.setStyle(style);
        }
    }
}

package org.likelihoodlab.ui;

import java.awt.Color;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.likelihoodlab.charts.Palette;
import org.likelihoodlab.experiment.Race;
import org.likelihoodlab.experiment.Scenario;

/**
 * One run of the window's race: its settings, its name, its colour and whether the charts show
 * it. The name follows the settings ("gd α=0.1, (μ, σ)") until the user gives it one.
 */
public final class RaceRun {

    private final int colour;
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    /** Whether the charts draw this run (it keeps running while hidden). */
    public final BooleanProperty visible = new SimpleBooleanProperty(true);
    private boolean named;
    private Scenario scenario;

    /**
     * @param scenario its settings
     * @param label its name ({@code null} or blank: made from the settings, and kept up to date)
     * @param colour its slot in {@link Palette#race(int)}
     */
    RaceRun(Scenario scenario, String label, int colour) {
        this.colour = colour;
        this.scenario = scenario;
        rename(label);
    }

    /** @return the run's name */
    public String label() {
        return label.get();
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** Gives the run a name; a blank one makes it follow the settings again. */
    public void rename(String name) {
        named = name != null && !name.isBlank();
        label.set(named ? name.strip() : Race.describe(scenario));
    }

    /** @return true if the user named the run (its name no longer follows the settings) */
    public boolean named() {
        return named;
    }

    /** @return the colour slot (0 to 5) */
    public int colourSlot() {
        return colour;
    }

    /** @return the run's colour on every chart */
    public Color colour() {
        return Palette.race(colour);
    }

    /** @return the run's colour as a CSS colour ("#0072b2") */
    public String cssColour() {
        Color c = colour();
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** @return its settings as last stored (the selected run's live settings are the window's) */
    public Scenario scenario() {
        return scenario;
    }

    /** Stores its settings; an unnamed run's name follows them. */
    void setScenario(Scenario s) {
        scenario = s;
        if (!named) {
            label.set(Race.describe(s));
        }
    }

    /** @return the run as an entry of a race file */
    Race.Entry toEntry() {
        return new Race.Entry(named ? label.get() : "", scenario);
    }
}

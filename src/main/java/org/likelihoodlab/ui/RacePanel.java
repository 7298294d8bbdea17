package org.likelihoodlab.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.likelihoodlab.experiment.Comparison;
import org.likelihoodlab.experiment.Race;

/**
 * The race's runs at the top of the control panel: one line per run (its colour, show/hide, its
 * name and a remove button); the selected run's name is editable and the controls below edit its
 * settings. "Add run" copies the selected run; "Add with a change" copies it with one change.
 */
final class RacePanel extends TitledPane {

    private final LabModel model;
    private final VBox cards = new VBox(3);
    private final Button add = new Button("+ Add run");
    private final MenuButton addChanged = new MenuButton("+ with a change");
    private final Label hint = new Label();

    RacePanel(LabModel model) {
        this.model = model;
        setText("Runs");
        setId("racePanel");
        setAnimated(false);
        add.setId("addRun");
        add.setTooltip(new Tooltip("Race another run on the same data: a copy of the selected run (Ctrl+R); "
                + "one play button drives all"));
        add.setOnAction(e -> model.addRun());
        addChanged.setId("addRunWithChange");
        for (Comparison c : Comparison.values()) {
            MenuItem item = new MenuItem(c.label());
            item.setOnAction(e -> model.addRun(c));
            addChanged.getItems().add(item);
        }
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox buttons = new HBox(6, add, addChanged);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, cards, buttons, hint);
        setContent(box);
        RaceRoster roster = model.roster();
        roster.runs().addListener((ListChangeListener<RaceRun>) c -> rebuild());
        roster.selectedProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        RaceRoster roster = model.roster();
        cards.getChildren().clear();
        for (RaceRun r : roster.runs()) {
            cards.getChildren().add(card(r, r == roster.selected(), roster.size() > 1));
        }
        boolean full = !roster.canAdd();
        add.setDisable(full);
        addChanged.setDisable(full);
        if (roster.selected() == null) {
            hint.setText("");
            return;
        }
        hint.setText(roster.size() == 1 ? "Add a run to race it against this one on the same data."
                : full ? "A race holds at most " + Race.MAX_RUNS + " runs." : "The settings below are those of the "
                + "selected run (" + roster.selected().label() + ").");
        setText(roster.size() == 1 ? "Runs" : "Runs (" + roster.size() + " racing)");
    }

    private HBox card(RaceRun r, boolean selected, boolean removable) {
        Rectangle swatch = new Rectangle(14, 14, javafx.scene.paint.Color.web(r.cssColour()));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        CheckBox shown = new CheckBox();
        shown.setSelected(r.visible.get());
        shown.selectedProperty().bindBidirectional(r.visible);
        shown.setTooltip(new Tooltip("Show this run on the charts (it keeps running while hidden)"));
        shown.getStyleClass().add("race-visible");
        HBox card = new HBox(6, swatch, shown);
        card.setAlignment(Pos.CENTER_LEFT);
        card.setPadding(new Insets(2, 4, 2, 4));
        card.getStyleClass().add("race-card");
        if (selected) {
            card.getStyleClass().add("selected");
            TextField name = new TextField(r.label());
            name.getStyleClass().add("race-name");
            name.setPromptText("name (empty: from the settings)");
            name.setTooltip(new Tooltip("The run's name in the legend and the leaderboard; Enter to keep it"));
            name.setOnAction(e -> {
                r.rename(name.getText());
                name.setText(r.label());
            });
            name.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    r.rename(name.getText().equals(r.label()) && !r.named() ? "" : name.getText());
                    name.setText(r.label());
                }
            });
            r.labelProperty().addListener((o, a, b) -> {
                if (!name.isFocused()) {
                    name.setText(b);
                }
            });
            HBox.setHgrow(name, Priority.ALWAYS);
            card.getChildren().add(name);
        } else {
            Label name = new Label();
            name.textProperty().bind(r.labelProperty());
            name.getStyleClass().add("race-name");
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setTooltip(new Tooltip("Click to edit this run's settings"));
            card.getChildren().add(name);
            card.setOnMouseClicked(e -> model.select(r));
        }
        if (removable) {
            Button remove = new Button("\u00d7");
            remove.getStyleClass().add("race-remove");
            remove.setTooltip(new Tooltip("Remove this run from the race (the others go on)"));
            remove.setOnAction(e -> model.removeRun(r));
            card.getChildren().add(remove);
        }
        card.setUserData(r);
        return card;
    }
}

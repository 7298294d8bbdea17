package org.likelihoodlab.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The controller of the window's layout, {@code LabWindow.fxml}: puts the parts drawn by code in
 * their places and binds the explanation to the view model. The menus and the control panel
 * have controllers of their own (included FXML).
 */
final class LabWindowController {

    @FXML private ScrollPane controlScroll;
    @FXML private ControlPanel controlPanelController;
    @FXML private LabMenus menuBarController;
    @FXML private VBox explanation;
    @FXML private Label presetTitle;
    @FXML private javafx.scene.control.Hyperlink explanationToggle;
    private final javafx.beans.property.BooleanProperty textFolded = new javafx.beans.property.SimpleBooleanProperty();
    /** In lesson mode the narration takes the place of the preset's text. */
    private final javafx.beans.property.BooleanProperty inLesson = new javafx.beans.property.SimpleBooleanProperty();
    @FXML private TextFlow explanationFlow;
    @FXML private Text explanationLabel;
    @FXML private Pane diagnosisSlot;
    @FXML private Pane chartsSlot;
    @FXML private Pane timelineSlot;
    @FXML private Pane statusBarSlot;
    @FXML private Pane racePanelSlot;
    @FXML private Pane leaderboardSlot;
    private Leaderboard leaderboard;

    /** Loads the layout into the window (its root) and returns its controller. */
    static LabWindowController load(LabWindow window) {
        return Fxml.load("LabWindow.fxml", window, null).getController();
    }

    ScrollPane controlScroll() {
        return controlScroll;
    }

    ControlPanel controls() {
        return controlPanelController;
    }

    LabMenus menus() {
        return menuBarController;
    }

    /** Puts the diagnosis, the charts and the status line in their places, and shows the preset's text. */
    void bind(LabModel model, ChartsPane charts) {
        DiagnosisPane diagnosis = new DiagnosisPane(model);
        presetTitle.textProperty().bind(javafx.beans.binding.Bindings.when(model.modifiedProperty())
                .then(model.name.concat(" (modified)")).otherwise(model.name));
        explanationLabel.textProperty().bind(model.explanation);
        // the preset's text stays when a diagnosis comes (that shows under the charts, so nothing above
        // them moves mid-run); the link folds it away for room, and back
        explanationFlow.visibleProperty().bind(textFolded.not());
        explanationToggle.visibleProperty().bind(model.explanation.isNotEmpty());
        explanationToggle.managedProperty().bind(explanationToggle.visibleProperty());
        explanationToggle.textProperty().bind(javafx.beans.binding.Bindings.when(textFolded)
                .then("Show the preset's text").otherwise("Hide the preset's text"));
        explanationToggle.setOnAction(e -> {
            textFolded.set(!textFolded.get());
            explanationToggle.setVisited(false);
        });
        explanationFlow.managedProperty().bind(explanationFlow.visibleProperty());
        explanation.visibleProperty().bind(model.explanation.isNotEmpty().or(model.name.isNotEmpty())
                .and(inLesson.not()));
        explanation.managedProperty().bind(explanation.visibleProperty());
        put(diagnosisSlot, diagnosis);
        put(chartsSlot, charts);
        put(timelineSlot, new TimelineBar(model.timeline()));
        // the texts wrap to the charts' width
        explanation.maxWidthProperty().bind(charts.widthProperty());
        explanation.prefWidthProperty().bind(charts.widthProperty());
        diagnosis.maxWidthProperty().bind(charts.widthProperty());
        diagnosis.prefWidthProperty().bind(charts.widthProperty());
        put(statusBarSlot, new StatusBar(model));
        put(racePanelSlot, new RacePanel(model));
        leaderboard = new Leaderboard(model);
        put(leaderboardSlot, leaderboard);
    }

    /**
     * Folds the preset's text away when presentation mode comes on (large text leaves no room for
     * it beside the charts) and unfolds it when it goes off; the link still toggles it in between.
     */
    void foldTextWhen(javafx.beans.value.ObservableBooleanValue presentation) {
        presentation.addListener((o, was, on) -> textFolded.set(on));
        textFolded.set(presentation.get());
    }

    /** Hides the preset's title and text while a lesson plays (its narration says what to watch). */
    void hideExplanationWhile(javafx.beans.value.ObservableBooleanValue lesson) {
        inLesson.bind(lesson);
    }

    Leaderboard leaderboard() {
        return leaderboard;
    }

    /** Replaces a placeholder of the FXML by the part, which takes over its layout constraints. */
    private static void put(Node placeholder, Node part) {
        part.getProperties().putAll(placeholder.getProperties());
        if (placeholder.getParent() instanceof BorderPane b && b.getBottom() == placeholder) {
            b.setBottom(part);
        } else {
            List<Node> children = ((Pane) placeholder.getParent()).getChildren();
            children.set(children.indexOf(placeholder), part);
        }
    }
}

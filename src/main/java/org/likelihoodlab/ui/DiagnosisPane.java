package org.likelihoodlab.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.likelihoodlab.experiment.Diagnosis;

/**
 * Appears when the run diverged, oscillates or crawls: what happened, why, and two or three fixes
 * as buttons that apply and rerun, so before and after are one click apart.
 */
final class DiagnosisPane extends VBox {

    private final Label title = new Label();
    private final Text text = new Text();
    private final javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6);
    private Diagnosis shown;

    DiagnosisPane(LabModel model) {
        setId("diagnosisPane");
        getStyleClass().add("diagnosis");
        setSpacing(4);
        setMinWidth(0);
        setPrefWidth(100);
        title.getStyleClass().add("title-text");
        title.setId("diagnosisTitle");
        text.setId("diagnosisText");
        TextFlow flow = new TextFlow(text);
        flow.setMinWidth(0);
        flow.setPrefWidth(100);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // the fixes wrap only when the pane is too narrow for them side by side
        buttons.prefWrapLengthProperty().bind(widthProperty().subtract(24));
        getChildren().addAll(title, flow, buttons);
        setVisible(false);
        setManaged(false);
        model.snapshotProperty().addListener((o, a, s) -> {
            Diagnosis d = s == null ? null : s.diagnosis();
            boolean problem = d != null && (d.kind() == org.likelihoodlab.experiment.Outcome.DIVERGED || d.kind() == org.likelihoodlab.experiment.Outcome.OSCILLATING
                    || d.kind() == org.likelihoodlab.experiment.Outcome.CRAWLING);
            setVisible(problem);
            setManaged(problem);
            if (problem && !same(d, shown)) {
                show(d, model);
            }
            shown = problem ? d : null;
        });
    }

    private static boolean same(Diagnosis a, Diagnosis b) {
        return b != null && a.kind() == b.kind() && a.text().equals(b.text());
    }

    private void show(Diagnosis d, LabModel model) {
        title.setText(d.kind() == org.likelihoodlab.experiment.Outcome.DIVERGED ? "Why the run broke"
                : d.kind() == org.likelihoodlab.experiment.Outcome.OSCILLATING ? "The run does not settle"
                : "The run crawls");
        getStyleClass().removeAll("diverged", "oscillating", "crawling");
        getStyleClass().add(d.kind().name().toLowerCase(java.util.Locale.ROOT));
        text.setText(d.text());
        buttons.getChildren().clear();
        List<Diagnosis.Fix> fixes = d.fixes();
        // only fixes that were run and did better are offered; with none, no empty "Try:" row
        buttons.setVisible(!fixes.isEmpty());
        buttons.setManaged(!fixes.isEmpty());
        if (!fixes.isEmpty()) {
            buttons.getChildren().add(new Label("Try:"));
        }
        for (int i = 0; i < fixes.size(); i++) {
            Diagnosis.Fix f = fixes.get(i);
            Button b = new Button(f.label());
            b.setId("fix" + i);
            b.setTooltip(new Tooltip("Apply this change and run again from the start"));
            b.setOnAction(e -> {
                // the new run says what changed, and keeps the old diagnosis for comparison
                String was = model.name.get().isEmpty() ? "the previous run" : model.name.get();
                model.apply(f.scenario().toBuilder().name("Fix: " + f.label())
                        .explanation("Before this fix (" + was + "): " + d.text()).build());
            });
            buttons.getChildren().add(b);
        }
    }
}

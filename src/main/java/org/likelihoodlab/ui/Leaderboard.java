package org.likelihoodlab.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Circle;
import org.likelihoodlab.experiment.Convergence;
import org.likelihoodlab.experiment.Outcome;

/**
 * Who wins the race: a row per run with its status (converged at k, diverged at k: why,
 * oscillating, crawling), the step it converged at, its log-likelihood and distance to the MLE
 * now, and its step count. Sortable by any column; clicking a row selects that run. Shown only
 * while two or more runs race.
 */
final class Leaderboard extends TableView<Leaderboard.Row> {

    /** One run's line; immutable, replaced when its numbers change. */
    record Row(RaceRun run, int position, String status, long convergedAt, double logLik, double distance, long step,
            org.likelihoodlab.experiment.OutcomeClassifier.Verdict verdict) {

        /** @return the row as the CSV export writes it, a line of {@code race}'s summary.csv */
        String csv() {
            return org.likelihoodlab.io.RaceSummary.line(position, run.label(), verdict, logLik, distance);
        }
    }

    private final LabModel model;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private boolean selecting;

    Leaderboard(LabModel model) {
        this.model = model;
        setId("leaderboard");
        getStyleClass().add("leaderboard");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setFixedCellSize(22);
        setPlaceholder(new javafx.scene.control.Label("No runs"));
        TableColumn<Row, RaceRun> name = new TableColumn<>("Run");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().run()));
        name.setComparator((a, b) -> a.label().compareToIgnoreCase(b.label()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RaceRun r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(r.label());
                    setGraphic(new Circle(6, javafx.scene.paint.Color.web(r.cssColour())));
                }
            }
        });
        name.setPrefWidth(220);
        getColumns().add(name);
        getColumns().add(column("Status", Row::status, 240));
        TableColumn<Row, Long> conv = column("Converged at step", Row::convergedAt, 110);
        conv.setCellFactory(c -> text(v -> v < 0 ? "\u2013" : Long.toString(v)));
        getColumns().add(conv);
        TableColumn<Row, Double> ll = column("\u2113 now", Row::logLik, 100);
        ll.setCellFactory(c -> text(StatusBar::num));
        getColumns().add(ll);
        TableColumn<Row, Double> dist = column("Distance to MLE", Row::distance, 110);
        dist.setCellFactory(c -> text(v -> String.format(Locale.ROOT, "%.3g", v)));
        getColumns().add(dist);
        getColumns().add(column("Step", Row::step, 80));
        javafx.collections.transformation.SortedList<Row> sorted = new javafx.collections.transformation.SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        // a click on a row makes that run the one the controls edit (the rows are replaced as the
        // numbers change, so the click, not the table's selection, says which run was meant)
        setRowFactory(t -> {
            javafx.scene.control.TableRow<Row> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (row.getItem() != null) {
                    model.select(row.getItem().run());
                }
            });
            return row;
        });
        model.snapshotsProperty().addListener((o, a, list) -> refresh(list));
        model.roster().runs().addListener((javafx.collections.ListChangeListener<RaceRun>) c -> refresh(
                model.snapshotsProperty().get()));
        model.roster().selectedProperty().addListener((o, a, b) -> markSelected());
        visibleProperty().bind(javafx.beans.binding.Bindings.size(model.roster().runs()).greaterThan(1));
        managedProperty().bind(visibleProperty());
        // room for every run up to six, then it scrolls
        prefHeightProperty().bind(javafx.beans.binding.Bindings.size(model.roster().runs()).multiply(22).add(30));
        // its rows are not shrunk away when the window is short: the charts give way
        minHeightProperty().bind(prefHeightProperty());
        setMaxHeight(30 + 22 * 6);
    }

    private static <T> TableColumn<Row, T> column(String title, java.util.function.Function<Row, T> value, double width) {
        TableColumn<Row, T> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableCell<Row, T> text(java.util.function.Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v));
            }
        };
    }

    /** Replaces the rows whose numbers changed (not every frame: only when a snapshot list is new). */
    private void refresh(List<Snapshot> list) {
        List<RaceRun> runs = model.roster().runs();
        if (list == null || list.size() != runs.size()) {
            return;
        }
        selecting = true;
        try {
            for (int i = 0; i < runs.size(); i++) {
                Row r = row(runs.get(i), i + 1, list.get(i));
                if (i < rows.size()) {
                    if (!rows.get(i).equals(r)) {
                        rows.set(i, r);
                    }
                } else {
                    rows.add(r);
                }
            }
            if (rows.size() > runs.size()) {
                rows.remove(runs.size(), rows.size());
            }
        } finally {
            selecting = false;
        }
        markSelected();
    }

    private void markSelected() {
        selecting = true;
        try {
            for (Row r : getItems()) {
                if (r.run() == model.roster().selected()) {
                    getSelectionModel().select(r);
                }
            }
        } finally {
            selecting = false;
        }
    }

    static Row row(RaceRun run, int position, Snapshot s) {
        return new Row(run, position, status(s), s.convergedAt(), s.logLik(), Convergence.distance(s.reported(), s.mle()),
                s.step(), s.verdict());
    }

    /** @return "converged at step k", "diverged at step k: why", "oscillating", "crawling" or "running" */
    static String status(Snapshot s) {
        if (s.state() == RunState.DIVERGED) {
            return "diverged at step " + s.divergedAt() + ": " + s.reason();
        }
        Outcome o = s.verdict().outcome();
        switch (o) {
            case CONVERGED:
                return "converged at step " + s.convergedAt();
            case OSCILLATING:
            case CRAWLING:
                return o.cliName();
            default:
                return s.state() == RunState.FINISHED ? "unfinished" : s.state().text();
        }
    }

    /** @return the leaderboard as CSV, in race order: run,label,status,step,final_loglik,distance */
    String csv() {
        StringBuilder b = new StringBuilder(org.likelihoodlab.io.RaceSummary.HEADER).append('\n');
        for (Row r : rows) {
            b.append(r.csv()).append('\n');
        }
        return b.toString();
    }

    /** @return the rows in race order (for tests) */
    List<Row> rows() {
        return List.copyOf(rows);
    }
}

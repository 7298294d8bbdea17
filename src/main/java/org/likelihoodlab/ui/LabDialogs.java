package org.likelihoodlab.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import org.likelihoodlab.charts.Figures;

/**
 * The menus' dialogs: export a figure, write an animated GIF (with its progress), the keyboard
 * shortcuts. Each dialog's pane (content and buttons) is an FXML file; a small form class per
 * dialog holds its fields.
 */
final class LabDialogs {

    private final LabWindow window;

    LabDialogs(LabWindow window) {
        this.window = window;
    }

    /** A dialog with its title, its pane from the FXML, the form's fields filled in. */
    private Dialog<ButtonType> dialog(String title, String fxml, Object form) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        d.setDialogPane((DialogPane) Fxml.load(fxml, null, form).getRoot());
        if (window.window() != null) {
            d.initOwner(window.window());
        }
        return d;
    }

    /** Help \u2192 Keyboard shortcuts: every shortcut in a table. */
    Dialog<ButtonType> shortcuts() {
        Dialog<ButtonType> d = dialog("Keyboard shortcuts", "ShortcutsDialog.fxml", null);
        d.show();
        return d;
    }

    // ---- figure ---- //

    /** The fields of {@code ExportFigureDialog.fxml}. */
    static final class FigureForm {
        @FXML ComboBox<Figures.Kind> figureKind;
        @FXML ComboBox<Figures.Format> figureFormat;
        @FXML ComboBox<Integer> pngScale;
        @FXML javafx.scene.control.CheckBox figureCaption;
    }

    /** File \u2192 Export \u2192 Figure: asks which figure and format, then where. */
    void exportFigure() {
        FigureForm form = new FigureForm();
        Dialog<ButtonType> d = dialog("Export figure", "ExportFigureDialog.fxml", form);
        ComboBox<Figures.Kind> kind = form.figureKind;
        kind.getItems().setAll(Figures.Kind.values());
        if (window.model().dim.get() == 1) {
            kind.getItems().remove(Figures.Kind.ELLIPSE);
        }
        kind.setValue(Figures.Kind.DASHBOARD);
        ComboBox<Figures.Format> format = form.figureFormat;
        format.getItems().setAll(Figures.Format.values());
        format.setValue(Figures.Format.PNG);
        form.pngScale.disableProperty().bind(format.valueProperty().isNotEqualTo(Figures.Format.PNG));
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            String ext = format.getValue().name().toLowerCase(java.util.Locale.ROOT);
            File f = window.chooseSave("Export figure", kind.getValue().cliName() + "." + ext,
                    format.getValue().name() + " (*." + ext + ")", "*." + ext);
            if (f != null) {
                window.exportFigure(kind.getValue(), format.getValue(), form.pngScale.getValue(),
                        form.figureCaption.isSelected(), f.toPath());
            }
        });
    }

    // ---- GIF ---- //

    /** The fields of {@code GifDialog.fxml}. */
    static final class GifForm {
        @FXML ComboBox<Figures.Kind> gifKind;
        @FXML Spinner<Integer> gifFrames;
        @FXML Spinner<Integer> gifFps;
        @FXML Spinner<Integer> gifWidth;
        @FXML Spinner<Integer> gifHeight;
        @FXML javafx.scene.control.CheckBox gifCaption;
    }

    /** File \u2192 Export \u2192 Animated GIF: asks for the figure, frames and size, then where. */
    void gif() {
        GifForm form = new GifForm();
        Dialog<ButtonType> d = dialog("Animated GIF", "GifDialog.fxml", form);
        ComboBox<Figures.Kind> kind = form.gifKind;
        kind.getItems().setAll(Figures.Kind.values());
        if (window.model().dim.get() == 1) {
            kind.getItems().remove(Figures.Kind.ELLIPSE);
        }
        kind.setValue(window.model().dim.get() == 1 ? Figures.Kind.SURFACE : Figures.Kind.ELLIPSE);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            File f = window.chooseSave("Animated GIF", "run.gif", "GIF (*.gif)", "*.gif");
            if (f != null) {
                gifProgress(kind.getValue(), form.gifFrames.getValue(), form.gifFps.getValue(),
                        form.gifWidth.getValue(), form.gifHeight.getValue(), form.gifCaption.isSelected(), f.toPath());
            }
        });
    }

    /** The fields of {@code GifProgressDialog.fxml}. */
    static final class GifProgressForm {
        @FXML Label gifFramesDone;
        @FXML ProgressBar gifProgress;
    }

    /** Writes the GIF in the background with a progress bar and a cancel button. */
    void gifProgress(Figures.Kind kind, int frames, int fps, int w, int h, boolean caption, Path file) {
        GifProgressForm form = new GifProgressForm();
        Dialog<ButtonType> d = dialog("Writing " + file.getFileName(), "GifProgressDialog.fxml", form);
        Label label = form.gifFramesDone;
        ProgressBar bar = form.gifProgress;
        label.setText("0 / " + frames + " frames");
        var cancel = window.exportGif(kind, frames, fps, w, h, caption, file, done -> Platform.runLater(() -> {
            bar.setProgress((double) done / frames);
            label.setText(done + " / " + frames + " frames");
        }), () -> {
            d.setResult(ButtonType.CLOSE);
            d.close();
        });
        d.setOnCloseRequest(e -> cancel.set(true));
        d.show();
    }
}

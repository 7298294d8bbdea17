package org.likelihoodlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;

/**
 * Loads the window's FXML layouts (resources next to this class). The controllers are package
 * private, so this loader makes them (FXMLLoader itself only can call public constructors); an
 * included layout's controller is made the same way.
 */
final class Fxml {

    private Fxml() {
    }

    /**
     * @param name the FXML file, e.g. {@code "LabWindow.fxml"}
     * @param root the root for an {@code fx:root} layout, or {@code null}
     * @param controller the controller for a layout without {@code fx:controller}, or {@code null}
     * @return the loader, with the loaded root and controller
     */
    static FXMLLoader load(String name, Object root, Object controller) {
        FXMLLoader loader = new FXMLLoader(Fxml.class.getResource(name));
        loader.setRoot(root);
        if (controller != null) {
            loader.setController(controller);
        }
        loader.setControllerFactory(Fxml::controller);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the layout " + name, e);
        }
        return loader;
    }

    private static Object controller(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make the controller " + type.getName(), e);
        }
    }
}

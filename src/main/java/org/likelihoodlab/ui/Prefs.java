package org.likelihoodlab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * What the window remembers between sessions ({@code java.util.prefs}): size, theme, text size,
 * the last scenario and the recent files. The node can be changed with the system property
 * {@code likelihoodlab.prefs} (tests use their own).
 */
final class Prefs {

    static final int RECENT = 8;
    private final Preferences node;

    Prefs() {
        this(System.getProperty("likelihoodlab.prefs", "likelihoodlab"));
    }

    Prefs(String name) {
        node = Preferences.userRoot().node(name);
    }

    double get(String key, double def) {
        return node.getDouble(key, def);
    }

    boolean get(String key, boolean def) {
        return node.getBoolean(key, def);
    }

    void put(String key, double v) {
        node.putDouble(key, v);
    }

    void put(String key, boolean v) {
        node.putBoolean(key, v);
    }

    /** @return the last scenario file, if it still exists */
    Path lastScenario() {
        String s = node.get("lastScenario", "");
        if (s.isEmpty()) {
            return null;
        }
        Path p = Path.of(s);
        return Files.isRegularFile(p) ? p : null;
    }

    /** Remembers a scenario file as the last one and at the top of the recent files. */
    void opened(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        node.put("lastScenario", abs.toString());
        List<String> list = new ArrayList<>(recentStrings());
        list.remove(abs.toString());
        list.add(0, abs.toString());
        while (list.size() > RECENT) {
            list.remove(list.size() - 1);
        }
        node.put("recent", String.join("\n", list));
    }

    /** @return the recent scenario files that still exist, newest first */
    List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (String s : recentStrings()) {
            Path p = Path.of(s);
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private List<String> recentStrings() {
        String s = node.get("recent", "");
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    void clear() {
        try {
            node.clear();
        } catch (java.util.prefs.BackingStoreException e) {
            // nothing remembered either way
        }
    }
}

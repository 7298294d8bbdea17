package org.likelihoodlab.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.io.ScenarioJson;

/**
 * The presets shipped in {@code resources/presets/} (on the class path as {@code presets/}), in
 * the order of {@code index.txt}. Their data files are read from the same place, also from
 * inside the jar.
 */
public final class Presets {

    private Presets() {
    }

    /** @return the preset file names in menu order */
    public static List<String> names() {
        return index("presets");
    }

    /** @return the race presets' file names ({@code resources/races/}) in menu order */
    public static List<String> raceNames() {
        return index("races");
    }

    /** Loads one race preset; its data file resolves inside the jar or the resources folder. */
    public static org.likelihoodlab.experiment.Race loadRace(String name) {
        URL url = Presets.class.getResource("/races/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no race preset " + name);
        }
        try {
            return org.likelihoodlab.io.RaceJson.read(toPath(url));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read race preset " + name, e);
        }
    }

    private static List<String> index(String folder) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Presets.class.getResourceAsStream("/" + folder + "/index.txt")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the preset index", e);
        }
        return out;
    }

    /** Loads one preset; a data file next to it resolves inside the jar or the resources folder. */
    public static Scenario load(String name) {
        URL url = Presets.class.getResource("/presets/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no preset " + name);
        }
        try {
            Path path = toPath(url);
            return ScenarioJson.read(path);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read preset " + name, e);
        }
    }

    private static Path toPath(URL url) throws IOException, URISyntaxException {
        var uri = url.toURI();
        if ("jar".equals(uri.getScheme())) {
            try {
                return Path.of(uri);
            } catch (FileSystemNotFoundException e) {
                FileSystems.newFileSystem(uri, Map.of());
                return Path.of(uri);
            }
        }
        return Path.of(uri);
    }
}

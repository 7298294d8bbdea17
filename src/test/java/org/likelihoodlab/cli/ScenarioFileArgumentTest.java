package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file opened from the desktop (file association) comes as the only argument. */
class ScenarioFileArgumentTest {

    @Test
    void anExistingScenarioOrLessonFileOpensTheWindowOnIt(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"a.json", "b.llab", "c.LLESSON"}) {
            Path f = Files.writeString(dir.resolve(name), "{}");
            assertTrue(Main.isScenarioFile(f.toString()), name);
        }
    }

    @Test
    void subcommandsOptionsAndMissingFilesAreLeftToTheParser(@TempDir Path dir) throws Exception {
        assertFalse(Main.isScenarioFile("run"));
        assertFalse(Main.isScenarioFile("--help"));
        assertFalse(Main.isScenarioFile(dir.resolve("missing.llab").toString()));
        assertFalse(Main.isScenarioFile(Files.writeString(dir.resolve("data.csv"), "1\n").toString()));
    }
}

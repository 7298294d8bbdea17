package org.likelihoodlab.charts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.likelihoodlab.TestData;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.TrajectoryRecorder;
import org.likelihoodlab.io.Datasets;
import org.likelihoodlab.io.ScenarioJson;

/** Every axis is labelled in Locale.ROOT, whatever the default locale (a German step axis read "1.000"). */
class AxisLocaleTest {

    @Test
    void aGermanDefaultLocaleDoesNotChangeAnyAxisLabel() throws Exception {
        Locale old = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Scenario s = ScenarioJson.read(TestData.PRESETS.resolve("batch-simultaneous-blowup.json"));
            TrajectoryRecorder rec = new TrajectoryRecorder(new Run(s, Datasets.load(s.data(), s.dim())), 256);
            rec.runAll();
            String svg = new String(Figures.of(RunView.of(rec), Figures.Kind.DASHBOARD)
                    .bytes(Figures.Format.SVG, 1200, 800, 1, "t"), StandardCharsets.UTF_8);
            assertTrue(svg.contains(">1,000<"), "the step axis groups thousands with a comma");
            Matcher german = Pattern.compile(">-?\\d+,\\d{1,2}<|>\\d\\.\\d{3}<").matcher(svg);
            assertFalse(german.find(), "no German number on any axis: " + (german.find(0) ? german.group() : ""));
        } finally {
            Locale.setDefault(old);
        }
    }
}

package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The run's progress line: silent for short runs, then steps/s and ETA, at most twice a second. */
class ProgressTest {

    @Test
    void showsNothingForTheFirstSecondsThenRateAndEta() {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        Progress p = new Progress(new PrintWriter(out), 1_000_000, now::get);
        now.set(1_000_000_000L);
        p.show(100_000);
        assertEquals("", out.toString(), "a run shorter than a few seconds shows nothing");
        now.set(4_000_000_000L);
        p.show(400_000);
        assertEquals("\rrun: step 400000/1000000 (40 %), 1.00e+05 steps/s, ETA 0:06", out.toString());
        now.set(4_100_000_000L);
        p.show(410_000);
        assertTrue(out.toString().indexOf("410000") < 0, "at most twice a second");
        now.set(4_600_000_000L);
        p.show(460_000);
        assertTrue(out.toString().endsWith("ETA 0:06"), out.toString());
    }
}

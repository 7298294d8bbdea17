package org.likelihoodlab.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import org.likelihoodlab.io.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-ui}: opens the window flat out for some seconds and prints its frame rate. */
@Command(name = "bench-ui", mixinStandardHelpOptions = true,
        description = {"Runs the window flat out (needs a display, e.g. Xvfb) and prints frames per second "
            + "(median, 1st percentile), optimizer steps per second and the peak heap."})
public final class BenchUiCommand implements Callable<Integer> {

    @Option(names = "--seconds", description = "How long to measure (default 10).")
    int seconds = 10;

    @Option(names = "--preset", description = "Preset to run, without a step limit (default online-fix-2d.json).")
    String preset = "online-fix-2d.json";

    @Override
    public Integer call() throws Exception {
        if (seconds < 1) {
            throw new BadInputException("option --seconds: must be >= 1 (was " + seconds + ")");
        }
        try {
            Class.forName(Main.WINDOW_CLASS).getMethod("benchUi", int.class, String.class)
                    .invoke(null, seconds, preset);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception c ? c : e;
        }
        return 0;
    }
}

package org.likelihoodlab.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import org.likelihoodlab.io.BadInputException;
import org.likelihoodlab.io.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The launcher: with no subcommand it opens the window; {@code run}, {@code bench} and the other
 * subcommands work headless and load no JavaFX class.
 *
 * <p>Exit codes: 0 done, 2 bad input (one line on stderr naming the problem), 3 the run diverged,
 * 1 an unexpected internal error.
 */
@Command(name = "likelihood-lab", mixinStandardHelpOptions = true, version = "Likelihood Lab 0.1.0",
        description = "Gradient ascent on the log-likelihood of a Gaussian. With no command, opens the window.",
        subcommands = {RunCommand.class, RaceCommand.class, LessonCommand.class, SweepCommand.class, Sweep2Command.class, RenderCommand.class, BenchCommand.class,
            BenchUiCommand.class})
public final class Main implements Callable<Integer> {

    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a run that diverged. */
    public static final int DIVERGED = 3;

    /** The class that starts the window; named, not imported, so the headless commands never load JavaFX. */
    static final String WINDOW_CLASS = "org.likelihoodlab.ui.LabApp";

    @CommandLine.Option(names = "--scenario", description = "Open the window on this scenario file.")
    private java.nio.file.Path scenario;

    public static void main(String[] args) {
        if (args.length == 1 && isScenarioFile(args[0])) {
            // a scenario or lesson file opened from the desktop (file association): the window on it
            args = new String[] {"--scenario", args[0]};
        }
        if (args.length == 0) {
            // the window, as the default command opens it, without first building the parser of
            // every subcommand (a fifth of a second of the time to the first frame)
            System.exit(new Main().openWindow());
        }
        System.exit(newCommandLine().execute(args));
    }

    /** File types the installers associate with the app; all are scenario JSON. */
    static final java.util.List<String> SCENARIO_EXTENSIONS = java.util.List.of(".json", ".llab", ".llesson");

    /** @return true for an existing file with a scenario extension (not a subcommand or an option) */
    static boolean isScenarioFile(String arg) {
        String lower = arg.toLowerCase(java.util.Locale.ROOT);
        if (arg.startsWith("-") || SCENARIO_EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            return false;
        }
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private int openWindow() {
        try {
            return call();
        } catch (Exception ex) {
            PrintWriter err = new PrintWriter(System.err, true);
            err.println("internal error: " + ex);
            ex.printStackTrace(err);
            err.flush();
            return 1;
        }
    }

    /** @return the command line with the error handling every front end shares (tests use it too) */
    public static CommandLine newCommandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.registerConverter(java.nio.file.Path.class, new PathConverters.AnyPath());
        cmd.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            String message = ex.getMessage();
            if (ex.getCause() instanceof PathConverters.Problem p && ex.getArgSpec() instanceof OptionSpec o) {
                message = "option " + o.longestName() + ": " + p.getMessage();
            }
            err.println(Messages.oneLine(message));
            err.flush();
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof BadInputException) {
                err.println(Messages.oneLine(ex.getMessage()));
                err.flush();
                return BAD_INPUT;
            }
            // not the user's fault: a bug, so the trace goes with it
            err.println("internal error: " + ex);
            ex.printStackTrace(err);
            err.flush();
            return 1;
        });
        return cmd;
    }

    @Override
    public Integer call() throws Exception {
        Class<?> app = Class.forName(WINDOW_CLASS);
        try {
            app.getMethod("open", String.class).invoke(null, scenario == null ? null : scenario.toString());
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception c ? c : e;
        }
        return 0;
    }
}

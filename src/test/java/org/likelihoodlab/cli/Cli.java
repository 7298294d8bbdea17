package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Runs the real command line in-process and checks the bad-input contract. */
final class Cli {
    final Path dir;
    String out = "";
    String err = "";

    Cli(Path dir) {
        this.dir = dir;
    }

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cmd = Main.newCommandLine();
        cmd.setOut(new PrintWriter(o));
        cmd.setErr(new PrintWriter(e));
        int rc = cmd.execute(args);
        out = o.toString();
        err = e.toString();
        return rc;
    }

    Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    /** @return the names in the folder that look like a temporary file */
    List<String> litter() throws Exception {
        try (var s = Files.walk(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    /**
     * Runs the arguments with an existing {@code keep} file as the output and checks: exit 2, one
     * line on stderr that contains {@code part}, no stack trace, nothing on stdout, {@code keep}
     * untouched, no temp file left.
     *
     * @return the message
     */
    String bad(String part, Path keep, String... args) throws Exception {
        Files.writeString(keep, "precious\n");
        int rc = run(args);
        String e = err.strip();
        assertEquals(2, rc, "exit code; stderr: " + err);
        assertFalse(e.contains("\n"), "one line: " + e);
        assertFalse(e.contains("Exception") || e.contains("\tat ") || e.contains("internal error"),
                "no stack trace: " + e);
        assertTrue(e.length() <= 500, "a short line: " + e.length() + " characters");
        assertTrue(e.contains(part), "'" + e + "' should mention '" + part + "'");
        assertEquals("", out, "nothing on stdout");
        assertEquals("precious\n", Files.readString(keep), "the existing output is untouched");
        assertEquals(List.of(), litter(), "no temp file left behind");
        return e;
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a program (mknod, mkfifo) and checks it worked. */
    static void exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + text);
    }
}

package org.likelihoodlab.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees either the old content or the complete new content, never
 * a half-written file: the data go to a temporary file in the same folder, which is then moved
 * over the target. A failure leaves any existing target untouched and removes the temporary file.
 */
public final class AtomicFiles {

    /** Writes the content of a file through a stream. */
    @FunctionalInterface
    public interface StreamWork {
        void write(OutputStream out) throws IOException;
    }

    /** Writes the content of a text file. */
    @FunctionalInterface
    public interface TextWork {
        void write(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** @return why a write failed, in a few words for a person (no exception class names where avoidable) */
    public static String reason(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** An open temporary file next to its target; {@link #commit()} moves it into place. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private boolean committed;

        private Pending(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }

        public Path temp() {
            return temp;
        }

        /** Moves the finished temporary file over the target. */
        public void commit() throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() {
            if (!committed) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the target is untouched either way
                }
            }
        }
    }

    /**
     * Creates the temporary file for {@code target}, so that an unwritable destination is found
     * before any work is done.
     */
    public static Pending begin(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new IOException(target + " is a folder");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("folder " + dir + " does not exist");
        }
        Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        return new Pending(abs, temp);
    }

    /** Writes a binary file atomically. */
    public static void write(Path target, StreamWork work) throws IOException {
        try (Pending p = begin(target)) {
            try (OutputStream out = Files.newOutputStream(p.temp())) {
                work.write(out);
            }
            p.commit();
        }
    }

    /** Writes a UTF-8 text file atomically. */
    public static void writeText(Path target, TextWork work) throws IOException {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            work.write(w);
            w.flush();
        });
    }
}

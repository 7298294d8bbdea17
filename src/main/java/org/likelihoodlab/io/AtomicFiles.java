package org.likelihoodlab.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader sees either the old content or the complete new content, never
 * a half-written file: the data go to a hidden temporary file in the target's folder, which is
 * flushed to disk ({@code force}) and then moved over the target. A failure leaves any existing
 * target untouched and removes the temporary file; so does the JVM's shutdown (Ctrl-C, SIGTERM).
 *
 * <p>The target is what the name finally points to: a symbolic link is written through (the link
 * stays, its target gets the content, as editors and {@code cp} do). A new file gets the mode the
 * umask gives (0644 by default); an overwritten file keeps its mode (and, for root, its owner). A
 * character device or a named pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written
 * directly, never renamed over; a block device or a socket is refused.
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

    /** Temporary files not yet committed or removed: the shutdown hook removes them. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {
    }

    /** Registers the shutdown hook once, when the first temporary file is made. */
    private static final class Hook {
        static {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removePending, "remove-temp-files"));
        }

        static void install() {
            // loading the class installs the hook
        }
    }

    /** Removes every temporary file that was neither committed nor closed (the shutdown hook). */
    static void removePending() {
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException ignored) {
                // best effort while the JVM goes down
            }
            PENDING.remove(p);
        }
    }

    /** @return why a write or read failed, in a few words for a person (no exception class names) */
    public static String reason(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return Messages.oneLine(f.getReason());
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : Messages.oneLine(t.getMessage());
    }

    /** An open temporary file next to its target; {@link #commit()} moves it into place. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final boolean direct;
        private boolean committed;

        private Pending(Path target, Path temp, boolean direct) {
            this.target = target;
            this.temp = temp;
            this.direct = direct;
        }

        /** @return the file to write: the temporary file, or the device or pipe itself */
        public Path temp() {
            return temp;
        }

        /** @return the file that gets the content (links resolved) */
        public Path target() {
            return target;
        }

        /** @return true if the target is a device or pipe that is written directly (no temporary file) */
        public boolean direct() {
            return direct;
        }

        /** Flushes the finished temporary file to disk and moves it over the target. */
        public void commit() throws IOException {
            if (direct) {
                committed = true;
                return;
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            PENDING.remove(temp);
            try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
                dir.force(true);   // the rename itself on disk
            } catch (IOException | RuntimeException ignored) {
                // not every system can open a folder; the file's content is on disk already
            }
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() {
            if (!committed && !direct) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the target is untouched either way
                }
            }
            PENDING.remove(temp);
        }
    }

    /**
     * Creates the temporary file for {@code target}, so that an unwritable destination is found
     * before any work is done.
     *
     * @throws IOException naming the problem: a folder, a missing folder, a block device ...
     */
    public static Pending begin(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        FileKind kind = FileKind.of(abs);
        switch (kind) {
            case DIRECTORY:
                throw new IOException("it is a folder");
            case CHAR_DEVICE:
            case FIFO:
                return new Pending(abs, abs, true);   // written in place, never replaced
            case MISSING:
            case REGULAR:
                break;
            default:
                throw new IOException("it is " + kind.words() + "; refusing to write to it");
        }
        Path real = OutputPaths.throughLinks(abs);
        Path dir = real.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("folder " + dir + " does not exist");
        }
        Path temp = createTemp(dir, real.getFileName().toString());
        try {
            if (kind == FileKind.REGULAR) {
                OutputPaths.copyModeAndOwner(real, temp);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
            throw e;
        }
        return new Pending(real, temp, false);
    }

    /** Creates an empty hidden file in {@code dir}; its mode is what the umask gives a new file. */
    private static Path createTemp(Path dir, String name) throws IOException {
        Hook.install();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                PENDING.add(temp);
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                PENDING.remove(temp);
                if (attempt > 100) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                PENDING.remove(temp);
                throw e;
            }
        }
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

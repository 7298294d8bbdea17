package org.likelihoodlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens an input file for reading with a clear message for what is not a readable file: missing,
 * a folder, unreadable (with the system's reason). A named pipe or a device is read through a
 * background thread with a time limit ({@value #DEFAULT_TIMEOUT_SECONDS} s without data, or the
 * system property {@code likelihoodlab.pipeTimeout} in seconds), so a FIFO that nothing writes to
 * ends in a message instead of a silent wait forever.
 */
public final class Inputs {

    /** Seconds a pipe or device may stay silent before reading gives up. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    private Inputs() {
    }

    /** @return the time limit for silent pipes, in milliseconds */
    static long timeoutMillis() {
        try {
            double s = Double.parseDouble(System.getProperty("likelihoodlab.pipeTimeout",
                    String.valueOf(DEFAULT_TIMEOUT_SECONDS)));
            return s > 0 ? (long) Math.ceil(s * 1000) : DEFAULT_TIMEOUT_SECONDS * 1000L;
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT_SECONDS * 1000L;
        }
    }

    /**
     * @return a stream of the file's bytes
     * @throws BadInputException naming the file and the problem
     */
    public static InputStream open(Path file) {
        FileKind kind = FileKind.of(file);
        try {
            switch (kind) {
                case MISSING:
                    throw new BadInputException(file + ": no such file");
                case DIRECTORY:
                    throw new BadInputException(file + ": is a folder, not a file");
                case REGULAR:
                    return Files.newInputStream(file);
                default:
                    return slow(file, kind);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + AtomicFiles.reason(e) + ")");
        }
    }

    /** @return the message for a read that failed after the file was opened */
    public static BadInputException readFailed(Path file, IOException e) {
        if (e instanceof InterruptedIOException) {
            return new BadInputException(file + ": " + e.getMessage());
        }
        return new BadInputException(file + ": cannot read (" + AtomicFiles.reason(e) + ")");
    }

    private static InputStream slow(Path file, FileKind kind) throws IOException {
        long limit = timeoutMillis();
        String seconds = limit % 1000 == 0 ? String.valueOf(limit / 1000) : String.valueOf(limit / 1000.0);
        // opening a FIFO blocks until a writer opens it
        CompletableFuture<InputStream> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, r -> daemon(r, "open " + file.getFileName()).start());
        InputStream in;
        try {
            in = opening.get(limit, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            release(file, kind, opening);
            throw new BadInputException(file + ": " + kind.words() + " that nothing wrote to within " + seconds
                    + " s (give a regular file, or start the program that writes to it first)");
        } catch (ExecutionException e) {
            Throwable c = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
            throw c instanceof IOException io ? io : new IOException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(file, kind, opening);
            throw new InterruptedIOException("interrupted");
        }
        return new Pump(in, limit, kind.words() + " that sent no data for " + seconds + " s");
    }

    /** Unblocks a reader stuck opening a FIFO: opening it for writing and closing it gives it end of file. */
    private static void release(Path file, FileKind kind, CompletableFuture<InputStream> opening) {
        if (kind == FileKind.FIFO) {
            try {
                Files.newOutputStream(file, StandardOpenOption.WRITE).close();
            } catch (IOException | RuntimeException ignored) {
                // the stuck thread is a daemon: it does not keep the program alive
            }
        }
        opening.thenAccept(s -> {
            try {
                s.close();
            } catch (IOException ignored) {
                // nothing was read
            }
        });
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Reads a pipe on a daemon thread in chunks; a read waits at most the time limit for the next chunk. */
    private static final class Pump extends InputStream {
        private static final byte[] END = new byte[0];
        private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(4);
        private final InputStream in;
        private final long limit;
        private final String silent;
        private volatile boolean closed;
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean ended;

        Pump(InputStream in, long limit, String silent) {
            this.in = in;
            this.limit = limit;
            this.silent = silent;
            daemon(this::pump, "read pipe").start();
        }

        private void pump() {
            try {
                while (!closed) {
                    byte[] b = new byte[1 << 16];
                    int n = in.read(b);
                    if (n < 0) {
                        break;
                    }
                    if (n > 0) {
                        chunks.put(java.util.Arrays.copyOf(b, n));
                    }
                }
                chunks.put(END);
            } catch (IOException e) {
                chunks.offer(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private boolean fill() throws IOException {
            while (pos >= chunk.length) {
                if (ended) {
                    return false;
                }
                Object next;
                try {
                    next = chunks.poll(limit, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted");
                }
                if (next == null) {
                    throw new InterruptedIOException(silent);
                }
                if (next instanceof IOException e) {
                    throw e;
                }
                chunk = (byte[]) next;
                pos = 0;
                if (chunk == END) {
                    ended = true;
                    return false;
                }
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? chunk[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
            chunks.clear();   // a pump blocked on a full queue moves on, sees closed and stops
            try {
                in.close();
            } catch (IOException ignored) {
                // the pump thread is a daemon
            }
        }
    }
}

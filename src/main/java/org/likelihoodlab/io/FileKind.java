package org.likelihoodlab.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a path names (links followed): a regular file, a folder, or a special file. */
public enum FileKind {
    MISSING("missing"),
    REGULAR("a file"),
    DIRECTORY("a folder"),
    FIFO("a named pipe (FIFO)"),
    CHAR_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    SOCKET("a socket"),
    OTHER("a special file");

    private final String words;

    FileKind(String words) {
        this.words = words;
    }

    /** @return the kind in a few words for a message, e.g. "a named pipe (FIFO)" */
    public String words() {
        return words;
    }

    /** @return what {@code p} names, following symbolic links ({@link #MISSING} if nothing, or a dangling link) */
    public static FileKind of(Path p) {
        try {
            Object mode = Files.getAttribute(p, "unix:mode");
            switch (((Integer) mode) & 0170000) {
                case 0100000: return REGULAR;
                case 0040000: return DIRECTORY;
                case 0010000: return FIFO;
                case 0020000: return CHAR_DEVICE;
                case 0060000: return BLOCK_DEVICE;
                case 0140000: return SOCKET;
                default: return OTHER;
            }
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // not a unix file system (a zip inside the jar, Windows): the portable attributes
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return a.isRegularFile() ? REGULAR : a.isDirectory() ? DIRECTORY : OTHER;
            } catch (NoSuchFileException x) {
                return MISSING;
            } catch (IOException x) {
                return Files.exists(p) ? OTHER : MISSING;
            }
        }
    }
}

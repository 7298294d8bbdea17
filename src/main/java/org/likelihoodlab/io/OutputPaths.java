package org.likelihoodlab.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/** Helpers of {@link AtomicFiles}: where a name finally points, and what an overwritten file keeps. */
final class OutputPaths {

    /** Links followed before giving up, as the system does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private OutputPaths() {
    }

    /**
     * @return the file {@code abs} finally names: symbolic links followed, also a dangling one
     *     (its target is created); {@code abs} itself if it is no link
     */
    static Path throughLinks(Path abs) throws IOException {
        Path p = abs;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            Path link = Files.readSymbolicLink(p);
            p = (p.getParent() == null ? link : p.getParent().resolve(link)).toAbsolutePath();
        }
        throw new FileSystemException(abs.toString(), null, "too many levels of symbolic links");
    }

    /** Gives {@code temp} the permissions, and where possible the owner and group, of {@code existing}. */
    static void copyModeAndOwner(Path existing, Path temp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (from == null || to == null) {
            return;   // not a POSIX file system
        }
        PosixFileAttributes a = from.readAttributes();
        PosixFileAttributes t = to.readAttributes();
        try {
            if (!a.owner().equals(t.owner())) {
                to.setOwner(a.owner());
            }
            if (!a.group().equals(t.group())) {
                to.setGroup(a.group());
            }
        } catch (IOException ignored) {
            // only root may give a file away: the new file is then the writer's, with the old mode
        }
        to.setPermissions(a.permissions());
    }
}

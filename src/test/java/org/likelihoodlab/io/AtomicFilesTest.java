package org.likelihoodlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: modes, links, the shutdown hook's clean-up, reasons in plain words. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    static long temps(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void aTempFileThatWasNeitherCommittedNorClosedIsRemovedAtShutdown() throws Exception {
        AtomicFiles.Pending p = AtomicFiles.begin(dir.resolve("big.csv"));
        Files.writeString(p.temp(), "half a trajectory");
        assertEquals(1, temps(dir));
        AtomicFiles.removePending();   // what the shutdown hook runs on Ctrl-C or SIGTERM
        assertEquals(0, temps(dir));
        assertFalse(Files.exists(dir.resolve("big.csv")));
    }

    @Test
    void aNewFileFollowsTheUmaskAndAnOverwrittenFileKeepsItsMode() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));   // what the umask gives a new file
        Path fresh = dir.resolve("fresh.csv");
        AtomicFiles.writeText(fresh, w -> w.write("x\n"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(fresh));
        Path kept = dir.resolve("kept.csv");
        Files.writeString(kept, "old\n");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeText(kept, w -> w.write("new\n"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertEquals("new\n", Files.readString(kept));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAlsoWhenItDangles() throws Exception {
        Path target = dir.resolve("target.csv");
        Files.writeString(target, "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target.getFileName());
        AtomicFiles.writeText(link, w -> w.write("new\n"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(target));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), Path.of("made.csv"));
        AtomicFiles.writeText(dangling, w -> w.write("made\n"));
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals("made\n", Files.readString(dir.resolve("made.csv")));
        assertEquals(0, temps(dir));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTempFile() throws Exception {
        Path f = dir.resolve("f.csv");
        Files.writeString(f, "precious\n");
        assertThrows(java.io.IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("partial".getBytes());
            throw new FileSystemException(f.toString(), null, "No space left on device");
        }));
        assertEquals("precious\n", Files.readString(f));
        assertEquals(0, temps(dir));
    }

    @Test
    void reasonsArePlainWords() {
        assertEquals("permission denied", AtomicFiles.reason(new AccessDeniedException("/x")));
        assertEquals("No space left on device",
                AtomicFiles.reason(new FileSystemException("/x", null, "No space left on device")));
        assertEquals("Read-only file system",
                AtomicFiles.reason(new FileSystemException("/x", null, "Read-only file system")));
        assertEquals("no such file or folder", AtomicFiles.reason(new java.nio.file.NoSuchFileException("/x")));
    }
}

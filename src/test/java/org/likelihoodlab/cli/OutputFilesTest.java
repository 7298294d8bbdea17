package org.likelihoodlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.likelihoodlab.TestData;
import org.likelihoodlab.io.FileKind;

/** Every file the command line writes: devices, pipes, links, inputs, folders, modes, an interrupted run. */
class OutputFilesTest {

    @TempDir
    Path dir;
    Cli cli;
    Path data;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir);
        data = Files.copy(TestData.PRESETS.resolve("data-a.csv"), dir.resolve("data.csv"));
    }

    /** run --data DATA --lr 0.1 --steps 20 --out OUT, where {@code more} replaces or adds options. */
    String[] run(Object out, String... more) {
        java.util.Map<String, String> opts = new java.util.LinkedHashMap<>();
        opts.put("--data", data.toString());
        opts.put("--lr", "0.1");
        opts.put("--steps", "20");
        opts.put("--out", out.toString());
        for (int i = 0; i < more.length; i += 2) {
            opts.put(more[i], more[i + 1]);
        }
        List<String> a = new java.util.ArrayList<>(List.of("run"));
        opts.forEach((k, v) -> {
            a.add(k);
            a.add(v);
        });
        return a.toArray(new String[0]);
    }

    @Test
    void aCharacterDeviceIsWrittenInPlaceNeverReplaced() throws Exception {
        assumeTrue(Cli.root(), "mknod needs root");
        Path node = dir.resolve("null");
        Cli.exec("mknod", node.toString(), "c", "1", "3");   // a private /dev/null
        assertEquals(0, cli.run(run(node)), cli.err);
        assertEquals(FileKind.CHAR_DEVICE, FileKind.of(node), "still the device");
        assertEquals(0, cli.run("render", "--data", data.toString(), "--lr", "0.1", "--steps", "5", "--figure",
                "density", "--format", "svg", "--out", node.toString()), cli.err);
        assertEquals(FileKind.CHAR_DEVICE, FileKind.of(node));
        assertEquals(List.of(), cli.litter());
    }

    @Test
    void aBlockDeviceIsRefused() throws Exception {
        assumeTrue(Cli.root(), "mknod needs root");
        Path node = dir.resolve("disk");
        Cli.exec("mknod", node.toString(), "b", "7", "200");   // never opened: refused before any write
        assertEquals(2, cli.run(run(node)));
        assertTrue(cli.err.contains("it is a block device; refusing to write to it"), cli.err);
        assertEquals(FileKind.BLOCK_DEVICE, FileKind.of(node));
    }

    @Test
    void aNamedPipeIsWrittenInPlace() throws Exception {
        Path fifo = dir.resolve("pipe");
        Cli.exec("mkfifo", fifo.toString());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(0, cli.run(run(fifo)), cli.err);
        String got = reader.get(30, TimeUnit.SECONDS);
        assertTrue(got.startsWith("step,mu,sigma,loglik\n0,"), got);
        assertEquals(22, got.lines().count());
        assertEquals(FileKind.FIFO, FileKind.of(fifo));
    }

    @Test
    void anOutputThatIsAnInputIsRefusedNamingBoth() throws Exception {
        String original = Files.readString(data);
        String e = cli.bad("option --out: " + data + " is the data file (--data " + data + ")", dir.resolve("k"),
                run(data));
        assertTrue(e.contains("refusing to overwrite an input"), e);
        assertEquals(original, Files.readString(data));
        Path scenario = cli.write("s.json", "{\"data\": {\"file\": \"data.csv\"}, \"lr\": 0.1, \"steps\": 3}");
        Files.writeString(data, original);
        cli.run("run", "--scenario", scenario.toString(), "--out", dir + "/./data.csv");
        assertTrue(cli.err.contains("is the data file (data.file of " + scenario + ")"), cli.err);
        assertEquals(original, Files.readString(data));
        cli.run("run", "--scenario", scenario.toString(), "--out", scenario.toString());
        assertTrue(cli.err.contains("is the scenario file (--scenario " + scenario + ")"), cli.err);
        Path link = Files.createSymbolicLink(dir.resolve("alias.csv"), data);
        cli.run(run(link));
        assertTrue(cli.err.contains("is the data file"), "through a link too: " + cli.err);
        assertEquals(original, Files.readString(data));
    }

    @Test
    void aLinkIsWrittenThrough() throws Exception {
        Path target = cli.write("target.csv", "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target.getFileName());
        assertEquals(0, cli.run(run(link)), cli.err);
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(target).startsWith("step,mu,sigma,loglik"));
    }

    @Test
    void aMissingFolderWithATrailingSlashIsNamed() throws Exception {
        cli.bad("option --out: folder " + dir.resolve("newdir") + "/ does not exist", dir.resolve("k"),
                run(dir.resolve("newdir") + "/"));
        assertFalse(Files.exists(dir.resolve("newdir")), "no file named newdir");
        cli.bad("folder " + dir.resolve("no/such") + " does not exist", dir.resolve("k"),
                run(dir.resolve("no/such/t.csv")));
    }

    @Test
    void newFilesFollowTheUmaskAndOverwrittenFilesKeepTheirMode() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path fresh = dir.resolve("fresh.csv");
        assertEquals(0, cli.run(run(fresh)), cli.err);
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(fresh));
        assertFalse(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)).equals("rw-------"),
                "not the temp file's 0600");
        Path shared = cli.write("shared.csv", "old\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, cli.run(run(shared)), cli.err);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
    }

    @Test
    void aHugeRunIsRefusedBeforeItStartsWithTheNumbersAndAnEveryThatFits() throws Exception {
        String e = cli.bad("write fewer rows with --every", dir.resolve("keep.csv"),
                run(dir.resolve("keep.csv"), "--steps", "1000000000000000"));
        assertTrue(e.matches("option --steps: 1000000000000000 steps write 1000000000000002 rows of about 80 bytes, "
                + "about 80\\.0 PB, but the folder of .* has .* free; write fewer rows with --every \\(e\\.g\\. --every "
                + "\\d+\\)"), e);
    }

    @Test
    void sigtermDuringALongRunLeavesNoTempFile() throws Exception {
        Path out = dir.resolve("long.csv");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(), "run",
                "--data", data.toString(), "--lr", "0.1", "--steps", "100000000000", "--every", "1000000",
                "--out", out.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile());
        try (WatchService watch = dir.getFileSystem().newWatchService()) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Process p = pb.start();
            try {
                boolean tempSeen = false;
                while (!tempSeen) {
                    WatchKey key = watch.poll(60, TimeUnit.SECONDS);
                    assertTrue(key != null, "the run made its temp file");
                    tempSeen = key.pollEvents().stream().anyMatch(ev -> ev.context().toString().endsWith(".tmp"));
                    key.reset();
                }
            } finally {
                p.destroy();   // SIGTERM
                assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            }
        }
        assertEquals(List.of(), cli.litter(), "the shutdown hook removed the temp file");
        assertFalse(Files.exists(out));
    }
}

package org.likelihoodlab.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * File names as a person typed them, whatever the locale. Java decodes command-line arguments and
 * file names with the locale's charset ({@code sun.jnu.encoding}, fixed when the JVM starts and not
 * settable later); under {@code LANG=C} that is ASCII, so a name such as {@code café.csv} arrives
 * as {@code caf\uFFFD\uFFFD.csv} and {@link Path#of} refuses it ("Malformed input or input contains
 * unmappable characters"). The bytes on disk are still reachable: a directory listing gives paths
 * that keep the raw bytes, so a component that cannot be encoded is found by listing its folder
 * and matching the entry whose name decodes to the same text. Names that do not exist yet (a new
 * output) and cannot be encoded get a message that says what to do.
 */
public final class FileNames {

    private static final char REPLACEMENT = '\uFFFD';

    private FileNames() {
    }

    /**
     * @return the path named by {@code name} (an existing file with a name the locale cannot
     *     encode is found by its listing)
     * @throws BadInputException if the name cannot be represented and no such file exists
     */
    public static Path of(String name) {
        return resolve(null, name);
    }

    /**
     * @param base the folder a relative {@code name} is relative to ({@code null}: the working folder)
     * @return {@code base.resolve(name)}, or the path found by listing, as for {@link #of}
     */
    public static Path resolve(Path base, String name) {
        Path direct;
        try {
            Path p = base == null ? Path.of(name) : base.getFileSystem().getPath(name);
            direct = base == null || p.isAbsolute() ? p : base.resolve(name);
        } catch (InvalidPathException e) {
            Path found = byListing(base, name);
            if (found != null) {
                return found;
            }
            throw new BadInputException(Messages.quote(name) + ": the file name has characters that the system locale ("
                    + jnu().name() + ") cannot represent; run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
        }
        if (name.indexOf(REPLACEMENT) >= 0 && !Files.exists(direct, LinkOption.NOFOLLOW_LINKS)) {
            Path found = byListing(base, name);   // bytes that are not text in this locale (Latin-1 under UTF-8)
            if (found != null) {
                return found;
            }
        }
        return direct;
    }

    /** @return the existing path whose components decode to the components of {@code name}, or null */
    static Path byListing(Path base, String name) {
        Path cur;
        if (name.startsWith("/")) {
            cur = (base == null ? Path.of("/") : base.getFileSystem().getPath("/"));
        } else {
            cur = base;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            Path next = encodable(cur, part);
            if (next == null) {
                next = match(cur, part);
                if (next == null) {
                    return null;
                }
            }
            cur = next;
        }
        return cur;
    }

    private static Path encodable(Path cur, String part) {
        if (part.indexOf(REPLACEMENT) >= 0) {
            return null;
        }
        try {
            return cur == null ? Path.of(part) : cur.resolve(part);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** @return the one entry of folder {@code cur} whose decoded name equals {@code part} as the locale sees it */
    private static Path match(Path cur, String part) {
        String want = asListed(part);
        Path dir = cur == null ? Path.of(".") : cur;
        Path found = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                if (e.getFileName().toString().equals(want)) {
                    if (found != null) {
                        return null;   // two names look the same in this locale: ambiguous
                    }
                    found = e.getFileName();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return found == null ? null : cur == null ? found : cur.resolve(found);
    }

    /**
     * @return how a listing shows a name given as text: a name already decoded by the locale (it
     *     has U+FFFD) as it is; otherwise its UTF-8 bytes decoded with the locale's charset
     */
    static String asListed(String part) {
        if (part.indexOf(REPLACEMENT) >= 0) {
            return part;
        }
        return new String(part.getBytes(StandardCharsets.UTF_8), jnu());
    }

    private static Charset jnu() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }
}

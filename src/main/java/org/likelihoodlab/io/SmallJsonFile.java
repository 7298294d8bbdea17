package org.likelihoodlab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The head every reader of a small JSON file (scenario, race, lesson) shares: at most
 * {@link #MAX_BYTES} read, a larger file refused, the text decoded as UTF-8 without a leading
 * byte-order mark, and parsed into a tree with a one-line message naming the file and the line.
 */
final class SmallJsonFile {

    /** The largest file read, in bytes. */
    static final int MAX_BYTES = 1 << 20;

    private SmallJsonFile() {
    }

    /** @return the file's name as messages give it */
    static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * Reads a file's text.
     *
     * @param name the file's name in messages
     * @param notThis what a too large file is not, e.g. "not a lesson file"
     * @throws BadInputException if the file cannot be read or is larger than {@link #MAX_BYTES}
     */
    static String text(Path file, String name, String notThis) {
        byte[] bytes;
        try (InputStream in = Inputs.open(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw Inputs.readFailed(file, e);
        }
        return decode(bytes, name, notThis);
    }

    /**
     * Reads a stream's text, as {@link #text(Path, String, String)}.
     *
     * @throws IOException if the stream cannot be read
     */
    static String text(InputStream in, String name, String notThis) throws IOException {
        return decode(in.readNBytes(MAX_BYTES + 1), name, notThis);
    }

    private static String decode(byte[] bytes, String name, String notThis) {
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(name + ": larger than " + (MAX_BYTES >> 20) + " MB, " + notThis);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);   // a byte-order mark, as some editors save UTF-8
        }
        return text;
    }

    /**
     * Parses text into a tree.
     *
     * @param shape what the file should be, e.g. "a lesson is one JSON object with ..."
     * @throws BadInputException "NAME: not valid JSON near line L (SHAPE)"
     */
    static JsonNode tree(JsonMapper mapper, String text, String name, String shape) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new BadInputException(name + ": not valid JSON" + (line > 0 ? " near line " + line : "")
                    + " (" + shape + ")");
        }
    }
}

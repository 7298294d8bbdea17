package org.likelihoodlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Dataset;

/**
 * Reads a data CSV (math.md section 1): an optional header line, then one row per point with
 * exactly {@code dim} comma-separated numbers. Blank lines and lines starting with {@code #} are
 * ignored; a UTF-8 byte-order mark is skipped. The header rule: the first line that is neither
 * blank nor a comment is a header if any of its fields is not a number (so a header "1e5" is
 * data). Every problem is reported with the file name and line number, quoting at most a short
 * token of the bad field.
 *
 * <p>The file is streamed: a line longer than {@value #MAX_LINE} characters, more than
 * {@link DataSource#MAX_POINTS} rows, or more rows than the Java heap can hold end in a message,
 * never in an OutOfMemoryError.
 */
public final class DataCsv {

    /** The longest line read, in characters: a data row has one or two numbers. */
    public static final int MAX_LINE = 10_000;

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE =
            Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    /**
     * A data file as read.
     *
     * @param data the points
     * @param rows the number of data rows
     * @param header the header line (quoted short), or {@code null} if the first row was data
     */
    public record Loaded(Dataset data, long rows, String header) {
        /** @return e.g. "read 400 rows of data-a.csv (header 'x' skipped)" */
        public String summary(String name) {
            return "read " + rows + " row" + (rows == 1 ? "" : "s") + " of " + name
                    + (header != null ? " (header '" + header + "' skipped)" : " (no header: the first row is numbers)");
        }
    }

    private DataCsv() {
    }

    /**
     * @param file the CSV file
     * @param dim the number of columns expected, 1 or 2
     * @throws BadInputException naming the file and line of the first problem
     */
    public static Dataset read(Path file, int dim) {
        return load(file, dim).data();
    }

    /** As {@link #read(Path, int)}, with the row count and the header for a summary line. */
    public static Loaded load(Path file, int dim) {
        try (InputStream in = Inputs.open(file)) {
            return load(in, file.toString(), dim, DataSource.MAX_POINTS);
        } catch (IOException e) {
            throw Inputs.readFailed(file, e);
        }
    }

    /** Reads from a stream; {@code name} is used in messages. */
    public static Dataset read(InputStream in, String name, int dim) throws IOException {
        return load(in, name, dim, DataSource.MAX_POINTS).data();
    }

    /** Reads from a stream with at most {@code maxPoints} rows. */
    static Loaded load(InputStream in, String name, int dim, int maxPoints) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Points points = new Points(name, dim, maxPoints);
        String header = null;
        boolean seenContent = false;
        Lines lines = new Lines(new InputStreamReader(in, decoder), name);
        try {
            String line;
            while ((line = lines.next()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] fields = t.split(",", -1);
                boolean first = !seenContent;
                seenContent = true;
                if (first && !allNumbers(fields)) {
                    if (fields.length != dim) {
                        throw new BadInputException(name + " line " + lines.number() + ": header has " + fields.length
                                + " column" + (fields.length == 1 ? "" : "s") + " but the data are " + dim + "-D"
                                + " (expected " + dim + " column" + (dim == 1 ? "" : "s") + ")");
                    }
                    header = Messages.quote(t);
                    continue;
                }
                if (fields.length != dim) {
                    throw new BadInputException(name + " line " + lines.number() + ": " + fields.length + " value"
                            + (fields.length == 1 ? "" : "s") + " but the data are " + dim + "-D (expected " + dim
                            + " comma-separated number" + (dim == 1 ? "" : "s") + " per row)");
                }
                points.add(fields, lines.number());
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + " line " + (lines.number() + 1) + ": not UTF-8 text (binary file?)");
        }
        if (points.count() == 0) {
            throw new BadInputException(name + ": no data rows (empty file, or only a header and comments)");
        }
        try {
            return new Loaded(points.dataset(), points.count(), header);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(name + ": " + e.getMessage());
        }
    }

    private static boolean allNumbers(String[] fields) {
        for (String f : fields) {
            String s = f.strip();
            if (!NUMBER.matcher(s).matches() && !NON_FINITE.matcher(s).matches()) {
                return false;
            }
        }
        return true;
    }

    static double parse(String s, String name, long line, int column) {
        String where = name + " line " + line + ", column " + column + ": '" + Messages.token(s) + "' ";
        if (NON_FINITE.matcher(s).matches()) {
            throw new BadInputException(where + "is not a finite number");
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new BadInputException(where + "is not a number");
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new BadInputException(where + "overflows a double (not a finite number)");
        }
        return v;
    }

    /** Lines of at most {@link #MAX_LINE} characters, ended by \n, \r or \r\n, without reading a whole huge line. */
    private static final class Lines {
        private final Reader in;
        private final String name;
        private final char[] buf = new char[1 << 14];
        private final StringBuilder line = new StringBuilder(128);
        private int pos;
        private int len;
        private long number;
        private boolean skipLf;
        private boolean start = true;

        Lines(Reader in, String name) {
            this.in = in;
            this.name = name;
        }

        long number() {
            return number;
        }

        String next() throws IOException {
            line.setLength(0);
            boolean any = false;
            while (true) {
                if (pos == len) {
                    len = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        if (!any) {
                            return null;
                        }
                        number++;
                        return line.toString();
                    }
                }
                char c = buf[pos++];
                if (start) {
                    start = false;
                    if (c == '\uFEFF') {
                        continue;   // the byte-order mark of "CSV UTF-8"
                    }
                }
                if (skipLf) {
                    skipLf = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                if (c == '\n' || c == '\r') {
                    skipLf = c == '\r';
                    number++;
                    return line.toString();
                }
                any = true;
                if (c == '\0') {
                    throw new BadInputException(name + " line " + (number + 1) + ": binary data, not a CSV text file");
                }
                if (line.length() == MAX_LINE) {
                    throw new BadInputException(name + " line " + (number + 1) + ": longer than " + MAX_LINE
                            + " characters, not a data row (a row holds one or two numbers)");
                }
                line.append(c);
            }
        }
    }

    /** The values read so far, in an array that grows while the heap allows. */
    private static final class Points {
        private final String name;
        private final int dim;
        private final int maxPoints;
        private double[] values = new double[1024];
        private int count;

        Points(String name, int dim, int maxPoints) {
            this.name = name;
            this.dim = dim;
            this.maxPoints = maxPoints;
        }

        int count() {
            return count / dim;
        }

        void add(String[] fields, long lineNo) {
            if (count() == maxPoints) {
                throw new BadInputException(name + " line " + lineNo + ": more than " + maxPoints + " data rows, the "
                        + "most Likelihood Lab fits; use a sample of the data");
            }
            if (count + dim > values.length) {
                grow();
            }
            for (int c = 0; c < dim; c++) {
                values[count++] = parse(fields[c].strip(), name, lineNo, c + 1);
            }
        }

        private void grow() {
            long next = Math.min((long) values.length * 2, (long) maxPoints * dim);
            // the copy, and the data set's own copies at the end, must fit in the heap
            Heap.require(8 * (next + 2L * next), name + ": " + count() + "+ data rows");
            try {
                values = java.util.Arrays.copyOf(values, (int) next);
            } catch (OutOfMemoryError e) {
                values = null;
                throw Heap.tooLarge(name + ": " + count() + "+ data rows", 8 * 3 * next);
            }
        }

        Dataset dataset() {
            try {
                double[] exact = java.util.Arrays.copyOf(values, count);
                values = null;
                return dim == 1 ? Dataset.of1(exact) : Dataset.of2(exact);
            } catch (OutOfMemoryError e) {
                throw Heap.tooLarge(name + ": " + count() + " data rows", 8L * 2 * count);
            }
        }
    }
}

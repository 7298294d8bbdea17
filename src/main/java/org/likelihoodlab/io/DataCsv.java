package org.likelihoodlab.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.likelihoodlab.experiment.Dataset;

/**
 * Reads a data CSV (math.md section 1): an optional header line, then one row per point with
 * exactly {@code dim} comma-separated numbers. Blank lines and lines starting with {@code #} are
 * ignored. Every problem is reported with the file name and line number.
 */
public final class DataCsv {

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE =
            Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private DataCsv() {
    }

    /**
     * @param file the CSV file
     * @param dim the number of columns expected, 1 or 2
     * @throws BadInputException naming the file and line of the first problem
     */
    public static Dataset read(Path file, int dim) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), dim);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Reads from a stream; {@code name} is used in messages. */
    public static Dataset read(InputStream in, String name, int dim) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        double[] values = new double[1024];
        int count = 0;
        boolean seenContent = false;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.indexOf('\0') >= 0) {
                    throw new BadInputException(name + " line " + lineNo + ": binary data, not a CSV text file");
                }
                String[] fields = t.split(",", -1);
                boolean first = !seenContent;
                seenContent = true;
                if (first && !allNumbers(fields)) {
                    if (fields.length != dim) {
                        throw new BadInputException(name + " line " + lineNo + ": header has " + fields.length
                                + " column" + (fields.length == 1 ? "" : "s") + " but the data are " + dim + "-D"
                                + " (expected " + dim + " column" + (dim == 1 ? "" : "s") + ")");
                    }
                    continue;   // the header
                }
                if (fields.length != dim) {
                    throw new BadInputException(name + " line " + lineNo + ": " + fields.length + " value"
                            + (fields.length == 1 ? "" : "s") + " but the data are " + dim + "-D (expected " + dim
                            + " comma-separated number" + (dim == 1 ? "" : "s") + " per row)");
                }
                if (count + dim > values.length) {
                    values = java.util.Arrays.copyOf(values, values.length * 2);
                }
                for (int c = 0; c < dim; c++) {
                    values[count++] = parse(fields[c].strip(), name, lineNo, c + 1);
                }
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + " line " + (lineNo + 1) + ": not UTF-8 text (binary file?)");
        }
        int n = count / dim;
        if (n == 0) {
            throw new BadInputException(name + ": no data rows (empty file, or only a header and comments)");
        }
        double[] exact = java.util.Arrays.copyOf(values, count);
        try {
            return dim == 1 ? Dataset.of1(exact) : Dataset.of2(exact);
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

    private static double parse(String s, String name, int line, int column) {
        if (NON_FINITE.matcher(s).matches()) {
            throw new BadInputException(name + " line " + line + ", column " + column + ": '" + s
                    + "' is not a finite number");
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new BadInputException(name + " line " + line + ", column " + column + ": '" + abbreviate(s)
                    + "' is not a number");
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new BadInputException(name + " line " + line + ", column " + column + ": '" + s
                    + "' overflows a double (not a finite number)");
        }
        return v;
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}

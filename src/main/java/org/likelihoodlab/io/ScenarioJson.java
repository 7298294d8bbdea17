package org.likelihoodlab.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.SettingException;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Optimizer;
import org.likelihoodlab.optim.UpdateOrder;

/**
 * Scenario files: JSON with plain fields (no polymorphic typing). Unknown fields, wrong types and
 * bad values are errors that name the file, the line where Jackson saw them, and the field.
 *
 * <pre>
 * { "name": "...", "explanation": "...", "dim": 1,
 *   "data": { "file": "data-a.csv" }   or   { "truth": {"mu": 0, "sigma": 1}, "n": 1000, "seed": 7 }
 *           2-D truth: {"mean": [1, -1], "cov": [[1, 0.6], [0.6, 0.8]]}
 *   "mode": "batch", "param": "mu-sigma", "optimizer": "gd", "lr": 0.1, "steps": 2000,
 *   "init": [0, 1], "order": "simultaneous", "bug": "none", "every": 1,
 *   "beta": 0.9, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8 }
 * </pre>
 */
public final class ScenarioJson {

    /** The file's fields; {@code null} = not given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "explanation", "dim", "data", "mode", "param", "optimizer", "lr", "steps", "init",
        "order", "bug", "every", "beta", "beta1", "beta2", "eps"})
    record FileForm(String name, String explanation, Integer dim, DataForm data, String mode, String param,
            String optimizer, Double lr, Long steps, double[] init, String order, String bug, Long every,
            Double beta, Double beta1, Double beta2, Double eps) {
    }

    /** The data: a file (relative to the scenario file), or a true distribution, n and seed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"file", "truth", "n", "seed"})
    record DataForm(String file, TruthForm truth, Integer n, Long seed) {
    }

    /** 1-D: mu and sigma; 2-D: mean and cov. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"mu", "sigma", "mean", "cov"})
    record TruthForm(Double mu, Double sigma, double[] mean, double[][] cov) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private ScenarioJson() {
    }

    /**
     * Reads a scenario file into a builder (not yet checked as a whole, so that command-line
     * options can override its values first). Relative data paths are resolved against the
     * scenario file's folder.
     *
     * @throws BadInputException naming the file, line and field
     */
    public static Scenario.Builder readBuilder(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Path base = file.toAbsolutePath().getParent();
            return readBuilder(in, file.toString(), base);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Reads and checks a scenario file. */
    public static Scenario read(Path file) {
        Scenario.Builder b = readBuilder(file);
        try {
            return b.build();
        } catch (SettingException e) {
            throw fieldError(file.toString(), e);
        }
    }

    /**
     * Reads a scenario from a stream; {@code name} is used in messages and relative data paths are
     * resolved against {@code base} ({@code null}: the working folder).
     */
    public static Scenario.Builder readBuilder(InputStream in, String name, Path base) throws IOException {
        FileForm f;
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new BadInputException(name + ": empty file, expected a JSON object with the scenario's fields");
        }
        try {
            f = MAPPER.readValue(text, FileForm.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            // records are read through a buffer, so Jackson's location is the object's end: find the key
            int line = lineOf(text, e.getPropertyName());
            String where = line > 0 ? name + " line " + line + ": " : where(name, e);
            throw new BadInputException(where + "unknown field '" + path(e) + "' (allowed: " + known + ")");
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                throw new BadInputException(where(name, e) + "expected a JSON object {...} with the scenario's fields");
            }
            throw new BadInputException(where(name, e) + "field '" + path(e) + "' has the wrong type: expected "
                    + expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new BadInputException(where(name, e) + "field '" + path(e) + "': " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new BadInputException(where(name, e) + "not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (f == null) {
            throw new BadInputException(name + ": expected a JSON object with the scenario's fields, found null");
        }
        try {
            return toBuilder(f, base);
        } catch (SettingException e) {
            throw fieldError(name, e);
        }
    }

    /** @return the one-line message for a bad field value found after parsing */
    public static BadInputException fieldError(String name, SettingException e) {
        return new BadInputException(name + ": field '" + e.setting() + "' " + e.problem());
    }

    private static Scenario.Builder toBuilder(FileForm f, Path base) {
        Scenario.Builder b = new Scenario.Builder();
        b.name(f.name()).explanation(f.explanation());
        if (f.dim() != null) {
            b.dim(f.dim());
        }
        if (f.data() != null) {
            b.data(toData(f.data(), f.dim(), base));
        }
        if (f.mode() != null) {
            b.mode(enumValue("mode", f.mode(), Mode.byName(f.mode()), Mode.names()));
        }
        if (f.param() != null) {
            b.param(enumValue("param", f.param(), Parameterization.byName(f.param()), Parameterization.names()));
        }
        if (f.optimizer() != null) {
            b.optimizer(enumValue("optimizer", f.optimizer(), Optimizer.byName(f.optimizer()), Optimizer.names()));
        }
        if (f.order() != null) {
            b.order(enumValue("order", f.order(), UpdateOrder.byName(f.order()), UpdateOrder.names()));
        }
        if (f.bug() != null) {
            b.bug(enumValue("bug", f.bug(), Bug.byName(f.bug()), Bug.names()));
        }
        if (f.lr() != null) {
            b.lr(f.lr());
        }
        if (f.steps() != null) {
            b.steps(f.steps());
        }
        if (f.init() != null) {
            b.init(f.init());
        }
        if (f.every() != null) {
            b.every(f.every());
        }
        Hyper h = Hyper.DEFAULT;
        try {
            b.hyper(new Hyper(f.beta() != null ? f.beta() : h.beta(), f.beta1() != null ? f.beta1() : h.beta1(),
                    f.beta2() != null ? f.beta2() : h.beta2(), f.eps() != null ? f.eps() : h.eps()));
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().substring(0, e.getMessage().indexOf(' '));
            throw new SettingException(field, e.getMessage().substring(field.length() + 1));
        }
        return b;
    }

    private static DataSource toData(DataForm d, Integer dim, Path base) {
        if (d.file() != null) {
            if (d.truth() != null || d.n() != null || d.seed() != null) {
                throw new SettingException("data", "give either 'file' or 'truth' with 'n' and 'seed', not both");
            }
            Path p = Path.of(d.file());
            // resolve by name: base may live in another file system (a preset inside the jar)
            return new DataSource.FromFile(base == null || p.isAbsolute() ? p : base.resolve(d.file()).normalize());
        }
        if (d.truth() == null) {
            throw new SettingException("data", "needs 'file', or 'truth' with 'n' and 'seed'");
        }
        if (d.n() == null) {
            throw new SettingException("data.n", "missing: the number of points to sample");
        }
        if (d.seed() == null) {
            throw new SettingException("data.seed", "missing: the random seed that makes the sample reproducible");
        }
        TruthForm t = d.truth();
        TrueGaussian truth;
        if (t.mu() != null || t.sigma() != null) {
            if (t.mu() == null || t.sigma() == null || t.mean() != null || t.cov() != null) {
                throw new SettingException("data.truth", "1-D needs exactly 'mu' and 'sigma'");
            }
            truth = TrueGaussian.of1(t.mu(), t.sigma());
            if (!(t.sigma() > 0)) {
                throw new SettingException("data.truth.sigma", "must be > 0 (was " + t.sigma() + ")");
            }
        } else {
            if (t.mean() == null || t.cov() == null || t.mean().length != 2 || t.cov().length != 2
                    || t.cov()[0].length != 2 || t.cov()[1].length != 2) {
                throw new SettingException("data.truth", "needs 'mu' and 'sigma' (1-D), or 'mean' [m1, m2] and 'cov' "
                        + "[[s11, s12], [s12, s22]] (2-D)");
            }
            if (Double.compare(t.cov()[0][1], t.cov()[1][0]) != 0) {
                throw new SettingException("data.truth.cov", "must be symmetric (cov[0][1] = " + t.cov()[0][1]
                        + " but cov[1][0] = " + t.cov()[1][0] + ")");
            }
            truth = new TrueGaussian(t.mean(), new double[] {t.cov()[0][0], t.cov()[0][1], t.cov()[1][1]});
        }
        return new DataSource.Sampled(truth, d.n(), d.seed());
    }

    private static <E> E enumValue(String field, String given, E value, String allowed) {
        if (value == null) {
            throw new SettingException(field, "has unknown value '" + given + "' (allowed: " + allowed + ")");
        }
        return value;
    }

    /**
     * Writes a scenario file atomically. A data file inside the scenario's folder is stored
     * relative to it; data that live inside the application jar are copied next to the scenario.
     */
    public static void write(Scenario s, Path file) throws IOException {
        Path base = file.toAbsolutePath().getParent();
        if (s.data() instanceof DataSource.FromFile ff
                && ff.file().getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            // data inside the jar (a preset): put a copy next to the scenario so the file stands alone
            String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path copy = base.resolve(stem + ".data.csv");
            byte[] bytes = Files.readAllBytes(ff.file());
            AtomicFiles.write(copy, out -> out.write(bytes));
            s = s.toBuilder().data(new DataSource.FromFile(copy)).build();
        }
        String json = MAPPER.writeValueAsString(toForm(s, base));
        AtomicFiles.writeText(file, w -> w.write(json + "\n"));
    }

    /** @return the scenario as JSON text (data paths absolute unless relative already) */
    public static String toJson(Scenario s) {
        try {
            return MAPPER.writeValueAsString(toForm(s, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileForm toForm(Scenario s, Path base) {
        DataForm data;
        if (s.data() instanceof DataSource.FromFile ff) {
            Path p = ff.file();
            if (base != null && p.isAbsolute() && p.startsWith(base)) {
                p = base.relativize(p);
            }
            data = new DataForm(p.toString().replace('\\', '/'), null, null, null);
        } else {
            DataSource.Sampled sd = (DataSource.Sampled) s.data();
            TrueGaussian t = sd.truth();
            TruthForm tf = t.dim() == 1
                    ? new TruthForm(t.mean()[0], t.sd(0), null, null)
                    : new TruthForm(null, null, t.mean(),
                        new double[][] {{t.cov()[0], t.cov()[1]}, {t.cov()[1], t.cov()[2]}});
            data = new DataForm(null, tf, sd.n(), sd.seed());
        }
        Hyper h = s.hyper();
        return new FileForm(s.name().isEmpty() ? null : s.name(), s.explanation().isEmpty() ? null : s.explanation(),
                s.dim(), data, s.mode().cliName(), s.param().cliName(), s.optimizer().cliName(), s.lr(), s.steps(),
                s.init(), s.order().cliName(), s.bug().cliName(), s.every(), h.beta(), h.beta1(), h.beta2(), h.eps());
    }

    private static String where(String name, JsonProcessingException e) {
        var loc = e.getLocation();
        // a mapping error is seen after its token was read: the token's own line is the one to name
        if (e instanceof JsonMappingException && e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p
                && p.currentTokenLocation() != null) {
            loc = p.currentTokenLocation();
        }
        return loc != null && loc.getLineNr() > 0 ? name + " line " + loc.getLineNr() + ": " : name + ": ";
    }

    /** @return the 1-based line of the first {@code "key":} in the text, or 0 */
    static int lineOf(String text, String key) {
        var m = java.util.regex.Pattern.compile("\"" + java.util.regex.Pattern.quote(key) + "\"\\s*:").matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == double[].class) {
            return "an array of numbers";
        }
        if (type == double[][].class) {
            return "an array of arrays of numbers";
        }
        return "an object {...}";
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}

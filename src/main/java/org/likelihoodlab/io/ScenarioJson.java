package org.likelihoodlab.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.likelihoodlab.experiment.DataSource;
import org.likelihoodlab.experiment.Mode;
import org.likelihoodlab.experiment.Scenario;
import org.likelihoodlab.experiment.SettingException;
import org.likelihoodlab.experiment.TrueGaussian;
import org.likelihoodlab.math.Parameterization;
import org.likelihoodlab.optim.Bug;
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.optim.Safeguards;
import org.likelihoodlab.experiment.Sampling;
import org.likelihoodlab.experiment.Schedule;
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
 *   "beta": 0.9, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "rho": 0.99,
 *   "clip": 1.0, "lineSearch": "armijo" }       (eps: 1e-10 for adagrad when not given)
 * </pre>
 */
public final class ScenarioJson {

    /** The file's fields; {@code null} = not given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "explanation", "dim", "data", "mode", "param", "optimizer", "lr", "steps", "init",
        "order", "bug", "every", "beta", "beta1", "beta2", "eps", "rho", "clip", "lineSearch", "batchSize", "sampling",
        "samplingSeed", "schedule", "warmup", "average"})
    record FileForm(String name, String explanation, Integer dim, DataForm data, String mode, String param,
            String optimizer, Double lr, Long steps, double[] init, String order, String bug, Long every,
            Double beta, Double beta1, Double beta2, Double eps, Double rho, Double clip, String lineSearch,
            Integer batchSize, String sampling, Long samplingSeed, String schedule, Long warmup, Long average) {
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

    /** The largest scenario file read, in bytes. */
    static final int MAX_BYTES = 1 << 20;

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
        try (InputStream in = Inputs.open(file)) {
            Path base = file.toAbsolutePath().getParent();
            return readBuilder(in, file.toString(), base);
        } catch (IOException e) {
            throw Inputs.readFailed(file, e);
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
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(name + ": larger than " + (MAX_BYTES >> 20) + " MB, not a scenario file (a "
                    + "scenario is a small JSON object)");
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);   // a byte-order mark, as some editors save UTF-8
        }
        if (text.isBlank()) {
            throw new BadInputException(name + ": empty file, expected a JSON object with the scenario's fields");
        }
        FileForm f;
        try {
            f = MAPPER.readValue(text, FileForm.class);
        } catch (JsonProcessingException e) {
            throw ScenarioErrors.of(name, text, e, FileForm.class);
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
        return new BadInputException(name + ": field '" + e.setting() + "' " + Messages.oneLine(e.problem()));
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
        stochastic(f, b);
        Hyper h = Hyper.DEFAULT;
        try {
            b.hyper(new Hyper(f.beta() != null ? f.beta() : h.beta(), f.beta1() != null ? f.beta1() : h.beta1(),
                    f.beta2() != null ? f.beta2() : h.beta2(), f.eps() != null ? f.eps() : h.eps(),
                    f.rho() != null ? f.rho() : h.rho()), f.eps() != null);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().substring(0, e.getMessage().indexOf(' '));
            throw new SettingException(field, e.getMessage().substring(field.length() + 1));
        }
        if (f.clip() != null && !(f.clip() > 0 && Double.isFinite(f.clip()))) {
            throw new SettingException("clip", "must be a finite number > 0 (was " + f.clip() + ")");
        }
        if (f.clip() != null || f.lineSearch() != null) {
            b.guards(new Safeguards(f.clip() != null ? f.clip() : 0, lineSearch(f.lineSearch())));
        }
        return b;
    }

    /** The fields of stochastic runs (math.md 9.1-9.4): batch size, sample order and its seed, schedule, averaging. */
    private static void stochastic(FileForm f, Scenario.Builder b) {
        if (f.batchSize() != null) {
            b.batchSize(f.batchSize());
        }
        if (f.sampling() != null) {
            b.sampling(enumValue("sampling", f.sampling(), Sampling.byName(f.sampling()), Sampling.names()));
        }
        b.samplingSeed(f.samplingSeed());
        if (f.schedule() != null) {
            b.schedule(Schedule.parse(f.schedule()));
        }
        if (f.warmup() != null) {
            b.warmup(f.warmup());
        }
        if (f.average() != null) {
            if (f.average() < 0) {
                throw new SettingException("average", "must be a whole number >= 0 (was " + f.average() + ")");
            }
            b.average(f.average());
        }
    }

    /** @return true for "armijo", false for "none"; anything else names the field and the allowed values */
    private static boolean lineSearch(String v) {
        if (v == null || v.equals("none")) {
            return false;
        }
        if (v.equals("armijo")) {
            return true;
        }
        throw new SettingException("lineSearch", "unknown value '" + Messages.token(v) + "' (allowed: none, armijo)");
    }

    private static DataSource toData(DataForm d, Integer dim, Path base) {
        if (d.file() != null) {
            if (d.truth() != null || d.n() != null || d.seed() != null) {
                throw new SettingException("data", "give either 'data.file' or 'data.truth' with 'data.n' and "
                        + "'data.seed', not both");
            }
            if (d.file().isEmpty() || d.file().indexOf('\0') >= 0) {
                throw new SettingException("data.file", "must be a file name (was '" + Messages.quote(d.file()) + "')");
            }
            // resolve by name: base may live in another file system (a preset inside the jar)
            Path p = FileNames.resolve(base, d.file());
            return new DataSource.FromFile(base == null || isAbsolute(d.file()) ? p : p.normalize());
        }
        if (d.truth() == null) {
            throw new SettingException("data", "needs 'data.file', or 'data.truth' with 'data.n' and 'data.seed'");
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
            double sigma = t.sigma();
            if (!(sigma > 0)) {
                throw new SettingException("data.truth.sigma", "must be > 0 (was " + sigma + ")");
            }
            if (!Double.isFinite(t.mu())) {
                throw new SettingException("data.truth.mu", "must be a finite number (was " + t.mu() + ")");
            }
            if (!Double.isFinite(sigma * sigma)) {
                throw new SettingException("data.truth.sigma", "is too large: sigma^2 overflows doubles (was " + sigma
                        + "; at most about 1.3e154)");
            }
            if (sigma * sigma < Double.MIN_NORMAL) {
                throw new SettingException("data.truth.sigma", "is too small: sigma^2 underflows doubles (was " + sigma
                        + "; at least about 1.5e-154)");
            }
            truth = TrueGaussian.of1(t.mu(), sigma);
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

    private static boolean isAbsolute(String name) {
        try {
            return Path.of(name).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return name.startsWith("/");
        }
    }

    private static <E> E enumValue(String field, String given, E value, String allowed) {
        if (value == null) {
            throw new SettingException(field, "has unknown value '" + Messages.quote(given) + "' (allowed: " + allowed + ")");
        }
        return value;
    }

    /**
     * Writes a scenario file atomically. A data file inside the scenario's folder is stored
     * relative to it; data that live inside the application jar are copied next to the scenario.
     */
    public static void write(Scenario s, Path file) throws IOException {
        Path base = file.toAbsolutePath().getParent();
        s = standalone(s, file);   // data inside the jar (a preset): a copy next to the file
        String json = MAPPER.writeValueAsString(toForm(s, base));
        AtomicFiles.writeText(file, w -> w.write(json + "\n"));
    }

    /**
     * @return the scenario as a JSON tree, a data file inside {@code base} relative to it (as
     *     {@link #write} stores it)
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode toTree(Scenario s, Path base) {
        return MAPPER.valueToTree(toForm(s, base));
    }

    /**
     * @return the scenario with data that live inside the application jar (a preset's) copied next
     *     to {@code file} (as {@code STEM.data.csv}), so a file written there stands alone
     */
    public static Scenario standalone(Scenario s, Path file) throws IOException {
        if (s.data() instanceof DataSource.FromFile ff
                && ff.file().getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            Path base = file.toAbsolutePath().getParent();
            String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path copy = base.resolve(stem + ".data.csv");
            byte[] bytes = Files.readAllBytes(ff.file());
            AtomicFiles.write(copy, out -> out.write(bytes));
            return s.toBuilder().data(new DataSource.FromFile(copy)).build();
        }
        return s;
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
                s.init(), s.order().cliName(), s.bug().cliName(), s.every(), h.beta(), h.beta1(), h.beta2(), h.eps(), h.rho(),
                s.guards().clip() > 0 ? s.guards().clip() : null, s.guards().armijo() ? "armijo" : null,
                s.mode() == org.likelihoodlab.experiment.Mode.MINIBATCH ? Integer.valueOf(s.batchSize()) : null,
                s.sampling() == Sampling.FILE ? null : s.sampling().cliName(), s.samplingSeed(),
                s.schedule().equals(Schedule.CONST) ? null : s.schedule().toString(), s.warmup() > 0 ? s.warmup() : null,
                s.averaging() ? s.average() : null);
    }
}

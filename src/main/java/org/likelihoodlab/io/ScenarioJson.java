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
import org.likelihoodlab.optim.Hyper;
import org.likelihoodlab.experiment.Sampling;
import org.likelihoodlab.experiment.Schedule;

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
        String text = SmallJsonFile.text(in, name, "not a scenario file (a scenario is a small JSON object)");
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
            return ScenarioFields.toBuilder(f, base);
        } catch (SettingException e) {
            throw fieldError(name, e);
        }
    }

    /** @return the one-line message for a bad field value found after parsing */
    public static BadInputException fieldError(String name, SettingException e) {
        return new BadInputException(name + ": field '" + e.setting() + "' " + Messages.oneLine(e.problem()));
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

    /** @return the scenario as JSON text, a data file inside {@code base} relative to it (a lesson's inline scene) */
    public static String toJson(Scenario s, Path base) {
        try {
            return MAPPER.writeValueAsString(toForm(s, base));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileForm toForm(Scenario s, Path base) {
        DataForm data = ScenarioDataJson.form(s.data(), base);
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

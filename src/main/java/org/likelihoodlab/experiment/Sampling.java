package org.likelihoodlab.experiment;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where the points of an online or mini-batch update come from (math.md section 9.1). */
public enum Sampling {
    /** Index m is m mod n: the data file's order, cycled (section 1's online order). */
    FILE("file"),
    /** Epochs, each a fresh Fisher-Yates permutation of 0..n-1 driven by SplitMix64. */
    SHUFFLE("shuffle"),
    /** With replacement: index = next() mod n (unsigned). */
    REPLACE("replace"),
    /** Fresh points from the true distribution each update (sampled-data scenarios only). */
    STREAM("stream");

    private final String cliName;

    Sampling(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Sampling byName(String s) {
        return Arrays.stream(values()).filter(v -> v.cliName.equals(s)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(Sampling::cliName).collect(Collectors.joining(", "));
    }
}

package org.likelihoodlab.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How values read in the controls: choices by a label function, the log slider's tick labels. */
final class Converters {

    private Converters() {
    }

    /** Shows a choice by its label (the choices are never typed in). */
    static <T> StringConverter<T> of(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Tick labels of a slider over log10 of a value: 1e-5 ... 1, 10. */
    static StringConverter<Double> powersOfTen() {
        return new StringConverter<>() {
            @Override
            public String toString(Double v) {
                long e = Math.round(v);
                return e == 0 ? "1" : e == 1 ? "10" : "1e" + e;
            }

            @Override
            public Double fromString(String s) {
                return 0.0;
            }
        };
    }
}

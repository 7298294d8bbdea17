package org.likelihoodlab.experiment.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A narration's inline maths: names become symbols, ^ and _ raise and lower. */
class InlineMathTest {

    @Test
    void namesBecomeSymbolsAndScriptsAreRaisedOrLowered() {
        assertEquals(List.of(new InlineMath.Span("1/\u03c3", 0), new InlineMath.Span("3", 1),
                new InlineMath.Span(" and s", 0), new InlineMath.Span("1", -1)),
                InlineMath.spans("1/\\sigma^3 and s_1"));
        assertEquals(List.of(new InlineMath.Span("e", 0), new InlineMath.Span("\u2212x\u00b7\u03b1", 1)),
                InlineMath.spans("e^{-x\\cdot\\alpha}"));
    }

    @Test
    void plainTextUsesUnicodeScriptsWhereTheyExist() {
        assertEquals("\u03a3 = \u03b1\u2207, \u03c3\u00b2, s\u2081, \u03c3\u207b\u00b3, e^(q)",
                InlineMath.plain("\\Sigma = \\alpha\\nabla, \\sigma^2, s_1, \\sigma^{-3}, e^{q}"));
        // typed symbols, an unknown name, a lone caret and a price stay as they are
        assertEquals("\u03c3\u00b2 \\foo a ^ b $5", InlineMath.plain("\u03c3\u00b2 \\foo a ^ b $5"));
    }
}

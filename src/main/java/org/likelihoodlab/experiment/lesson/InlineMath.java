package org.likelihoodlab.experiment.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simple inline maths of a narration: {@code \alpha}, {@code \sigma}, {@code \nabla} and the other
 * names below become their symbols, {@code ^2} or {@code ^{-3}} a superscript and {@code _1} or
 * {@code _{k}} a subscript; symbols typed directly (σ², ∇, α) stay as they are. The window and the
 * handout both draw the {@link Span}s, so the two look alike; {@link #plain} gives the text with
 * Unicode superscript and subscript characters where they exist (for notes and tooltips).
 */
public final class InlineMath {

    /**
     * A piece of text at one height.
     *
     * @param text the characters
     * @param shift 0 on the line, 1 raised (superscript), -1 lowered (subscript)
     */
    public record Span(String text, int shift) {
    }

    static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "\u03b1"), Map.entry("beta", "\u03b2"), Map.entry("gamma", "\u03b3"),
            Map.entry("delta", "\u03b4"), Map.entry("epsilon", "\u03b5"), Map.entry("eta", "\u03b7"),
            Map.entry("theta", "\u03b8"), Map.entry("lambda", "\u03bb"), Map.entry("mu", "\u03bc"),
            Map.entry("rho", "\u03c1"), Map.entry("sigma", "\u03c3"), Map.entry("tau", "\u03c4"),
            Map.entry("Sigma", "\u03a3"), Map.entry("Delta", "\u0394"), Map.entry("nabla", "\u2207"),
            Map.entry("partial", "\u2202"), Map.entry("ell", "\u2113"), Map.entry("approx", "\u2248"), Map.entry("le", "\u2264"),
            Map.entry("ge", "\u2265"), Map.entry("ne", "\u2260"), Map.entry("cdot", "\u00b7"),
            Map.entry("times", "\u00d7"), Map.entry("sqrt", "\u221a"), Map.entry("infty", "\u221e"),
            Map.entry("to", "\u2192"), Map.entry("leftarrow", "\u2190"), Map.entry("propto", "\u221d"), Map.entry("pm", "\u00b1"), Map.entry("bar", "\u0304"));

    private static final String SUPERS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    private static final String SUBS = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089";

    private InlineMath() {
    }

    /** @return the narration as spans of text on, above and below the line (adjacent spans of one height merged) */
    public static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                String sym = SYMBOLS.get(text.substring(i + 1, j));
                cur.append(sym != null ? sym : text, sym != null ? 0 : i, sym != null ? sym.length() : j);
                i = j;
            } else if ((c == '^' || c == '_') && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                int end;
                String arg;
                if (text.charAt(i + 1) == '{' && text.indexOf('}', i + 2) > 0) {
                    end = text.indexOf('}', i + 2);
                    arg = text.substring(i + 2, end);
                    end++;
                } else {
                    end = i + 2;
                    arg = text.substring(i + 1, end);
                }
                flush(out, cur, 0);
                out.add(new Span(plainSymbols(arg), c == '^' ? 1 : -1));
                i = end;
            } else {
                cur.append(c);
                i++;
            }
        }
        flush(out, cur, 0);
        return merge(out);
    }

    /** @return the narration as one line of text (superscript digits as ², subscripts as ₁, the rest as ^(…)) */
    public static String plain(String text) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans(text)) {
            if (s.shift() == 0) {
                b.append(s.text());
                continue;
            }
            String digits = s.shift() > 0 ? SUPERS : SUBS;
            StringBuilder m = new StringBuilder();
            for (char ch : s.text().toCharArray()) {
                if (ch >= '0' && ch <= '9') {
                    m.append(digits.charAt(ch - '0'));
                } else if (ch == '-' || ch == '\u2212') {
                    m.append(s.shift() > 0 ? '\u207b' : '\u208b');
                } else if (ch == '+') {
                    m.append(s.shift() > 0 ? '\u207a' : '\u208a');
                } else {
                    m = null;
                    break;
                }
            }
            b.append(m != null ? m : (s.shift() > 0 ? "^(" : "_(") + s.text() + ")");
        }
        return b.toString();
    }

    private static String plainSymbols(String arg) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans(arg)) {
            b.append(s.text());
        }
        return b.toString().replace('-', '\u2212');
    }

    private static void flush(List<Span> out, StringBuilder cur, int shift) {
        if (cur.length() > 0) {
            out.add(new Span(cur.toString(), shift));
            cur.setLength(0);
        }
    }

    private static List<Span> merge(List<Span> in) {
        List<Span> out = new ArrayList<>();
        for (Span s : in) {
            if (!out.isEmpty() && out.get(out.size() - 1).shift() == s.shift()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.text() + s.text(), s.shift()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}

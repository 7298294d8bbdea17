package org.likelihoodlab.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.likelihoodlab.experiment.lesson.InlineMath;

/**
 * Draws a narration's {@link InlineMath.Span}s with Java2D, wrapped to a width: superscripts and
 * subscripts are set smaller and raised or lowered, so σ², ∇ and s₁ read as they do in the window.
 */
final class SpanText {

    private static final double SMALL = 0.7;

    private SpanText() {
    }

    /** A word (or a piece of one) at one height. */
    private record Piece(String text, int shift, boolean spaceBefore) {
    }

    /**
     * Draws the text from the top-left corner (x, y), wrapped at {@code width}.
     *
     * @return the y below the last line
     */
    static double draw(Graphics2D g, String narration, Font font, double x, double y, double width, double lineGap) {
        List<Piece> pieces = pieces(InlineMath.spans(narration));
        FontMetrics fm = g.getFontMetrics(font);
        Font small = font.deriveFont((float) (font.getSize2D() * SMALL));
        FontMetrics sm = g.getFontMetrics(small);
        double line = fm.getHeight() * lineGap;
        double baseline = y + fm.getAscent();
        double cx = x;
        double space = fm.stringWidth(" ");
        boolean lineStart = true;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.text().equals("\n")) {
                baseline += line;
                cx = x;
                lineStart = true;
                continue;
            }
            // a word and the raised or lowered pieces glued to it move to the next line together
            double w = width(p, fm, sm);
            for (int j = i + 1; j < pieces.size() && !pieces.get(j).spaceBefore() && !pieces.get(j).text().equals("\n");
                    j++) {
                w += width(pieces.get(j), fm, sm);
            }
            double gap = p.spaceBefore() && !lineStart ? space : 0;
            if (!lineStart && p.spaceBefore() && cx + gap + w > x + width) {
                baseline += line;
                cx = x;
                gap = 0;
            }
            cx += gap;
            Font f = p.shift() == 0 ? font : small;
            double dy = p.shift() > 0 ? -fm.getAscent() * 0.38 : p.shift() < 0 ? fm.getDescent() * 0.8 : 0;
            g.setFont(f);
            g.drawString(p.text(), (float) cx, (float) (baseline + dy));
            cx += width(p, fm, sm);
            lineStart = false;
        }
        return baseline + fm.getDescent();
    }

    private static double width(Piece p, FontMetrics fm, FontMetrics sm) {
        return (p.shift() == 0 ? fm : sm).stringWidth(p.text());
    }

    /** Splits spans into words; a piece glued to the previous one has no space before it. */
    private static List<Piece> pieces(List<InlineMath.Span> spans) {
        List<Piece> out = new ArrayList<>();
        boolean pendingSpace = false;
        for (InlineMath.Span s : spans) {
            String t = s.text();
            int i = 0;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c == '\n') {
                    out.add(new Piece("\n", 0, false));
                    pendingSpace = false;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    pendingSpace = true;
                    i++;
                } else {
                    int j = i;
                    while (j < t.length() && !Character.isWhitespace(t.charAt(j))) {
                        j++;
                    }
                    out.add(new Piece(t.substring(i, j), s.shift(), pendingSpace || out.isEmpty()));
                    pendingSpace = false;
                    i = j;
                }
            }
        }
        return out;
    }
}

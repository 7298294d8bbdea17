package org.likelihoodlab.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels that stay short: plain decimals with at most six significant digits between 1e-3
 * and 1e5 (thousands grouped, Locale.ROOT: "1,000", "0.25", "1.99526"), and scientific notation
 * with at most four outside ("8e32", "-3.2e-5"), so a run thrown to 10³² does not print 33 digits
 * and squeeze its plot.
 */
public final class TickFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
        return to.append(text(v));
    }

    @Override
    public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
        return to.append(text(v));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        try {
            double v = Double.parseDouble(source.substring(pos.getIndex()).replace(",", ""));
            pos.setIndex(source.length());
            return v;
        } catch (NumberFormatException e) {
            pos.setErrorIndex(pos.getIndex());
            return null;
        }
    }

    /** @return the label of one tick value */
    public static String text(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            BigDecimal b = new BigDecimal(v).round(new MathContext(4));
            int exp = b.precision() - b.scale() - 1;
            BigDecimal mantissa = b.movePointLeft(exp).stripTrailingZeros();
            return mantissa.toPlainString() + "e" + exp;
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        if (b.scale() < 0) {
            b = b.setScale(0);
        }
        String plain = b.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        boolean negative = whole.startsWith("-");
        String digits = negative ? whole.substring(1) : whole;
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                g.append(',');
            }
            g.append(digits.charAt(i));
        }
        return (negative ? "-" : "") + g + frac;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TickFormat;
    }

    @Override
    public int hashCode() {
        return TickFormat.class.hashCode();
    }

    /** For {@link Locale}-free use where a NumberFormat is expected. */
    static TickFormat instance() {
        return new TickFormat();
    }
}

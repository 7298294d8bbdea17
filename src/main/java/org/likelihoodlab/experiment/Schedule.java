package org.likelihoodlab.experiment;

import java.util.Locale;

/**
 * A learning-rate schedule (math.md section 9.2): the step of update k (t = k - 1) is
 * {@code lr_k = base * f(k) * w(k)} with the warm-up {@code w(k) = min(1, k / W)} for W &gt; 0.
 * <ul>
 *   <li>{@code const}: f = 1</li>
 *   <li>{@code inv:TAU}: 1 / (1 + t/TAU); {@code invsqrt:TAU}: 1 / sqrt(1 + t/TAU) (TAU &gt; 0)</li>
 *   <li>{@code step:K:GAMMA}: GAMMA^floor(t/K) (K &ge; 1, 0 &lt; GAMMA &le; 1)</li>
 *   <li>{@code cosine:T[:FLOOR]}: from base down to FLOOR (default 0) over T updates, then flat</li>
 * </ul>
 *
 * @param kind which schedule
 * @param a TAU, K or T
 * @param b GAMMA or FLOOR (0 where unused)
 */
public record Schedule(Kind kind, double a, double b) {

    /** The schedules by name. */
    public enum Kind { CONST, INV, INVSQRT, STEP, COSINE }

    /** A constant learning rate. */
    public static final Schedule CONST = new Schedule(Kind.CONST, 0, 0);

    public Schedule {
        switch (kind) {
            case INV:
            case INVSQRT:
                if (!(a > 0) || !Double.isFinite(a)) {
                    throw new SettingException("schedule", "TAU must be a number > 0 (was " + a + ")");
                }
                break;
            case STEP:
                if (!(a >= 1) || a != Math.rint(a) || a > Long.MAX_VALUE) {
                    throw new SettingException("schedule", "K must be a whole number >= 1 (was " + a + ")");
                }
                if (!(b > 0 && b <= 1)) {
                    throw new SettingException("schedule", "GAMMA must be in (0, 1] (was " + b + ")");
                }
                break;
            case COSINE:
                if (!(a >= 1) || a != Math.rint(a) || a > Long.MAX_VALUE) {
                    throw new SettingException("schedule", "T must be a whole number >= 1 (was " + a + ")");
                }
                if (!(b >= 0) || !Double.isFinite(b)) {
                    throw new SettingException("schedule", "FLOOR must be a number >= 0 (was " + b + ")");
                }
                break;
            default:
                break;
        }
    }

    /**
     * Parses {@code const}, {@code inv:TAU}, {@code invsqrt:TAU}, {@code step:K:GAMMA} or
     * {@code cosine:T[:FLOOR]}.
     *
     * @throws SettingException naming the part that is wrong
     */
    public static Schedule parse(String text) {
        String[] p = text.split(":", -1);
        try {
            switch (p[0]) {
                case "const":
                    if (p.length == 1) {
                        return CONST;
                    }
                    break;
                case "inv":
                case "invsqrt":
                    if (p.length == 2) {
                        return new Schedule(p[0].equals("inv") ? Kind.INV : Kind.INVSQRT, Double.parseDouble(p[1]), 0);
                    }
                    break;
                case "step":
                    if (p.length == 3) {
                        return new Schedule(Kind.STEP, Double.parseDouble(p[1]), Double.parseDouble(p[2]));
                    }
                    break;
                case "cosine":
                    if (p.length == 2 || p.length == 3) {
                        return new Schedule(Kind.COSINE, Double.parseDouble(p[1]), p.length == 3 ? Double.parseDouble(p[2])
                                : 0);
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            throw new SettingException("schedule", "'" + quote(text) + "' has a part "
                    + "that is not a number");
        }
        throw new SettingException("schedule", "unknown schedule '" + quote(text)
                + "' (allowed: const, inv:TAU, invsqrt:TAU, step:K:GAMMA, cosine:T[:FLOOR])");
    }

    /** @return the factor f(k) * base of update k (1-based) for the base learning rate {@code base} */
    public double lr(long k, double base) {
        long t = k - 1;
        switch (kind) {
            case INV:
                return base * (1 / (1 + t / a));
            case INVSQRT:
                return base * (1 / Math.sqrt(1 + t / a));
            case STEP:
                return base * Math.pow(b, Math.floor(t / a));
            case COSINE:
                double floor = b / base;
                return base * (floor + (1 - floor) * (1 + Math.cos(Math.PI * Math.min(t, a) / a)) / 2);
            default:
                return base;
        }
    }

    /** @return {@code lr_k} with the warm-up: {@code lr(k, base) * min(1, k / warmup)} for warmup &gt; 0 */
    public double lr(long k, double base, long warmup) {
        double v = lr(k, base);
        return warmup > 0 && k < warmup ? v * ((double) k / warmup) : v;
    }

    @Override
    public String toString() {
        switch (kind) {
            case INV:
                return "inv:" + num(a);
            case INVSQRT:
                return "invsqrt:" + num(a);
            case STEP:
                return "step:" + (long) a + ":" + num(b);
            case COSINE:
                return "cosine:" + (long) a + (b != 0 ? ":" + num(b) : "");
            default:
                return "const";
        }
    }

    /** @return the text as given, at most 40 characters (a message never echoes a long field whole) */
    private static String quote(String t) {
        return t.length() <= 40 ? t : t.substring(0, 40) + "...";
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}

package org.likelihoodlab.io;

/**
 * Keeps what a message echoes short and on one line: a value from a file or an option is quoted
 * as a short token, and every message printed to a person is one line of bounded length.
 */
public final class Messages {

    /** The longest quoted value, in characters. */
    public static final int QUOTE = 40;
    /** The longest message, in characters. */
    public static final int LINE = 400;
    /** Runs of non-space characters longer than this are cut (a value echoed whole). */
    private static final int RUN = 160;

    private Messages() {
    }

    /** @return {@code s} with control characters replaced, cut to {@link #QUOTE} characters ("..." marks a cut) */
    public static String quote(String s) {
        String t = printable(s);
        return t.length() > QUOTE ? t.substring(0, QUOTE - 3) + "..." : t;
    }

    /**
     * @return the leading token of a bad field, for a message that must not reveal the rest of a
     *     line of a file that may not be a data file: the longest prefix of letters, digits and
     *     {@code + - . _}, at most 20 characters, then "..." if the field goes on
     */
    public static String token(String field) {
        int i = 0;
        while (i < field.length() && i < 20) {
            char c = field.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '-' || c == '.' || c == '_')) {
                break;
            }
            i++;
        }
        if (i == 0 && !field.isEmpty()) {
            i = Character.charCount(field.codePointAt(0));
        }
        String head = printable(field.substring(0, i));
        return i < field.length() ? head + "..." : head;
    }

    /** @return the message on one line, long runs (an echoed value) and the whole cut to bounded length */
    public static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String t = printable(message.strip());
        StringBuilder out = new StringBuilder(Math.min(t.length(), LINE + 3));
        int run = 0;
        for (int i = 0; i < t.length() && out.length() < LINE; i++) {
            char c = t.charAt(i);
            run = c == ' ' ? 0 : run + 1;
            if (run == RUN) {
                out.append("...");
                while (i + 1 < t.length() && t.charAt(i + 1) != ' ') {
                    i++;
                }
                continue;
            }
            out.append(c);
        }
        if (out.length() >= LINE) {
            out.setLength(LINE);
            out.append("...");
        }
        return out.toString();
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 4 * LINE));
        for (int i = 0; i < s.length() && b.length() < 4 * LINE; i++) {
            char c = s.charAt(i);
            b.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : Character.isISOControl(c) ? '?' : c);
        }
        return b.toString();
    }
}

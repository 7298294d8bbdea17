package org.likelihoodlab.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what Jackson reports about a scenario file into one line in the scenario's own words: the
 * file, the line, the full field path ({@code data.n}, not {@code 'n'}) and what is wrong, without
 * Jackson's internals (feature names, class names, source excerpts).
 */
final class ScenarioErrors {

    private ScenarioErrors() {
    }

    /** @return the message for a failure to read the scenario text {@code text} from file {@code name} */
    static BadInputException of(String name, String text, JsonProcessingException e, Class<?> form) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            // records are read through a buffer, so Jackson's location is the object's end: find the key
            int line = lineOf(text, u.getPropertyName());
            String where = line > 0 ? name + " line " + line + ": " : where(name, e);
            return new BadInputException(where + "unknown field '" + Messages.quote(path(u)) + "' (allowed: " + known
                    + ")");
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getPath().isEmpty()) {
                return new BadInputException(where(name, e) + "expected a JSON object {...} with the scenario's fields");
            }
            Class<?> type = typeAt(form, m);
            return new BadInputException(where(name, e) + "field '" + path(m) + "' has the wrong type: expected "
                    + expected(type != null ? type : m.getTargetType()));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String problem = plain(m.getOriginalMessage());
            if (problem.startsWith("the number ")) {
                return new BadInputException(where(name, e) + "field '" + path(m) + "': " + problem);
            }
            return new BadInputException(where(name, e) + "field '" + path(m) + "' has the wrong type: expected "
                    + expected(typeAt(form, m)));
        }
        String field = fieldOf(e);
        String problem = plain(e.getOriginalMessage());
        if (problem.startsWith("the number ") && field != null) {
            return new BadInputException(where(name, e) + "field '" + field + "': " + problem);
        }
        return new BadInputException(where(name, e) + "not valid JSON" + (field != null ? " (in field '" + field + "')"
                : "") + ": " + problem);
    }

    private static final Object[][] PLAIN = {
        {"Non-standard token '([^']*)'.*", "'$1' is not a number here: give a finite number"},
        {"Unexpected end-of-input.*", "the file ends before the JSON is complete (a missing } or ]?)"},
        {"Duplicate (?:Object property|field) [\"']([^\"']*)[\"'].*", "field '$1' is given twice"},
        {"Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
            "a number of $1 characters is too long (at most $2)"},
        {"String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
            "a text of $1 characters is too long (at most $2)"},
        {"(?:Document|Name) .*exceeds the maximum allowed.*", "the JSON is nested too deeply or too large"},
        {"Numeric value \\((.*)\\) out of range of (?:int|long).*", "the number $1 is too large for this field"},
        {"Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", "a control character (code $1) outside a string"},
        {"Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
            "a control character (code $1) inside a string (write it as an escape such as \\\\n)"},
        {"Unrecognized token '(.*)': was expecting.*",
            "unknown word '$1': expected a number, a \"string\", true, false, null, [...] or {...}"},
        {"Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): was expecting double-quote to start field name.*",
            "unexpected '$1': a field name must be in double quotes (and no comma after the last field)"},
        {"Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): was expecting comma to separate.*",
            "unexpected '$1': a comma is missing before it"},
        {"Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): ?(.*)", "unexpected '$1': $2"},
        {"Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\).*", "unexpected '$1'"},
        {"Invalid numeric value: (.*)", "not a valid number: $1"},
        {"Leading zeroes not allowed.*", "a number must not start with 0 (write 7, not 07)"},
    };

    /** @return Jackson's message in plain words, with no feature or class names, at most one short line */
    static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.lines().findFirst().orElse("").strip();
        for (String cut : new String[] {" at [Source", " (for ", " (start marker", "\n"}) {
            int i = m.indexOf(cut);
            if (i >= 0) {
                m = m.substring(0, i);
            }
        }
        for (Object[] rule : PLAIN) {
            Matcher x = Pattern.compile((String) rule[0], Pattern.DOTALL).matcher(m);
            if (x.matches()) {
                String out = (String) rule[1];
                for (int g = 1; g <= x.groupCount(); g++) {
                    String v = x.group(g) == null ? "" : x.group(g);
                    out = out.replace("$" + g, g == 1 ? Messages.quote(v) : Messages.oneLine(v));
                }
                return strip(out);
            }
        }
        return strip(m);
    }

    /** Drops whatever names Jackson's internals: backquoted names and sentences about features. */
    private static String strip(String m) {
        String s = m.replaceAll("`[^`]*`", "").replaceAll("(?i)[;:,]?[^;:,]*feature[^;:,]*", "")
                .replaceAll("\\b(com|java)\\.[\\w.$]+", "").replaceAll("\\s+", " ").strip();
        s = s.replaceAll("[\\s;:,]+$", "");
        return Messages.oneLine(s.isEmpty() ? "unreadable" : s);
    }

    static String where(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        // a mapping error is seen after its token was read: the token's own line is the one to name
        if (e instanceof JsonMappingException && e.getProcessor() instanceof JsonParser p
                && p.currentTokenLocation() != null) {
            loc = p.currentTokenLocation();
        }
        return loc != null && loc.getLineNr() > 0 ? name + " line " + loc.getLineNr() + ": " : name + ": ";
    }

    /** @return the field path where the parser stood ("data.n"), or null at the top level */
    private static String fieldOf(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser p)) {
            return null;
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts).replaceFirst("^\\.", "");
        return path.isEmpty() ? null : Messages.quote(path);
    }

    /** @return the 1-based line of the first {@code "key":} in the text, or 0 */
    static int lineOf(String text, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:").matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** @return the declared type of the field at the exception's path in the record {@code form}, or null */
    private static Class<?> typeAt(Class<?> form, JsonMappingException e) {
        Class<?> type = form;
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() == null) {
                type = type != null && type.isArray() ? type.getComponentType() : null;
                continue;
            }
            Class<?> next = null;
            if (type != null && type.isRecord()) {
                for (var c : type.getRecordComponents()) {
                    if (c.getName().equals(r.getFieldName())) {
                        next = c.getType();
                    }
                }
            }
            type = next;
        }
        return type;
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == double[].class) {
            return "an array of numbers";
        }
        if (type == double[][].class) {
            return "an array of arrays of numbers";
        }
        return type.isRecord() ? "an object {...}" : "another type";
    }
}

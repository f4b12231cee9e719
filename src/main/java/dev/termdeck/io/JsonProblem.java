package dev.termdeck.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line for a JSON file (a deck, the settings) Jackson could not read, in the user's terms:
 * {@code FILE:LINE:COL: FIELD: what is wrong}.
 * Jackson's own messages name Java types and internals ("Cannot coerce Integer value (5) to `String` value (but could
 * if coercion was enabled using `CoercionConfig`)", "[Source: (byte[])...]"); the common cases are said plainly
 * ("expected text, found the number 5"), the rest keep Jackson's first line with Java names removed. Stateless.
 */
public final class JsonProblem {
    private static final Pattern START_MARKER = Pattern.compile(
            "expected close marker for (Object|Array) \\(start marker at .*line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.([A-Z_]+)`");
    private static final Pattern COERCE = Pattern.compile("^Cannot coerce (String|Integer|Floating-point|Boolean) "
            + "value \\((.*?)\\) to");
    private static final Pattern LIMIT_SOURCE = Pattern.compile(", from `[^`]*`\\)");
    /** A limit of Jackson's parser: {@code String value length (N) exceeds the maximum allowed (M, from ...)}. */
    private static final Pattern LIMIT = Pattern.compile(
            "^(Document nesting depth|String value length|Number value length|Name length|Document length)"
                    + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private JsonProblem() {
    }

    /** The line for {@code e}, raised while reading the file called {@code name} (its path, usually). */
    public static String describe(String name, JsonProcessingException e) {
        return describe(name, e, null);
    }

    /**
     * The line for {@code e}, placed at {@code where} (the parser's position when it stopped) when {@code e} has no
     * place of its own, as a parser limit has not.
     */
    public static String describe(String name, JsonProcessingException e, JsonLocation where) {
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : where;
        StringBuilder sb = new StringBuilder(name);
        if (loc != null && loc.getLineNr() > 0) {
            sb.append(':').append(loc.getLineNr()).append(':').append(loc.getColumnNr());
        }
        sb.append(": ");
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            sb.append(path(m.getPath())).append(": ");
        }
        return sb.append(what(e)).toString();
    }

    /**
     * Why {@code e} happened, in the user's terms and without the file or place: for a JSON problem (an
     * {@link java.io.IOException} that Jackson raised, reading or writing) the wording of {@link #describe} without
     * Jackson's internals (no "reference chain", no limit class names); for any other exception its message.
     */
    public static String reason(Exception e) {
        if (e instanceof JsonProcessingException j) {
            return what(j);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String what(JsonProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.io.CharConversionException || String.valueOf(root.getMessage()).startsWith("Invalid UTF-8")) {
            return "not UTF-8 text (" + firstLine(root.getMessage()) + "); save the file as UTF-8";
        }
        if (root instanceof NullPointerException) {
            return "missing required field" + (root.getMessage() == null ? "" : " '" + root.getMessage() + "'");
        }
        if (e instanceof MismatchedInputException m && root == e) {
            String mismatch = mismatch(m);
            if (mismatch != null) {
                return mismatch;
            }
        }
        String msg = root instanceof JsonProcessingException p ? p.getOriginalMessage() : root.getMessage();
        msg = firstLine(msg == null ? root.getClass().getSimpleName() : msg);
        if (root instanceof StreamConstraintsException) {
            String limit = limit(msg);
            if (limit != null) {
                return limit;
            }
        }
        if (msg.startsWith("Unexpected end-of-input")) {
            Matcher unclosed = START_MARKER.matcher(msg);
            return "the file ends " + (unclosed.find() ? "inside the " + (unclosed.group(1).equals("Object")
                    ? "object" : "list") + " opened at line " + unclosed.group(2) + ", column " + unclosed.group(3)
                    : msg.contains("VALUE_STRING") ? "inside a text value" : "too early") + " (is the file cut short?)";
        }
        msg = LIMIT_SOURCE.matcher(msg).replaceAll(")");
        return msg.replaceAll("\\(class [^)]*\\)", "").replaceAll("`dev\\.termdeck\\.[a-z]+\\.", "`")
                .replaceAll("java\\.lang\\.", "").replaceAll("\\s+", " ").strip();
    }

    /** A limit of the JSON parser that the file went past, in words; {@code null} for a message not known. */
    private static String limit(String message) {
        Matcher m = LIMIT.matcher(message);
        if (!m.find()) {
            return null;
        }
        String found = String.format("%,d", Long.parseLong(m.group(2)));
        String max = String.format("%,d", Long.parseLong(m.group(3)));
        return switch (m.group(1)) {
            case "Document nesting depth" -> "lists and objects nested more than " + max + " deep";
            case "String value length" -> "a text value of " + found + " characters, more than the " + max
                    + " a value may have";
            case "Number value length" -> "a number of " + found + " digits, more than the " + max
                    + " a number may have";
            case "Name length" -> "a field name of " + found + " characters, more than the " + max
                    + " a name may have";
            default -> "more than the " + max + " characters a file may have";
        };
    }

    /** "expected X, found Y" for a value of the wrong JSON type, or null when the case is not that. */
    private static String mismatch(MismatchedInputException m) {
        Class<?> target = m.getTargetType();
        String expected = target == null ? null : expected(target);
        String found = m instanceof InvalidFormatException f ? value(f.getValue()) : token(m.getOriginalMessage());
        return expected == null || found == null ? null : "expected " + expected + ", found " + found;
    }

    private static String expected(Class<?> target) {
        if (target == String.class || target.isEnum() || target.getSimpleName().equals("Lang")) {
            return "text";
        }
        if (target == double.class || target == Double.class || target == int.class || target == Integer.class
                || target == long.class || target == Long.class) {
            return "a number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "an object";
        }
        return null;
    }

    /** A scalar Jackson refused to convert, as the user wrote it. */
    private static String value(Object v) {
        if (v instanceof String s) {
            return "the text \"" + abbreviate(s) + "\"";
        }
        if (v instanceof Number n) {
            return "the number " + n;
        }
        return v instanceof Boolean b ? b.toString() : null;
    }

    /**
     * The value Jackson's message names, in words: a refused coercion ({@code Cannot coerce String value ("high")})
     * or a token ({@code (token `JsonToken.START_ARRAY`)}).
     */
    private static String token(String message) {
        String text = message == null ? "" : message;
        Matcher c = COERCE.matcher(text);
        if (c.find()) {
            return c.group(1).equals("String") ? "the text " + abbreviate(c.group(2))
                    : c.group(1).equals("Boolean") ? c.group(2) : "the number " + c.group(2);
        }
        Matcher m = TOKEN.matcher(text);
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "START_ARRAY" -> "a list";
            case "START_OBJECT", "FIELD_NAME" -> "an object";
            case "VALUE_STRING" -> "text";
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
            case "VALUE_NULL" -> "null";
            default -> null;
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
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
}

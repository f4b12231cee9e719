package dev.termdeck.exchange;

import java.util.List;

/**
 * Writes delimited records: a field is put in double quotes (inner quotes doubled) when it holds the separator, a
 * quote, a line break, starts with {@code #} (which Anki would take for a comment), or has space at either end.
 * Not thread-safe; collects into a {@link StringBuilder}.
 */
public final class DelimitedWriter {
    private final StringBuilder out = new StringBuilder();
    private final char separator;
    private final String lineEnd;

    /**
     * @param separator the field separator
     * @param lineEnd   the record terminator ({@code "\r\n"} for RFC 4180)
     */
    public DelimitedWriter(char separator, String lineEnd) {
        this.separator = separator;
        this.lineEnd = lineEnd;
    }

    /** Appends a line as it is (a header or comment line), followed by the line end. */
    public DelimitedWriter raw(String line) {
        out.append(line).append(lineEnd);
        return this;
    }

    /** Appends one record. */
    public DelimitedWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            field(fields.get(i));
        }
        out.append(lineEnd);
        return this;
    }

    private void field(String value) {
        String v = value == null ? "" : value;
        if (needsQuotes(v)) {
            out.append('"').append(v.replace("\"", "\"\"")).append('"');
        } else {
            out.append(v);
        }
    }

    private boolean needsQuotes(String v) {
        if (v.isEmpty()) {
            return false;
        }
        return v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.charAt(0) == '#' || Character.isWhitespace(v.charAt(0))
                || Character.isWhitespace(v.charAt(v.length() - 1));
    }

    /** Everything written so far. */
    @Override
    public String toString() {
        return out.toString();
    }
}

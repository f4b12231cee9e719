package dev.termdeck.exchange;

import dev.termdeck.core.TermdeckException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text (CSV per RFC 4180, Anki's tab-separated text, Quizlet's lines) into {@link Row}s.
 *
 * <p>Accepts a byte order mark, CRLF, LF or CR line ends, and (when quoting is on) fields in double quotes that
 * hold separators, line breaks and doubled quotes. A broken record raises a {@link TermdeckException} whose one-line
 * message names the source, line and column ({@code deck.csv:12:7: ...}). Blank lines are skipped; with a comment
 * character, a record that starts with it is skipped to the end of its line. Not thread-safe (one reader, one text).
 */
public final class DelimitedReader {
    private final String source;
    private final String text;
    private final char separator;
    private final boolean quoting;
    private final char comment;
    private int pos;
    private int line = 1;
    private int col = 1;
    private int endLine;
    private int endCol;

    /**
     * @param source    the file name used in error messages
     * @param text      the whole text
     * @param separator the field separator
     * @param quoting   whether double quotes delimit fields
     * @param comment   records starting with this character are comments; {@code 0} for none
     */
    public DelimitedReader(String source, String text, char separator, boolean quoting, char comment) {
        this.source = source;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.separator = separator;
        this.quoting = quoting;
        this.comment = comment;
    }

    /** Every non-blank, non-comment record. */
    public List<Row> readAll() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            if (comment != 0 && text.charAt(pos) == comment) {
                skipLine();
                continue;
            }
            Row row = readRow();
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Row readRow() {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        while (true) {
            columns.add(col);
            boolean more = quoting && pos < text.length() && text.charAt(pos) == '"'
                    ? readQuoted(fields) : readPlain(fields);
            if (!more) {
                return new Row(startLine, fields, columns, endLine, endCol);
            }
        }
    }

    /** Reads an unquoted field; true when a separator follows (another field of this record). */
    private boolean readPlain(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == separator) {
                advance();
                fields.add(sb.toString());
                return true;
            }
            if (c == '\n' || c == '\r') {
                endLine();
                fields.add(sb.toString());
                return false;
            }
            if (c == '"' && quoting) {
                throw error(line, col, "a double quote inside an unquoted field (put the whole field in quotes and "
                        + "double the quote)");
            }
            sb.append(c);
            advance();
        }
        fields.add(sb.toString());
        markEnd();
        return false;
    }

    /** Reads a quoted field; true when a separator follows. */
    private boolean readQuoted(List<String> fields) {
        int openLine = line;
        int openCol = col;
        advance();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error(openLine, openCol, "the quoted field that starts here is never closed");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    sb.append('"');
                    advance();
                    advance();
                    continue;
                }
                advance();
                break;
            }
            if (c == '\r' || c == '\n') {
                boolean crlf = c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n';
                sb.append('\n');
                pos += crlf ? 2 : 1;
                line++;
                col = 1;
                continue;
            }
            sb.append(c);
            advance();
        }
        fields.add(sb.toString());
        if (pos >= text.length()) {
            markEnd();
            return false;
        }
        char next = text.charAt(pos);
        if (next == separator) {
            advance();
            return true;
        }
        if (next == '\n' || next == '\r') {
            endLine();
            return false;
        }
        throw error(line, col, "text after the closing quote of a field (a quote inside a quoted field is written "
                + "as two quotes)");
    }

    private void advance() {
        pos++;
        col++;
    }

    private void markEnd() {
        endLine = line;
        endCol = col;
    }

    private void endLine() {
        markEnd();
        char c = text.charAt(pos);
        pos += c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? 2 : 1;
        line++;
        col = 1;
    }

    private void skipLine() {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
        if (pos < text.length()) {
            endLine();
        }
    }

    private TermdeckException error(int l, int c, String message) {
        return new TermdeckException(source + ":" + l + ":" + c + ": " + message);
    }
}

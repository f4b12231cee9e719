package dev.termdeck.exchange;

import java.util.List;

/**
 * One record of a delimited text file, with where each field starts, for error messages.
 *
 * @param line    the 1-based line on which the record starts
 * @param fields  the field values, unquoted
 * @param columns the 1-based column at which each field starts (same size as {@code fields})
 * @param endLine the line on which the record ends (a quoted field may span lines)
 * @param endColumn the column just past the record's last character
 */
public record Row(int line, List<String> fields, List<Integer> columns, int endLine, int endColumn) {
    public Row {
        fields = List.copyOf(fields);
        columns = List.copyOf(columns);
        if (fields.size() != columns.size()) {
            throw new IllegalArgumentException("fields and columns differ in size");
        }
    }

    /** The field at {@code index}, or the empty string when the row is shorter. */
    public String get(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    /** {@code line:column} of field {@code index} (or of the row's end when it has no such field). */
    public String place(int index) {
        if (index >= 0 && index < columns.size()) {
            return line + ":" + columns.get(index);
        }
        return endLine + ":" + endColumn;
    }

    /** Whether every field is empty (a blank line, or a line of separators). */
    public boolean isBlank() {
        return fields.stream().allMatch(String::isEmpty);
    }
}

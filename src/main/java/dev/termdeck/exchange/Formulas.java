package dev.termdeck.exchange;

/**
 * Keeps spreadsheet formulas out of text exports (CSV, Anki text, Quizlet). A spreadsheet that opens such a file runs
 * a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a
 * formula ("CSV injection"): {@code =HYPERLINK(...)} in an imported definition is a link that leaks data. termdeck
 * therefore writes a field that starts with one of these characters with an apostrophe in front ({@code '=1+1}),
 * which spreadsheets show as text and hide, and its importers take the apostrophe off again; a field that already
 * starts with apostrophes before such a character gets one more, so that reading gives back exactly what was written.
 * Anki text is HTML, so there the first character is written as a character reference instead ({@code &#61;}),
 * which Anki shows as the character itself. {@code export --allow-formulas} writes fields as they are. Stateless.
 */
final class Formulas {
    private Formulas() {
    }

    /** Whether a spreadsheet would take a cell starting with {@code c} for a formula. */
    static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Whether {@code field}, after any apostrophes it starts with, starts with a formula character. */
    private static boolean needsGuard(String field) {
        int i = 0;
        while (i < field.length() && field.charAt(i) == '\'') {
            i++;
        }
        return i < field.length() && isTrigger(field.charAt(i));
    }

    /** {@code field} as a spreadsheet shows it as text: an apostrophe in front when it needs one. */
    static String guard(String field) {
        return field != null && needsGuard(field) ? "'" + field : field;
    }

    /** {@code field} as written by {@link #guard}, back as it was. */
    static String unguard(String field) {
        return field != null && field.startsWith("'") && needsGuard(field.substring(1)) ? field.substring(1) : field;
    }

    /** An HTML field (Anki text) with a formula character at its start written as a character reference. */
    static String guardHtml(String field) {
        if (field == null || field.isEmpty() || !isTrigger(field.charAt(0))) {
            return field;
        }
        return "&#" + (int) field.charAt(0) + ";" + field.substring(1);
    }
}

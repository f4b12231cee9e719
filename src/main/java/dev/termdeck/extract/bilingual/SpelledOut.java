package dev.termdeck.extract.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The long forms a text writes before a short form in brackets ("large language models (LMs)", "多点邻近（MPP）"). Two
 * readings, one search: {@link GlossaryDefinitions} takes a long form with an apostrophe and a short form that opens a
 * list in its brackets ("(LM, see above)"); {@link ComposedDefinitions} only a short form alone in its brackets, with no
 * apostrophe before it. Stateless; thread-safe.
 */
final class SpelledOut {
    private SpelledOut() {
    }

    /**
     * The long forms {@code text} writes before {@code sf} in brackets, in text order. With {@code alone}, the short
     * form (or its plural) stands alone in its brackets and the long form has no apostrophe; else it may be followed by
     * a comma or a semicolon inside them ("(LM, see above)") and the long form may have one.
     *
     * <p>The text may be every paper of a card said in hundreds of documents, so the pattern is not run over all of
     * it: only around each bracket the short form follows. A long form is at most 81 characters and cannot cross a
     * bracket, so a match starts at most 81 characters before the white space that ends before its bracket and ends
     * right after the short form: the matches are the ones a scan of the whole text finds, in the same order.
     */
    static List<String> longForms(String sf, String text, boolean alone) {
        if (text.isEmpty() || sf.isEmpty()) {
            return List.of();
        }
        Matcher m = Pattern.compile((alone ? "([\\p{L}\\d][\\p{L}\\d\\s-]{2,80}?)" : "([\\p{L}\\d][\\p{L}\\d\\s'-]{2,80}?)")
                + "\\s*[(（]\\s*" + Pattern.quote(sf) + (alone ? "s?\\s*[)）]" : "s?\\s*[)）,;，]")).matcher(text);
        List<String> out = new ArrayList<>();
        int pos = 0;
        int at = text.indexOf(sf);
        while (at >= 0) {
            int b = at - 1;
            while (b >= pos && isRegexSpace(text.charAt(b))) {
                b--;
            }
            if (b >= pos && (text.charAt(b) == '(' || text.charAt(b) == '（')) {
                int w = b;
                while (w > pos && isRegexSpace(text.charAt(w - 1))) {
                    w--;
                }
                int end = at + sf.length();
                if (end < text.length() && text.charAt(end) == 's') {
                    end++;
                }
                while (end < text.length() && isRegexSpace(text.charAt(end))) {
                    end++;
                }
                end = Math.min(text.length(), end + 1);
                m.region(Math.max(pos, w - 81), end);
                if (m.find()) {
                    out.add(m.group(1).strip());
                    pos = m.end();
                } else {
                    pos = b + 1;
                }
            }
            at = text.indexOf(sf, Math.max(at + 1, pos));
        }
        return out;
    }

    /** What the pattern's {@code \\s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

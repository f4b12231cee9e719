package dev.termdeck.study.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A character diff (longest common subsequence, by code point) on the normalisation the checker compares answers on:
 * case, width and, unless told to keep them, accents do not count, and characters that are neither letters nor
 * digits (spaces, hyphens, punctuation) are never a difference: the expected answer's are shown as they are, the
 * typed ones are left out. So {@code large-language model} against {@code large language model} has no difference.
 * Stateless.
 */
final class TextDiff {
    /** Answers are short; beyond this the diff is "all extra, all missing" rather than quadratic work. */
    private static final int MAX_LENGTH = 2_000;

    private TextDiff() {
    }

    /** One character of a text with the key it is compared on (empty when it never counts). */
    private record Unit(String text, String key) {
        boolean counts() {
            return !key.isEmpty();
        }
    }

    /** The segments turning {@code typed} into {@code expected}, accents not counting. */
    static List<DiffSegment> diff(String typed, String expected) {
        return diff(typed, expected, false);
    }

    /**
     * The segments turning {@code typed} into {@code expected}.
     *
     * @param keepMarks whether accents count (tone marks in pinyin)
     */
    static List<DiffSegment> diff(String typed, String expected, boolean keepMarks) {
        List<Unit> a = units(typed, keepMarks).stream().filter(Unit::counts).toList();
        List<Unit> e = units(expected, keepMarks);
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < e.size(); k++) {
            if (e.get(k).counts()) {
                at.add(k);
            }
        }
        List<DiffSegment> out = new ArrayList<>();
        if (a.size() > MAX_LENGTH || at.size() > MAX_LENGTH) {
            a.forEach(u -> append(out, DiffSegment.Kind.EXTRA, u.text()));
            e.forEach(u -> append(out, DiffSegment.Kind.MISSING, u.text()));
            return out;
        }
        int n = a.size();
        int m = at.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), e.get(at.get(j))) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int shown = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(a.get(i), e.get(at.get(j)))) {
                shown = upTo(out, e, shown, at.get(j));
                append(out, DiffSegment.Kind.SAME, e.get(at.get(j)).text());
                shown++;
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                shown = upTo(out, e, shown, at.get(j));
                append(out, DiffSegment.Kind.MISSING, e.get(at.get(j)).text());
                shown++;
                j++;
            } else {
                append(out, DiffSegment.Kind.EXTRA, a.get(i++).text());
            }
        }
        upTo(out, e, shown, e.size());
        return out;
    }

    /** Shows the expected answer's characters that do not count, from {@code from} up to {@code to}. */
    private static int upTo(List<DiffSegment> out, List<Unit> e, int from, int to) {
        for (int k = from; k < to; k++) {
            append(out, DiffSegment.Kind.SAME, e.get(k).text());
        }
        return Math.max(from, to);
    }

    private static boolean same(Unit x, Unit y) {
        return x.key().equals(y.key());
    }

    private static List<Unit> units(String s, boolean keepMarks) {
        String text = Normalizer.normalize(s, Normalizer.Form.NFC);
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String unit = Character.toString(cp);
            out.add(new Unit(unit, key(unit, keepMarks)));
        }
        return out;
    }

    /** What one character is compared on: folded as {@code study.question.AnswerKey} folds it. */
    private static String key(String unit, boolean keepMarks) {
        String n = Normalizer.normalize(unit, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK;
            if (Character.isLetterOrDigit(cp) || keepMarks && mark && sb.length() > 0) {
                sb.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    private static void append(List<DiffSegment> out, DiffSegment.Kind kind, String text) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).kind() == kind) {
            out.set(last, new DiffSegment(kind, out.get(last).text() + text));
        } else {
            out.add(new DiffSegment(kind, text));
        }
    }
}

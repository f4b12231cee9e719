package dev.termdeck.study.answer;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.core.Lang;
import dev.termdeck.study.question.AnswerKey;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks typed answers tolerantly and proposes a grade.
 *
 * <p>English: case, accents, hyphens, spaces and punctuation do not count, nor does a plural ending ({@code -s},
 * {@code -es}, {@code -ies}); aliases and the abbreviation are accepted. Chinese: full-width and half-width forms,
 * spaces and punctuation do not count; traditional characters are accepted for simplified ones (and back); pinyin is
 * accepted for the term and for each Chinese alias (corpus renderings too), with or without tones ({@code lv},
 * {@code lü} and {@code lu:} are the same; tones given as marks or numbers must be given for every toned syllable),
 * and wrong or partial tones or a missing umlaut make the answer close rather than wrong. A small typo (one edit in 4
 * to 7 characters, two in 8 to 15, three beyond) in the same script is close. A diff is given only for a close
 * answer, on the same normalisation (a hyphen or a space is never a difference).
 *
 * <p>The {@link ChineseScript} is asked to convert only a typed answer with hanzi that does not match as typed, and for
 * a reading only when typed pinyin does not match the card's own, so a lazily loaded script
 * ({@link ChineseScript#lazy}) loads its dictionaries only then. Thread-safe if the script is.
 */
public final class AnswerChecker {
    private final ChineseScript script;

    /** A checker that reads traditional Chinese through {@code script}. */
    public AnswerChecker(ChineseScript script) {
        this.script = Objects.requireNonNull(script, "script");
    }

    /** Checks {@code typed} against the question's answer and accepted alternatives. */
    public AnswerCheck check(Question q, String typed) {
        String t = typed.strip();
        if (q.mode() == Mode.CHOICE) {
            OptionalInt index = choiceIndex(q, t);
            if (index.isPresent()) {
                return checkChoice(q, index.getAsInt());
            }
        }
        List<String> forms = new ArrayList<>();
        forms.add(q.answer());
        forms.addAll(q.accepted());
        AnswerCheck best = null;
        if (q.answerLang() == Lang.ZH && Pinyin.looksLikePinyin(t)) {
            best = checkReadings(q, forms, t);
            if (best != null && best.verdict() == AnswerCheck.Verdict.CORRECT) {
                return best;
            }
        }
        for (String form : forms) {
            best = better(best, checkText(t, form, q.answerLang()));
        }
        return best;
    }

    /** The script readings of Chinese answers come from, for a term a person typed or imported. */
    public ChineseScript script() {
        return script;
    }

    /**
     * Checks typed pinyin against the reading of the answer and of each Chinese alternative (the card's own pinyin
     * for its term, the script's reading for an alias, a corpus rendering, or a term without pinyin); the best
     * check, or {@code null} when no form has hanzi. The script is asked only when the card's pinyin does not match.
     */
    private AnswerCheck checkReadings(Question q, List<String> forms, String typed) {
        AnswerCheck best = null;
        String term = q.card().term().zh();
        if (q.card().pinyin() != null && q.answer().equals(term)) {
            best = checkPinyin(typed, q.card().pinyin());
            if (best.verdict() == AnswerCheck.Verdict.CORRECT) {
                return best;
            }
        }
        for (String form : forms) {
            if (form.equals(term) && q.card().pinyin() != null || !hasHan(form) || form.length() > MAX_READ) {
                continue;
            }
            String reading = script.pinyin(form);
            if (reading != null && !reading.isBlank()) {
                best = better(best, checkPinyin(typed, reading));
                if (best.verdict() == AnswerCheck.Verdict.CORRECT) {
                    return best;
                }
            }
        }
        return best;
    }

    /** The longest Chinese form whose reading is asked for (a term, not a sentence). */
    private static final int MAX_READ = 40;

    private static AnswerCheck better(AnswerCheck best, AnswerCheck c) {
        return best == null || c.verdict().ordinal() < best.verdict().ordinal() ? c : best;
    }

    /** The option a typed line picks in a choice question: a letter {@code a}-{@code d}, a number, or the text. */
    public OptionalInt choiceIndex(Question q, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        int n = q.choices().size();
        if (t.length() == 1) {
            char c = t.charAt(0);
            if (c >= 'a' && c < 'a' + n) {
                return OptionalInt.of(c - 'a');
            }
            if (c >= '1' && c < '1' + n) {
                return OptionalInt.of(c - '1');
            }
        }
        for (int i = 0; i < n; i++) {
            if (!t.isEmpty() && key(q.choices().get(i)).equals(key(t))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The result of picking option {@code index} in a choice question. */
    public AnswerCheck checkChoice(Question q, int index) {
        String picked = q.choices().get(index);
        boolean right = index == q.correctChoice();
        AnswerCheck.Verdict v = right ? AnswerCheck.Verdict.CORRECT : AnswerCheck.Verdict.WRONG;
        // A picked option is whole: there is no typing to compare letter by letter.
        return new AnswerCheck(picked, v, v.proposedGrade(), q.answer(), List.of(), false);
    }

    private AnswerCheck checkPinyin(String typed, String cardPinyin) {
        Pinyin got = Pinyin.parse(typed);
        Pinyin want = Pinyin.parse(cardPinyin);
        AnswerCheck.Verdict v;
        if (got.letters().equals(want.letters())) {
            v = got.tones().isEmpty() || got.tones().equals(want.tones())
                    ? AnswerCheck.Verdict.CORRECT : AnswerCheck.Verdict.CLOSE;
        } else if (got.withoutUmlaut().equals(want.withoutUmlaut()) || near(got.letters(), want.letters())) {
            v = AnswerCheck.Verdict.CLOSE;
        } else {
            v = AnswerCheck.Verdict.WRONG;
        }
        List<DiffSegment> diff = v == AnswerCheck.Verdict.CLOSE
                ? TextDiff.diff(typed, Pinyin.inStyleOf(cardPinyin, typed), true) : List.of();
        return new AnswerCheck(typed, v, v.proposedGrade(), cardPinyin, diff, true);
    }

    private AnswerCheck checkText(String typed, String expected, Lang lang) {
        String a = key(typed);
        String b = key(expected);
        boolean right = a.equals(b) || lang == Lang.EN && pluralsMatch(typed, expected);
        if (!right && lang == Lang.ZH && hasHan(typed)) {
            right = key(script.toSimplified(typed)).equals(key(script.toSimplified(expected)));
        }
        AnswerCheck.Verdict v = right ? AnswerCheck.Verdict.CORRECT
                : near(a, b) && hasHan(typed) == hasHan(expected) ? AnswerCheck.Verdict.CLOSE
                : AnswerCheck.Verdict.WRONG;
        // Only a near miss in the same script is worth showing letter by letter; a wrong answer is just wrong.
        List<DiffSegment> diff = v == AnswerCheck.Verdict.CLOSE ? TextDiff.diff(typed, expected) : List.of();
        return new AnswerCheck(typed, v, v.proposedGrade(), expected, diff, false);
    }

    private static String key(String s) {
        return AnswerKey.of(s);
    }

    /** Whether two English answers differ only by plural endings, word by word or on the whole. */
    private static boolean pluralsMatch(String x, String y) {
        List<String> a = words(x);
        List<String> b = words(y);
        if (a.size() == b.size()) {
            boolean all = true;
            for (int i = 0; i < a.size() && all; i++) {
                all = intersects(singulars(a.get(i)), singulars(b.get(i)));
            }
            if (all) {
                return true;
            }
        }
        return intersects(singulars(String.join("", a)), singulars(String.join("", b)));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The word and what it would be if it were a plural. */
    private static Set<String> singulars(String w) {
        Set<String> out = new HashSet<>();
        out.add(w);
        if (w.length() > 3 && w.endsWith("ies")) {
            out.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.length() > 3 && w.endsWith("es")) {
            out.add(w.substring(0, w.length() - 2));
        }
        if (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(ChineseScript::isHan);
    }

    /** Whether {@code typed} is a small typo away from {@code expected} (both already normalised). */
    private static boolean near(String typed, String expected) {
        int allowed = allowedTypos(expected);
        return !typed.isEmpty() && Math.abs(typed.length() - expected.length()) <= allowed
                && editDistance(typed, expected) <= allowed;
    }

    private static int allowedTypos(String expectedKey) {
        int n = expectedKey.codePointCount(0, expectedKey.length());
        return n < 4 ? 0 : n < 8 ? 1 : n < 16 ? 2 : 3;
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions), by code point. */
    static int editDistance(String x, String y) {
        int[] a = x.codePoints().toArray();
        int[] b = y.codePoints().toArray();
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length][b.length];
    }
}

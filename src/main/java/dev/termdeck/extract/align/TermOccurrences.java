package dev.termdeck.extract.align;

import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.TermKeys;
import static dev.termdeck.extract.align.LatinForms.sameShortForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a term stands in one version of a paper, for {@link TermMatcher}: the word ranges of an English or Chinese
 * candidate, the Chinese words just before a short form in brackets, the English terms defined with a short form,
 * whether a Chinese string stands on word boundaries, and the candidate with a given key. String and word look-ups
 * only; stateless.
 */
final class TermOccurrences {
    private TermOccurrences() {
    }

    /** Word ranges [from, to) where the English candidate (or one of its forms) occurs. */
    static List<int[]> occurrences(PaperText en, TermCandidate c) {
        List<int[]> out = new ArrayList<>(occurrences(en, c.text()));
        for (String v : c.variants()) {
            out.addAll(occurrences(en, v));
        }
        return out;
    }

    static List<int[]> occurrences(PaperText en, String form) {
        List<String> norms = new ArrayList<>();
        for (Word w : EnglishWords.of(form)) {
            norms.add(w.norm());
        }
        List<int[]> out = new ArrayList<>();
        if (norms.isEmpty()) {
            return out;
        }
        for (int i = 0; i + norms.size() <= en.words.size(); i++) {
            boolean match = true;
            for (int k = 0; k < norms.size() && match; k++) {
                match = en.words.get(i + k).norm().equals(norms.get(k));
            }
            if (match) {
                out.add(new int[] {i, i + norms.size()});
            }
        }
        return out;
    }

    /** Word ranges where the Chinese candidate's text occurs (the words that overlap it). */
    static List<int[]> chineseOccurrences(PaperText zh, TermCandidate c) {
        List<int[]> out = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        forms.add(c.text());
        forms.addAll(c.variants());
        for (String f : forms) {
            int at = zh.text.indexOf(f);
            while (at >= 0 && !f.isEmpty()) {
                int from = -1;
                int to = -1;
                for (int w = 0; w < zh.words.size(); w++) {
                    Word word = zh.words.get(w);
                    if (word.end() > at && word.start() < at + f.length()) {
                        from = from < 0 ? w : from;
                        to = w + 1;
                    }
                }
                if (from >= 0) {
                    out.add(new int[] {from, to});
                }
                at = zh.text.indexOf(f, at + f.length());
            }
        }
        return out;
    }

    /**
     * The index of the word {@code text} starts on when it ends with word {@code last} and starts on a word's start
     * (主体独立留一法 before (LOSO): the word 主体), else -1.
     */
    static int firstWordOf(PaperText zh, int last, String text) {
        int start = zh.words.get(last).end() - text.length();
        if (start < 0 || !zh.text.startsWith(text, start)) {
            return -1;
        }
        int first = last;
        while (first > 0 && zh.words.get(first).start() > start) {
            first--;
        }
        return zh.words.get(first).start() == start ? first : -1;
    }

    /** The Chinese words just before {@code abbr} in brackets: （FBSDEs） after 前后向随机微分方程. */
    static Set<Integer> bracketEnds(PaperText zh, String abbr) {
        Set<Integer> out = new TreeSet<>();
        for (int w = 1; w < zh.words.size(); w++) {
            String f = zh.words.get(w).form();
            if (!(f.startsWith("(") || f.startsWith("（"))) {
                continue;
            }
            int open = zh.words.get(w).start();
            int close = -1;
            for (int k = open + 1; k < Math.min(zh.text.length(), open + 20); k++) {
                char ch = zh.text.charAt(k);
                if (ch == ')' || ch == '）') {
                    close = k;
                    break;
                }
            }
            if (close > 0 && sameShortForm(zh.text.substring(open + 1, close).strip(), abbr)) {
                out.add(w - 1);
            }
        }
        return out;
    }

    /**
     * The English terms defined with a short form: those the English extractor gave it, in their order, else those
     * the English text writes it right after in brackets.
     */
    static List<TermCandidate> definedWith(PaperText en, List<TermCandidate> english, String abbr) {
        List<TermCandidate> same = new ArrayList<>();
        for (TermCandidate e : english) {
            if (e.abbr() != null && sameShortForm(e.abbr(), abbr)) {
                same.add(e);
            }
        }
        List<TermCandidate> before = new ArrayList<>();
        for (TermCandidate e : english) {
            if (!same.contains(e) && beforeShortForm(en, e, abbr)) {
                before.add(e);
            }
        }
        same.addAll(before);
        return same;
    }

    /**
     * Whether the English text writes the short form in brackets right after an occurrence of the term ("Backwards
     * Aggregation (BAgger)"), whatever short form the English extractor gave the term.
     */
    static boolean beforeShortForm(PaperText en, TermCandidate e, String abbr) {
        for (int[] occ : occurrences(en, e)) {
            int at = en.words.get(occ[1] - 1).end();
            while (at < en.text.length() && en.text.charAt(at) == ' ') {
                at++;
            }
            if (at < en.text.length() && isOpening(en.text.charAt(at))) {
                int close = at + 1;
                while (close < en.text.length() && close < at + 20 && !isClosing(en.text.charAt(close))) {
                    close++;
                }
                if (close < en.text.length() && isClosing(en.text.charAt(close))
                        && sameShortForm(en.text.substring(at + 1, close).strip(), abbr)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code text} starts and ends on word boundaries where it first occurs in the Chinese version, with no
     * one-character word beside it that could be a cut-off part of it (去 before 耦原型学习, 器 after 图像标记).
     */
    static boolean wholeWords(PaperText zh, String text) {
        int at = zh.text.indexOf(text);
        if (at < 0) {
            return false;
        }
        int end = at + text.length();
        for (int w = 0; w < zh.words.size(); w++) {
            Word word = zh.words.get(w);
            if (word.start() < at && word.end() > at || word.start() < end && word.end() > end) {
                return false;
            }
            boolean before = word.end() == at;
            boolean after = word.start() == end;
            if ((before || after) && word.form().length() == 1 && word.edge() && !word.isLatin()) {
                return false;
            }
        }
        return true;
    }

    static boolean isOpening(char ch) {
        return ch == '(' || ch == '（';
    }

    static boolean isClosing(char ch) {
        return ch == ')' || ch == '）';
    }

    /** The candidate with the key, or whose English text has it in the singular; else {@code null}. */
    static TermCandidate byKey(List<TermCandidate> cs, String key) {
        for (TermCandidate c : cs) {
            if (c.key().equals(key) || TermKeys.englishSingular(c.text()).equals(key)) {
                return c;
            }
        }
        return null;
    }
}

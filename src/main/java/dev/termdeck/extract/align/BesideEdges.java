package dev.termdeck.extract.align;

import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The edges of the Chinese run a translation writes before a short form in brackets, for
 * {@link ShortFormRenderings#beside}: the run goes back from the brackets over Chinese words, so it can take the verb of
 * the sentence glued to the term's first word, and it stops at a Latin word the term starts with. Here a verbal noun
 * glued on goes, and such a Latin word comes back. Not thread-safe (the paper's associations).
 */
final class BesideEdges {
    /** The shortest stem by which an English word of the term and one of the glossary's English are one word. */
    private static final int STEM = 4;

    private final Glossary glossary;
    private final PaperAssociations assoc;

    BesideEdges(Glossary glossary, PaperAssociations assoc) {
        this.glossary = glossary;
        this.assoc = assoc;
    }

    /**
     * The index of the run's first word once a verb or verbal noun glued on at its start is left out ({@code first}
     * when there is none): HanLP tags the word {@code v} or {@code vn}, at least two characters of the run follow it,
     * no content word of the term renders it, and it has a meaning of its own that is no word of the term: the
     * glossary translates it with English that shares no word with the term, or an English word of the paper outside
     * the term renders it (保护 of 保护知识产权（IP） for "intellectual property": 保护 is "protect", the verb of the
     * sentence; 集成 of 通过集成结构感知状态编码（SASE）模块 for "Structure-Aware State Encoding", "by integrating").
     *
     * @param english the term's content words
     * @param last    the index of the run's last word
     */
    int withoutGluedVerb(PaperAligner.Bitext b, List<Word> english, int first, int last) {
        PaperText zh = b.zh;
        Word w = zh.words.get(first);
        if (first >= last || !w.verbal() || !w.isHan() || zh.words.get(last).end() - w.end() < 2) {
            return first;
        }
        for (Word e : english) {
            if (assoc.renders(e, w)) {
                return first;
            }
        }
        return foreign(w, english) || assoc.claimedOutside(b, english, w) ? first + 1 : first;
    }

    /**
     * The index of the Latin word the translation keeps before the run when the term starts with it and the short form
     * with its first letter, right before the run or across one word that joins it (即, 作为, a hyphen): LLM of
     * LLM即用户评估（LAU-Eval） for "LLM-as-User Evaluation", Aria of Aria导航数据集（AND） for "Aria Navigation
     * Dataset"; else {@code first}.
     */
    int withLatinStart(PaperText zh, String term, String abbr, int first) {
        int k = first - 1;
        if (k >= 0 && joins(zh.words.get(k)) && adjacent(zh, k, first)) {
            k--;
        }
        if (k < 0 || !adjacent(zh, k, k + 1)) {
            return first;
        }
        Word latin = zh.words.get(k);
        String f = latin.form().toLowerCase(Locale.ROOT);
        String t = term.toLowerCase(Locale.ROOT);
        if (!latin.isLatin() || f.isEmpty() || !Character.isLetter(f.charAt(0))
                || Character.toLowerCase(abbr.charAt(0)) != f.charAt(0)) {
            return first;
        }
        boolean starts = t.startsWith(f) && (t.length() == f.length() || !Character.isLetterOrDigit(t.charAt(f.length())));
        return starts ? k : first;
    }

    /** Whether a word joins a kept Latin word to the Chinese after it: a function word, a short verb, a hyphen. */
    private static boolean joins(Word w) {
        return w.form().equals("-") || w.isHan() && (!w.content() || w.verbal() && w.form().length() <= 2);
    }

    /** Whether only spaces stand between word {@code k} and the next, {@code next}. */
    private static boolean adjacent(PaperText zh, int k, int next) {
        return zh.text.substring(zh.words.get(k).end(), zh.words.get(next).start()).isBlank();
    }

    /** Whether the glossary translates the Chinese word with English that shares no word with the term. */
    private boolean foreign(Word z, List<Word> english) {
        Optional<GlossaryEntry> g = glossary.byChinese(z.form());
        if (g.isEmpty()) {
            return false;
        }
        for (Word ge : EnglishWords.of(g.get().en())) {
            for (Word e : english) {
                String a = ge.norm();
                String c = e.norm();
                int n = Math.min(STEM, Math.min(a.length(), c.length()));
                if (a.regionMatches(0, c, 0, n)) {
                    return false;
                }
            }
        }
        return true;
    }

}

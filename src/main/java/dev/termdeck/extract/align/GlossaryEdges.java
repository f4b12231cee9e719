package dev.termdeck.extract.align;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Completes the edges of a Chinese term found by alignment from the glossary's rendering of the English term's first
 * and last words: when the term starts with the end of that rendering and the characters right before it are the
 * rest, the term lost a morpheme at its edge that the English holds (自 of 自监督事件表示 for "Self-Supervised Event
 * Representation": the building block "self-supervised" is 自监督, and HanLP reads 自 alone, as a preposition, which
 * alignment never takes into a term); the same at the end with the last words. The English words looked up are the
 * first (last) one to three words as the term writes them (hyphenated "Self-Supervised" as one), so a building block
 * of several words counts. Stateless but for the glossary; thread-safe.
 */
final class GlossaryEdges {
    /** The most English words of an edge looked up together ("self-supervised", "non-local"). */
    private static final int MAX_WORDS = 3;

    private final Glossary glossary;

    GlossaryEdges(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * The Chinese term [start, end) of {@code text} with a lost morpheme of its edges taken back, as {start, end}.
     *
     * @param english the English text the term's words are in
     * @param words   the English term's words (of {@code english})
     */
    int[] complete(String text, int start, int end, String english, List<Word> words) {
        int from = start;
        int to = end;
        for (int n = 1; n <= Math.min(MAX_WORDS, words.size()); n++) {
            String edge = english.substring(words.get(0).start(), words.get(n - 1).end());
            int k = before(text, from, to, renderings(edge));
            if (k > 0) {
                from -= k;
                break;
            }
        }
        for (int n = 1; n <= Math.min(MAX_WORDS, words.size()); n++) {
            String edge = english.substring(words.get(words.size() - n).start(), words.get(words.size() - 1).end());
            int k = after(text, from, to, renderings(edge));
            if (k > 0) {
                to += k;
                break;
            }
        }
        return new int[] {from, to};
    }

    /**
     * How many characters before {@code start} complete a rendering the term starts with the rest of (1 for 自 of
     * 自监督 before 监督事件表示), or 0.
     */
    private static int before(String text, int start, int end, List<String> renderings) {
        String term = text.substring(start, end);
        for (String r : renderings) {
            if (!allHan(r) || term.contains(r)) {
                continue;
            }
            for (int k = 1; k < r.length() && k <= start; k++) {
                if (text.startsWith(r.substring(0, k), start - k) && term.startsWith(r.substring(k))) {
                    return k;
                }
            }
        }
        return 0;
    }

    /** How many characters after {@code end} complete a rendering the term ends with the start of, or 0. */
    private static int after(String text, int start, int end, List<String> renderings) {
        String term = text.substring(start, end);
        for (String r : renderings) {
            if (!allHan(r) || term.contains(r)) {
                continue;
            }
            for (int k = 1; k < r.length() && end + k <= text.length(); k++) {
                if (text.startsWith(r.substring(r.length() - k), end) && term.endsWith(r.substring(0, r.length() - k))) {
                    return k;
                }
            }
        }
        return 0;
    }

    private List<String> renderings(String english) {
        Optional<GlossaryEntry> e = glossary.byEnglish(english.toLowerCase(Locale.ROOT));
        return e.isPresent() && !e.get().zh().isEmpty() ? e.get().allZh() : List.of();
    }

    private static boolean allHan(String s) {
        return s.length() >= 2 && s.chars().allMatch(ChineseScript::isHan);
    }
}

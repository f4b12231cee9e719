package dev.termdeck.extract.align;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Completes the edges of a Chinese term found by alignment from the glossary's rendering of the English term's first
 * and last words: when the term starts with the end of that rendering and the characters right before it are the
 * rest, the term lost a morpheme at its edge that the English holds (自 of 自监督事件表示 for "Self-Supervised Event
 * Representation": the building block "self-supervised" is 自监督, and HanLP reads 自 alone, as a preposition, which
 * alignment never takes into a term); the same at the end with the last words. The English words looked up are the
 * first (last) one to three words as the term writes them (hyphenated "Self-Supervised" as one), so a building block
 * of several words counts. Where the glossary has no rendering to complete, the character that renders the first
 * word's affix ({@link AffixCharacters}: 可 for "-able") is taken back when the segmenter read it alone right before
 * the term (可/转移的粗粒度形式 for "transferable coarse-grained form"). Immutable; thread-safe.
 */
final class GlossaryEdges {
    /** The most English words of an edge looked up together ("self-supervised", "non-local"). */
    private static final int MAX_WORDS = 3;
    /** How long a prefix of an English word may be ("un", "mis", "self", "multi"), and the least stem after it. */
    private static final int MIN_PREFIX = 2;
    private static final int MAX_PREFIX = 5;
    private static final int MIN_STEM = 4;

    private final Glossary glossary;
    private final AffixCharacters affixes;

    /** The Chinese renderings of the glossary's terms by their first one to three English words, when longer. */
    private final Map<String, List<String>> byFirstWords = new HashMap<>();

    /**
     * What the corpus learned, for the rest of a prefixed first word the glossary does not translate ("information"
     * of "misinformation": 信息).
     */
    interface Learned {
        Learned NOTHING = new Learned() {
            @Override
            public boolean renders(String english, String chinese) {
                return false;
            }

            @Override
            public boolean claimed(Word chinese) {
                return true;
            }
        };

        /** Whether the corpus learned the Chinese word as a translation of the English word (its norm). */
        boolean renders(String english, String chinese);

        /** Whether an English word of the paper renders the Chinese word. */
        boolean claimed(Word chinese);
    }

    GlossaryEdges(Glossary glossary) {
        this.glossary = glossary;
        this.affixes = new AffixCharacters(glossary);
        for (GlossaryEntry e : glossary.entries()) {
            String[] w = key(e.en()).split(" ");
            for (int n = 1; n <= Math.min(MAX_WORDS, w.length - 1); n++) {
                String first = String.join(" ", Arrays.copyOf(w, n));
                byFirstWords.computeIfAbsent(first, k -> new ArrayList<>()).addAll(e.allZh());
            }
        }
    }

    /**
     * The Chinese term [start, end) of {@code text} with a lost morpheme of its edges taken back, as {start, end}.
     *
     * @param english the English text the term's words are in
     * @param words   the English term's words (of {@code english})
     * @param wordEnding the segmenter's word of {@code text} that ends at an index, or {@code null}
     */
    int[] complete(String text, int start, int end, String english, List<Word> words,
            IntFunction<Word> wordEnding) {
        return complete(text, start, end, english, words, wordEnding, Learned.NOTHING);
    }

    /**
     * The same, where the rest of a prefixed first word may also have a rendering the corpus learned, when the word
     * before the term that renders the prefix is no verb and no English word of the paper renders it (not 近似 of
     * 近似主动安全 for "proactive safety", where "approximate" renders 近似).
     */
    int[] complete(String text, int start, int end, String english, List<Word> words,
            IntFunction<Word> wordEnding, Learned learned) {
        int from = start;
        int to = end;
        for (int n = 1; n <= Math.min(MAX_WORDS, words.size()) && from == start; n++) {
            String edge = english.substring(words.get(0).start(), words.get(n - 1).end());
            from -= before(text, from, to, renderings(edge));
        }
        for (int n = 1; n <= Math.min(MAX_WORDS, words.size()) && from == start; n++) {
            // A longer glossary term that starts with the edge words ("mixed-precision quantization" 混合精度量化 for
            // "mixed-precision"): its rendering's start before the term and the next two characters its first ones.
            String edge = english.substring(words.get(0).start(), words.get(n - 1).end());
            from -= beforeLonger(text, from, to, byFirstWords.getOrDefault(key(edge), List.of()));
        }
        if (from == start && start > 0 && !words.isEmpty()) {
            // The character that renders the first word's affix, read alone right before the term (可 of 可/转移 for
            // "transferable"): the term lost it.
            char c = affixes.of(words.get(0).form());
            Word before = wordEnding.apply(start);
            boolean alone = before != null && before.end() - before.start() == 1;
            if (c != 0 && text.charAt(start - 1) == c && text.charAt(start) != c && alone) {
                from--;
            } else if (before != null && before.content() && before.end() - before.start() <= 2
                    && before.form().chars().allMatch(ChineseScript::isHan)
                    && (startsWithStem(text.substring(start, end), words.get(0).form(), Learned.NOTHING)
                    || !before.verbal() && !learned.claimed(before)
                    && startsWithStem(text.substring(start, end), words.get(0).form(), learned))) {
                // The first word is a prefix and a glossary word, and the term starts with the rendering of that word:
                // the word right before renders the prefix (虚假 of 虚假信息检测 for "misinformation detection").
                from = before.start();
            }
        }
        for (int n = 1; n <= Math.min(MAX_WORDS, words.size()) && to == end; n++) {
            String edge = english.substring(words.get(words.size() - n).start(), words.get(words.size() - 1).end());
            to += after(text, from, to, renderings(edge));
        }
        for (int i = 0; i < words.size() && to == end && words.size() > 1; i++) {
            // A short form of the term, which a translation of "X on Y" writes last (Y的X): "SVD on Kronecker
            // Adaptation" is Kronecker适应的奇异值分解.
            to += after(text, from, to, shortFormRenderings(words.get(i).form()));
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

    /**
     * How many characters before {@code start} are the start of a longer rendering whose next two characters the term
     * starts with (混合 of 混合精度量化 before 精度浮点运算), or 0.
     */
    private static int beforeLonger(String text, int start, int end, List<String> renderings) {
        String term = text.substring(start, end);
        for (String r : renderings) {
            if (!allHan(r)) {
                continue;
            }
            for (int k = 1; k + 2 <= r.length() && k <= start; k++) {
                if (text.startsWith(r.substring(0, k), start - k) && term.startsWith(r.substring(k, k + 2))) {
                    return k;
                }
            }
        }
        return 0;
    }

    private static String key(String english) {
        return english.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
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

    /**
     * Whether {@code word} is a prefix of two to five letters and a word of four letters or more ("mis" +
     * "information") and {@code term} starts with a rendering of that word (信息): the glossary's, or a word of two or
     * three characters the corpus learned as its translation.
     */
    private boolean startsWithStem(String term, String word, Learned learned) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (int p = MIN_PREFIX; p <= MAX_PREFIX && w.length() - p >= MIN_STEM; p++) {
            for (String r : renderings(w.substring(p))) {
                if (allHan(r) && term.startsWith(r)) {
                    return true;
                }
            }
            String stem = EnglishWords.norm(w.substring(p));
            for (int k = 2; k <= Math.min(3, term.length() - 1); k++) {
                if (allHan(term.substring(0, k)) && learned.renders(stem, term.substring(0, k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The renderings of a short form the glossary knows (SVD: 奇异值分解), or none for a word of small letters. */
    private List<String> shortFormRenderings(String word) {
        // A plural "s" after capitals is no letter of the short form (CNNs).
        String form = word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        if (form.length() < 2 || !form.chars().allMatch(Character::isUpperCase)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        glossary.byAbbr(form).forEach(e -> out.addAll(e.allZh()));
        return out;
    }

    private List<String> renderings(String english) {
        Optional<GlossaryEntry> e = glossary.byEnglish(english.toLowerCase(Locale.ROOT));
        return e.isPresent() && !e.get().zh().isEmpty() ? e.get().allZh() : List.of();
    }

    private static boolean allHan(String s) {
        return s.length() >= 2 && s.chars().allMatch(ChineseScript::isHan);
    }
}

package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.TermGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a Chinese term of papers without a translation is used in its glossary entry's sense. A word common in
 * general Chinese ({@link ChineseForms#generalFrequency} at least {@value #COMMON} in everyday text: 环境, 优势, 展示)
 * has that sense only among others: in "含糊不清的环境" 环境 is a situation, not the environment of reinforcement
 * learning. So has a general word that is only a variant the glossary lists for an entry (度量 for distance metric,
 * 观察 for observation). An entry whose standard Chinese is a name in Latin letters is the exception: its variants are
 * machine translations of that name (变压器 for Transformer). Nothing else tells the sense in such a paper (no English beside it, no translation), so the entry
 * counts only when the term's documents use the entry's own vocabulary: a technical term the entry's Chinese
 * definition names (强化学习 or 智能体 for 环境; a general word there is no evidence), written in one of the term's
 * sentences or among the other terms of its documents. Without that evidence the term gets no English, and no
 * definition, from the glossary, and when nothing else makes it a term (only the glossary entry did) it is no card.
 * Thread-safe.
 */
final class SenseEvidence {
    /** Frequency in general text from which a word's technical sense is one of several (环境 426, 记忆 29; 编码器 1). */
    static final int COMMON = 10;
    /** Longest Chinese term looked for in a definition. */
    private static final int MAX_TERM_CHARS = 8;
    private final Glossary glossary;
    private final ChineseForms chinese;
    private final Map<GlossaryEntry, Set<String>> vocabulary = new ConcurrentHashMap<>();

    SenseEvidence(Glossary glossary, ChineseForms chinese) {
        this.glossary = glossary;
        this.chinese = chinese;
    }

    /** What the documents of a build say, by document: the sentences its terms were found in and the terms. */
    static Map<String, String> documentTexts(List<TermGroup> groups) {
        Map<String, StringBuilder> byDoc = new HashMap<>();
        for (TermGroup g : groups) {
            for (Source s : g.sources()) {
                byDoc.computeIfAbsent(s.doc(), d -> new StringBuilder()).append(g.text()).append('\n')
                        .append(s.sentence()).append('\n');
            }
        }
        Map<String, String> out = new HashMap<>();
        byDoc.forEach((d, b) -> out.put(d, b.toString()));
        return out;
    }

    /**
     * {@link #documentTexts} of {@code groups}, joined the first time it is asked for (only the sense check of a common
     * Chinese word needs it: an English-only build never does), then remembered. For one thread.
     */
    static java.util.function.Supplier<Map<String, String>> documentTextsWhenAsked(List<TermGroup> groups) {
        return new java.util.function.Supplier<>() {
            private Map<String, String> texts;

            @Override
            public Map<String, String> get() {
                if (texts == null) {
                    texts = documentTexts(groups);
                }
                return texts;
            }
        };
    }

    /**
     * Whether {@code written}, the form of Chinese group {@code g} that is a rendering of {@code entry}, may be taken
     * as that entry: always for a technical word, a group with English beside it or a short form, or one of a
     * translated paper (whose translation says what it renders); for a common word, or a general word that is only a
     * variant of the entry, only with evidence of the entry's sense in {@code docTexts}.
     */
    boolean fits(TermGroup g, String written, GlossaryEntry entry,
            java.util.function.Supplier<Map<String, String>> docTexts) {
        if (g.lang() != Lang.ZH || g.fromTranslatedPaper() || g.gloss() != null || g.abbr() != null
                || BilingualLinker.isLatin(written) || BilingualLinker.isLatin(entry.zh())) {
            return true;
        }
        String word = chinese.toSimplified(written);
        int frequency = chinese.generalFrequency(word);
        boolean onlyVariant = !TermKeys.of(word).equals(TermKeys.of(entry.zh()));
        if (frequency < COMMON && !(frequency > 0 && onlyVariant)) {
            return true;
        }
        Set<String> words = vocabulary.computeIfAbsent(entry, this::technicalWords);
        for (String doc : new LinkedHashSet<>(g.docs())) {
            String text = docTexts.get().getOrDefault(doc, "");
            for (String w : words) {
                if (text.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The technical terms the entry's Chinese definition names: renderings of other glossary entries that are no
     * words of general Chinese, longest first at each place.
     */
    private Set<String> technicalWords(GlossaryEntry entry) {
        String def = entry.definition().zh();
        Set<String> out = new LinkedHashSet<>();
        if (def == null) {
            return out;
        }
        List<String> own = new ArrayList<>(entry.allZh());
        for (int i = 0; i < def.length(); i++) {
            for (int len = Math.min(MAX_TERM_CHARS, def.length() - i); len >= 2; len--) {
                String w = def.substring(i, i + len);
                GlossaryEntry other = glossary.byChinese(w).orElse(null);
                if (other != null && other != entry && own.stream().noneMatch(o -> o.contains(w))
                        && chinese.generalFrequency(w) == 0) {
                    out.add(w);
                    break;
                }
            }
        }
        return out;
    }
}
